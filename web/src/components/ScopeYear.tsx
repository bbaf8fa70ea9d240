/** Countries by name, as a reader looks for them ("Germany" under G, not "DE" under D). */
export function byName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * Scope picker shared by the analytics views: Global, the regions, and (when given) every country by name. A
 * scope from the URL that is not among them is still shown as itself, never silently as another scope.
 */
export function ScopeSelect({
  value,
  regions,
  countries = [],
  onChange,
  allowGlobal = true,
  allowAll = false,
}: {
  value: string;
  regions: readonly { id: string; name: string }[];
  countries?: readonly { id: string; name: string }[];
  onChange: (value: string) => void;
  allowGlobal?: boolean;
  allowAll?: boolean;
}) {
  const known =
    (allowAll && value === '') ||
    (allowGlobal && value === 'GLOBAL') ||
    regions.some((r) => r.id === value) ||
    countries.some((c) => c.id === value);
  return (
    <label className="field">
      <span>Scope</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {allowAll && <option value="">All scopes</option>}
        {allowGlobal && <option value="GLOBAL">Global</option>}
        {!known && <option value={value}>{value}</option>}
        {countries.length > 0 ? (
          <>
            <optgroup label="Regions">
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </optgroup>
            <optgroup label="Countries">
              {byName(countries).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          </>
        ) : (
          regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))
        )}
      </select>
    </label>
  );
}

export function YearSelect({
  value,
  years,
  onChange,
}: {
  value: number;
  years: readonly number[];
  onChange: (value: number) => void;
}) {
  return (
    <label className="field">
      <span>Year</span>
      <select value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

export const YEARS = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2035];
