import type { TableColumn, TableRow } from './table-format';

/** A row's values in column order, as one string (the API's raw values: two rows are equal when every cell is). */
function signature(columns: readonly TableColumn[], row: TableRow): string {
  return JSON.stringify(columns.map((c) => row[c.key] ?? null));
}

/**
 * The rows of `rows` that have no equal row in `other` (by every column's value; each row of `other` matches one
 * row at most, so a duplicated row counts): under a scenario, the rows it changed or added, or — the other way
 * round — the stored rows its table no longer has. Indices into `rows`.
 */
export function rowsNotIn(
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  other: readonly TableRow[],
): Set<number> {
  const left = new Map<string, number>();
  for (const row of other) {
    const key = signature(columns, row);
    left.set(key, (left.get(key) ?? 0) + 1);
  }
  const out = new Set<number>();
  rows.forEach((row, i) => {
    const key = signature(columns, row);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else out.add(i);
  });
  return out;
}
