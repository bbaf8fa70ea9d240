/**
 * Parameter overrides in the URL: `p=BLACK_MASS_YIELD||:0.3;RECOVERY_EFFICIENCY|lithium|:0.7` — each the API's
 * parameter key (kind|material|chemistry) and the value to use, so a link reproduces the question asked.
 */
export interface ParameterOverride {
  key: string;
  kind: string;
  material: string | null;
  chemistry: string | null;
  value: number;
}

/** Reads the overrides from the `p` parameter; malformed entries are left out. */
export function parseOverrides(text: string | null): ParameterOverride[] {
  if (!text) return [];
  return text.split(';').flatMap((entry) => {
    const at = entry.lastIndexOf(':');
    if (at < 0) return [];
    const key = entry.slice(0, at);
    const value = Number(entry.slice(at + 1));
    const [kind = '', material = '', chemistry = ''] = key.split('|');
    if (!kind || !Number.isFinite(value)) return [];
    return [{ key, kind, material: material || null, chemistry: chemistry || null, value }];
  });
}

/** Writes overrides back (null for none, so the key leaves the URL). */
export function formatOverrides(overrides: readonly ParameterOverride[]): string | null {
  return overrides.length === 0 ? null : overrides.map((o) => `${o.key}:${o.value}`).join(';');
}

/** The overrides as the API's `parameters` argument. */
export function overridesInput(overrides: readonly ParameterOverride[]) {
  return overrides.map((o) => ({
    kind: o.kind,
    value: o.value,
    ...(o.material ? { material: o.material } : {}),
    ...(o.chemistry ? { chemistry: o.chemistry } : {}),
  }));
}

/** Sets (or, with null, removes) the override of one parameter key. */
export function withOverride(
  overrides: readonly ParameterOverride[],
  parameter: { key: string; kind: string; material?: string | null; chemistry?: string | null },
  value: number | null,
): ParameterOverride[] {
  const rest = overrides.filter((o) => o.key !== parameter.key);
  if (value === null) return rest;
  return [
    ...rest,
    {
      key: parameter.key,
      kind: parameter.kind,
      material: parameter.material ?? null,
      chemistry: parameter.chemistry ?? null,
      value,
    },
  ];
}
