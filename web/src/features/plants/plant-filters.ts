import type { TableRow } from '../reports/table-format';

/** The columns the tracker filters by (several values each), in the order the filters are shown. */
export const FILTER_KEYS = [
  { key: 'status', label: 'Status' },
  { key: 'stage', label: 'Stage' },
  { key: 'type', label: 'Type' },
  { key: 'country', label: 'Country' },
  { key: 'controllerRegion', label: "Controller's region" },
] as const;

export type FilterKey = (typeof FILTER_KEYS)[number]['key'];
export type Filters = Partial<Record<FilterKey, readonly string[]>>;

/** What "no value" is called in a filter. */
export const NONE = '(not recorded)';

function valueOf(row: TableRow, key: string): string {
  const v = row[key];
  return v === null || v === undefined || v === '' ? NONE : String(v);
}

/** The rows that match every filter (a filter with no values selected lets everything through) and the text. */
export function filterRows(rows: readonly TableRow[], filters: Filters, text: string): TableRow[] {
  const needle = text.trim().toLowerCase();
  return rows.filter(
    (row) =>
      FILTER_KEYS.every(({ key }) => {
        const wanted = filters[key];
        return !wanted || wanted.length === 0 || wanted.includes(valueOf(row, key));
      }) &&
      (!needle ||
        ['name', 'controller', 'country', 'chemistry', 'processStep'].some((k) =>
          String(row[k] ?? '')
            .toLowerCase()
            .includes(needle),
        )),
  );
}

/** The distinct values of a column, sorted by name (missing last), with how many rows have each. */
export function optionsOf(
  rows: readonly TableRow[],
  key: string,
  order?: readonly string[],
): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(valueOf(row, key), (counts.get(valueOf(row, key)) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => {
      if (a.value === NONE || b.value === NONE) return a.value === NONE ? 1 : -1;
      if (order) return order.indexOf(a.value) - order.indexOf(b.value);
      return a.value.localeCompare(b.value, 'en');
    });
}

export interface StatusTotal {
  status: string;
  count: number;
  /** Unit → Σ installed, Σ in supply and Σ announced of the rows that have the figure. */
  byUnit: Map<string, { installed: number; supply: number; announced: number }>;
}

/**
 * Counts and capacity totals by status of the rows shown (adding the API's per-facility figures; quantities of
 * different units are kept apart).
 */
export function totalsByStatus(rows: readonly TableRow[], order: readonly string[]): StatusTotal[] {
  const byStatus = new Map<string, StatusTotal>();
  for (const row of rows) {
    const status = String(row['status']);
    let total = byStatus.get(status);
    if (!total) byStatus.set(status, (total = { status, count: 0, byUnit: new Map() }));
    total.count++;
    const unit = row['unit'];
    if (typeof unit !== 'string') continue;
    let sums = total.byUnit.get(unit);
    if (!sums) total.byUnit.set(unit, (sums = { installed: 0, supply: 0, announced: 0 }));
    if (typeof row['installed'] === 'number') sums.installed += row['installed'];
    if (typeof row['supply'] === 'number') sums.supply += row['supply'];
    if (typeof row['announced'] === 'number') sums.announced += row['announced'];
  }
  return [...byStatus.values()].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
}
