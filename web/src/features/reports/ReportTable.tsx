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
}: {
  label: string;
  columns: readonly TableColumn[];
  rows: readonly TableRow[];
  sort?: SortState | null;
  onSort?: (sort: SortState) => void;
}) {
  return (
    <div className="report-table-wrap">
      <table className="data report-table" aria-label={label}>
        <thead>
          <tr>
            {columns.map((c) => {
              const active = sort?.key === c.key;
              return (
                <th
                  key={c.key}
                  scope="col"
                  className={isNumeric(c) ? 'num' : undefined}
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
            <tr key={typeof row['id'] === 'string' ? row['id'] : i}>
              {columns.map((c) => {
                const value = row[c.key];
                return (
                  <td key={c.key} className={isNumeric(c) ? 'num' : c.type === 'DATE' ? 'date' : undefined}>
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
