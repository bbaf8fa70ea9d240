/** Scope and year pickers shared by the analytics views. */
export function ScopeSelect({
  value,
  regions,
  onChange,
  allowGlobal = true,
  allowAll = false,
}: {
  value: string;
  regions: readonly { id: string; name: string }[];
  onChange: (value: string) => void;
  allowGlobal?: boolean;
  allowAll?: boolean;
}) {
  return (
    <label className="field">
      <span>Scope</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {allowAll && <option value="">All scopes</option>}
        {allowGlobal && <option value="GLOBAL">Global</option>}
        {regions.map((r) => (
          <option key={r.id} value={r.id}>
            {r.name}
          </option>
        ))}
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
