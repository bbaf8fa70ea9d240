import { useEffect, useRef, useState } from 'react';
import { StatusBadge } from '../plants/StatusBadge';
import { formatCell, headerText, isNumeric, type TableColumn, type TableRow } from './table-format';

export interface SortState {
  key: string;
  direction: 'asc' | 'desc';
}

/**
 * A report or tracker table: every cell written by {@link formatCell} (the same text the exports carry), status
 * cells as badges, optional sortable headers (buttons, so the keyboard reaches them).
 */
export function ReportTable({
  label,
  columns,
  rows,
  sort,
  onSort,
  marked,
}: {
  label: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  sort?: SortState | null;
  onSort?: (sort: SortState) => void;
  /** Rows (by index in `rows`) to mark: those a scenario changed, with `note` as their accessible description. */
  marked?: { rows: ReadonlySet<number>; note: string };
}) {
  const wrap = useRef<HTMLDivElement>(null);
  const [isWider, setWider] = useState(false);
  useEffect(() => {
    const element = wrap.current;
    if (!element) return undefined;
    const check = () => setWider(element.scrollWidth > element.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(element);
    return () => observer.disconnect();
  }, [columns, rows]);
  // Text columns whose longest value is long get room to wrap instead of being squeezed to a sliver.
  const wide = new Set(
    columns.filter((c) => c.type === 'TEXT' && rows.some((r) => formatCell(c, r[c.key]).length > 60)).map((c) => c.key),
  );
  const classOf = (c: TableColumn) =>
    isNumeric(c) ? 'num' : c.type === 'DATE' ? 'date' : wide.has(c.key) ? 'wide' : undefined;
  return (
    <div className="report-table-wrap" ref={wrap}>
      {isWider && (
        <p className="scroll-hint no-print" role="note">
          The table is wider than the window: scroll sideways for the other columns.
        </p>
      )}
      <table className="data report-table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={classOf(c)}
                  aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
                >
                  {onSort ? (
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        onSort({ key: c.key, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' })
                      }
                    >
                      {headerText(c)}
                      <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                    </button>
                  ) : (
                    headerText(c)
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr
              key={typeof row['id'] === 'string' ? row['id'] : i}
              className={marked?.rows.has(i) ? 'changed' : undefined}
              title={marked?.rows.has(i) ? marked.note : undefined}
            >
              {columns.map((c) => {
                const value = row[c.key];
                return (
                  <td key={c.key} className={classOf(c)}>
                    {c.type === 'STATUS' && typeof value === 'string' ? (
                      <StatusBadge status={value} />
                    ) : (
                      formatCell(c, value)
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
