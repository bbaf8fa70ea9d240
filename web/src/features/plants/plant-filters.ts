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

/** Statuses of a plant that is built: a missing installed figure is unknown, not "not built yet". */
const BUILT_STATUSES: ReadonlySet<string> = new Set(['OPERATING', 'RAMP_UP', 'PAUSED']);

/** The sums of one unit: Σ of the rows that have each figure, and how many rows there are and lack one. */
export interface UnitTotal {
  installed: number;
  supply: number;
  announced: number;
  /** Rows in this unit. */
  plants: number;
  /** Built rows (operating, ramping up, paused) in this unit without an installed figure: not in `installed`. */
  installedUnknown: number;
  /** Rows in this unit with an announced plan (the plans added in `announced`). */
  withPlan: number;
}

export interface StatusTotal {
  status: string;
  count: number;
  /** Rows without any capacity figure (no unit): counted in `count`, in no unit's sums. */
  withoutCapacity: number;
  byUnit: Map<string, UnitTotal>;
}

const emptyUnit = (): UnitTotal => ({
  installed: 0,
  supply: 0,
  announced: 0,
  plants: 0,
  installedUnknown: 0,
  withPlan: 0,
});

/**
 * Counts and capacity totals by status of the rows shown (adding the API's per-facility figures; quantities of
 * different units are kept apart). Each sum says how many rows it rests on: facilities without a capacity figure,
 * built plants without an installed figure and plants with an announced plan are counted, so a total never reads as
 * covering plants it leaves out.
 */
export function totalsByStatus(rows: readonly TableRow[], order: readonly string[]): StatusTotal[] {
  const byStatus = new Map<string, StatusTotal>();
  for (const row of rows) {
    const status = String(row['status']);
    let total = byStatus.get(status);
    if (!total) byStatus.set(status, (total = { status, count: 0, withoutCapacity: 0, byUnit: new Map() }));
    total.count++;
    const unit = row['unit'];
    if (typeof unit !== 'string') {
      total.withoutCapacity++;
      continue;
    }
    let sums = total.byUnit.get(unit);
    if (!sums) total.byUnit.set(unit, (sums = emptyUnit()));
    sums.plants++;
    if (typeof row['installed'] === 'number') sums.installed += row['installed'];
    else if (BUILT_STATUSES.has(status)) sums.installedUnknown++;
    if (typeof row['supply'] === 'number') sums.supply += row['supply'];
    if (typeof row['announced'] === 'number') {
      sums.announced += row['announced'];
      sums.withPlan++;
    }
  }
  return [...byStatus.values()].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
}

/** The totals of every status together: the "All shown" row. */
export function allTotals(totals: readonly StatusTotal[]): StatusTotal {
  const byUnit = new Map<string, UnitTotal>();
  for (const t of totals)
    for (const [unit, s] of t.byUnit) {
      const sum = byUnit.get(unit) ?? emptyUnit();
      byUnit.set(unit, {
        installed: sum.installed + s.installed,
        supply: sum.supply + s.supply,
        announced: sum.announced + s.announced,
        plants: sum.plants + s.plants,
        installedUnknown: sum.installedUnknown + s.installedUnknown,
        withPlan: sum.withPlan + s.withPlan,
      });
    }
  return {
    status: 'ALL',
    count: totals.reduce((n, t) => n + t.count, 0),
    withoutCapacity: totals.reduce((n, t) => n + t.withoutCapacity, 0),
    byUnit,
  };
}
