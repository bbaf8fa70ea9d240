import type { ErrorObject } from 'ajv';

/**
 * Bounds on any dataset document, checked before its shape: what JSON can carry but the data never needs, and
 * what would break the code after validation (a 1e400 read as Infinity and written back as null, sums of 1e308
 * overflowing, a `__proto__` key, a value nested deeper than the stack). Kept apart from the row rules so both
 * can change on their own.
 */
export const DOCUMENT_LIMITS = {
  /** Nesting of arrays and objects (the deepest real path, a scenario's added facility's capacity's sources, is 9). */
  maxDepth: 16,
  /** Characters in one string (titles, notes, gap details). */
  maxStringLength: 10_000,
  /** Magnitude of any number (10^12): capacities in t or GWh, years, shares; beyond every real figure. */
  maxMagnitude: 1e12,
} as const;

/** Keys that set an object's prototype when assigned. */
const FORBIDDEN_KEYS = new Set(['__proto__']);

/** One thing wrong, in the shape of the validator's errors. */
export interface LimitError {
  path: string;
  value: string | null;
  message: string;
}

/**
 * Every value of `document` beyond {@link DOCUMENT_LIMITS}, with its JSON pointer: non-finite numbers, numbers
 * out of range, over-long strings, forbidden keys, nesting too deep (reported once, at the first level too
 * deep, without descending further). Iterative, so no document can overflow the stack. At most `maxErrors`.
 */
export function documentLimitErrors(document: unknown, maxErrors = 100): LimitError[] {
  const errors: LimitError[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: document, path: '', depth: 0 }];
  for (let next = stack.pop(); next !== undefined && errors.length < maxErrors; next = stack.pop()) {
    const { value, path, depth } = next;
    if (typeof value === 'number') {
      if (!Number.isFinite(value))
        errors.push({
          path: path || '/',
          value: String(value),
          message: 'must be a finite number (a number this large cannot be stored; JSON read it as infinite)',
        });
      else if (Math.abs(value) > DOCUMENT_LIMITS.maxMagnitude)
        errors.push({
          path: path || '/',
          value: String(value),
          message: `is out of range: numbers in a dataset are at most 10^12 in size`,
        });
      continue;
    }
    if (typeof value === 'string') {
      if (value.length > DOCUMENT_LIMITS.maxStringLength)
        errors.push({
          path: path || '/',
          value: `${value.slice(0, 40)}… (${value.length} characters)`,
          message: `is too long: at most ${DOCUMENT_LIMITS.maxStringLength} characters`,
        });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= DOCUMENT_LIMITS.maxDepth) {
      errors.push({
        path: path || '/',
        value: null,
        message: `is nested too deeply: a dataset nests at most ${DOCUMENT_LIMITS.maxDepth} levels`,
      });
      continue;
    }
    const children: { value: unknown; path: string; depth: number }[] = [];
    if (Array.isArray(value)) {
      value.forEach((item, i) => children.push({ value: item, path: `${path}/${i}`, depth: depth + 1 }));
    } else {
      for (const key of Object.keys(value)) {
        const childPath = `${path}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        if (FORBIDDEN_KEYS.has(key)) {
          errors.push({ path: childPath, value: null, message: `"${key}" is not allowed as a field name` });
          continue;
        }
        children.push({ value: (value as Record<string, unknown>)[key], path: childPath, depth: depth + 1 });
      }
    }
    // Reversed so errors come out in document order.
    for (const child of children.reverse()) stack.push(child); // no spread: an array may hold a million rows
  }
  return errors;
}

/**
 * Of the schema errors of an `anyOf` (the scenario override shapes), keeps those of the branch the value meant
 * (the one whose required keys it has, e.g. `addFacility`) so the real mistake comes first instead of every
 * branch's complaints; when no branch fits, keeps the one `anyOf` error. `schema` (the root schema the errors came
 * from) tells how many branches there are: a branch that failed only through a `$ref` (e.g. `cut` > 1 checked in
 * `#/definitions/fraction`) leaves no error under the branch's own path, and is then the one meant.
 */
export function focusAnyOfErrors(errors: readonly ErrorObject[], schema?: unknown): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const anyOf of errors) {
    if (anyOf.keyword !== 'anyOf') continue;
    const prefix = `${anyOf.schemaPath}/`;
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix) || !e.instancePath.startsWith(anyOf.instancePath)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0] ?? '';
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const meant = [...byBranch.values()].filter(
      (list) => !list.some((e) => e.keyword === 'required' && e.instancePath === anyOf.instancePath),
    );
    for (const list of byBranch.values()) if (!meant.includes(list)) list.forEach((e) => dropped.add(e));
    const branches = schemaAt(schema, anyOf.schemaPath);
    const failedThroughRef = Array.isArray(branches) && byBranch.size < branches.length;
    if (meant.length > 0 || failedThroughRef) dropped.add(anyOf);
  }
  return errors.filter((e) => !dropped.has(e));
}

/** The part of a schema a `#/…` schema path points at (undefined when there is none). */
function schemaAt(schema: unknown, path: string): unknown {
  if (!path.startsWith('#/')) return undefined;
  let node = schema;
  for (const part of path.slice(2).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * A CSV number cell: a plain decimal (`12`, `-0.5`, `1.2e3`) becomes a number; anything else (`0x10`, `   `,
 * `1e400`, `Infinity`) stays text, so the schema reports it with its line and column instead of it turning into
 * 16, 0 or Infinity.
 */
export function parseCsvNumber(raw: string): number | string {
  if (!DECIMAL.test(raw)) return raw;
  const n = Number(raw);
  return Number.isFinite(n) ? n : raw;
}

/** The header of a CSV file, refusing a column named twice (the later one had silently won). */
export function csvHeader(header: readonly string[]): string[] {
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const first = seen.get(name);
    if (first !== undefined)
      throw new Error(`column "${name}" appears twice in the header (columns ${first + 1} and ${i + 1})`);
    if (FORBIDDEN_KEYS.has(name)) throw new Error(`"${name}" is not allowed as a column name`);
    seen.set(name, i);
  });
  return [...header];
}
