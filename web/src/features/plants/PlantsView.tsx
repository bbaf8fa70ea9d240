import { useMemo, type ReactNode } from 'react';
import { MultiSelect } from '../../components/MultiSelect';
import { YEARS, YearSelect } from '../../components/ScopeYear';
import { Empty, ErrorBox, Loading } from '../../components/Status';
import { downloadBlob, downloadText } from '../../lib/csv';
import { STATUSES } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { rowsNotIn } from '../reports/report-compare';
import { ReportTable, type SortState } from '../reports/ReportTable';
import { useScenarios } from '../scenarios/use-scenarios';
import { tableCsv, tableXlsx } from '../reports/table-export';
import { compareBy, numberText, statusText, type TableColumn, type TableRow } from '../reports/table-format';
import {
  FILTER_KEYS,
  allTotals,
  filterRows,
  optionsOf,
  totalsByStatus,
  type FilterKey,
  type Filters,
  type StatusTotal,
  type UnitTotal,
} from './plant-filters';
import { PlantMap } from './PlantMap';
import { PlantTrackerDocument } from './queries';
import { StatusBadge, StatusLegend } from './StatusBadge';
import '../reports/reports.css';

/** The tracker's capacity columns: figures in the row's `unit`, which is shown whenever one of them is. */
const CAPACITY_KEYS: ReadonlySet<string> = new Set(['installed', 'supply', 'announced', 'withdrawnPlan']);

/** Filter values in the URL: several values of one key joined by "|" (names may hold commas). */
const SEPARATOR = '|';

type Measure = 'installed' | 'supply' | 'announced';
const MEASURES: readonly { key: Measure; label: string }[] = [
  { key: 'installed', label: 'installed' },
  { key: 'supply', label: 'in supply' },
  { key: 'announced', label: 'announced plans' },
];

/** One sum of one unit and status, and what it leaves out beside it (built plants without a figure, plans). */
function SumCell({ total, measure }: { total: UnitTotal | undefined; measure: Measure }) {
  if (!total) return <td className="num">–</td>;
  if (measure === 'announced' && total.withPlan === 0) return <td className="num muted">no plan</td>;
  const note =
    measure === 'installed' && total.installedUnknown > 0
      ? `${total.installedUnknown} of ${total.plants} built, no figure`
      : measure === 'announced' && total.withPlan < total.plants
        ? `${total.withPlan} of ${total.plants} with a plan`
        : null;
  return (
    <td className="num">
      {numberText(total[measure])}
      {note && <small className="sum-note">{note}</small>}
    </td>
  );
}

/**
 * Counts and capacity by status of the rows shown, one column per status and one for all of them. A facility
 * without any capacity figure is counted in its own row, not silently left out of a total; built plants without an
 * installed figure and plants without an announced plan are named under the sums they are not in.
 */
function Totals({ rows }: { rows: readonly TableRow[] }) {
  const totals = totalsByStatus(rows, STATUSES);
  const columns: { key: string; total: StatusTotal; label: ReactNode }[] = [
    ...totals.map((t) => ({ key: t.status, total: t, label: <StatusBadge status={t.status} /> })),
    { key: 'ALL', total: allTotals(totals), label: 'All shown' },
  ];
  const units = [...new Set(totals.flatMap((t) => [...t.byUnit.keys()]))].sort((a, b) =>
    a === 'GWh' ? -1 : b === 'GWh' ? 1 : a.localeCompare(b),
  );
  return (
    <table className="data report-table totals" aria-label="Totals by status">
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Figure</span>
          </th>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.key === 'ALL' ? 'num all-shown' : 'num'}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Facilities</th>
          {columns.map((c) => (
            <td key={c.key} className="num">
              {c.total.count}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">Without a capacity figure</th>
          {columns.map((c) => (
            <td key={c.key} className="num">
              {c.total.withoutCapacity > 0 ? c.total.withoutCapacity : '–'}
            </td>
          ))}
        </tr>
      </tbody>
      {units.map((u) => (
        <tbody key={u} className="unit-group">
          {MEASURES.map((m) => (
            <tr key={m.key}>
              <th scope="row">
                {u}, {m.label}
              </th>
              {columns.map((c) => (
                <SumCell key={c.key} total={c.total.byUnit.get(u)} measure={m.key} />
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}

/**
 * The plant tracker: every facility as one table row (the API's plantTracker), filtered by several values per
 * column, sorted by any column, with counts and capacity totals by status, exported as CSV or XLSX exactly as shown.
 * Every setting lives in the URL.
 */
export function PlantsView() {
  const { params, set } = useUrlState();
  const yearParam = params.get('year');
  const year = yearParam ? Number(yearParam) : null;
  const { id: scenario, called } = useScenarios();
  const { data, error, isLoading } = useQuery(PlantTrackerDocument, {
    scope: null,
    year,
    scenario,
    withBaseline: scenario !== null,
  });
  const tracker = data?.plantTracker;
  const filters: Filters = Object.fromEntries(
    FILTER_KEYS.map(({ key }) => [key, (params.get(key) ?? '').split(SEPARATOR).filter(Boolean)]),
  );
  const text = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort: SortState | null = sortParam
    ? { key: sortParam.split(':')[0] ?? '', direction: sortParam.endsWith(':desc') ? 'desc' : 'asc' }
    : null;
  const all = (tracker?.rows ?? []) as TableRow[];
  const columns = (tracker?.columns ?? []) as TableColumn[];
  // The columns chosen to show (`cols`, none: all of them). The facility's name always stays, so a row says what it
  // is, and so does the unit when a capacity is shown, so no figure loses its unit. The table and its exports show the
  // same columns; scenario changes are still found on every column.
  const chosen = (params.get('cols') ?? '').split(SEPARATOR).filter(Boolean);
  const withUnit = chosen.some((k) => CAPACITY_KEYS.has(k));
  const shown =
    chosen.length === 0
      ? columns
      : columns.filter((c) => c.key === 'name' || chosen.includes(c.key) || (withUnit && c.key === 'unit'));
  const key = JSON.stringify([filters, text, sortParam]);
  const rows = useMemo(() => {
    const shown = filterRows(all, filters, text);
    const column = columns.find((c) => c.key === sort?.key);
    return column && sort ? shown.sort(compareBy(column, sort.direction)) : shown;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for filters, text and sort (new objects each render)
  }, [all, columns, key]);
  // Under a scenario the table, totals and map are the scenario's; the rows it changes or adds are marked, and the
  // stored plants it no longer has are counted (the API's stored table, compared cell by cell, nothing recomputed).
  const baseRows = (scenario !== null ? (tracker?.baseline?.rows ?? null) : null) as TableRow[] | null;
  const changed = baseRows ? rowsNotIn(columns, rows, baseRows) : new Set<number>();
  // Stored plants the scenario's table does not have at all (a changed plant is a marked row, not a missing one).
  const ids = new Set(all.map((r) => r['id']));
  const gone = baseRows ? baseRows.filter((r) => !ids.has(r['id'])).length : 0;
  const stem = `plants-${tracker?.year ?? ''}${scenario ? `-${scenario}` : ''}`;
  return (
    <div className="page plants-page">
      <div className="page-head no-print">
        <h1>Plant tracker</h1>
        <YearSelect
          value={tracker?.year ?? year ?? new Date().getFullYear()}
          years={YEARS}
          onChange={(v) => set({ year: v })}
        />
        <label className="field">
          <span>Find</span>
          <input
            type="search"
            value={text}
            placeholder="facility, company, country…"
            onChange={(event) => set({ q: event.target.value }, { replace: true })}
          />
        </label>
      </div>
      {error && <ErrorBox error={error} what="the plant tracker" />}
      {isLoading && !tracker && <Loading what="the plant tracker" />}
      {tracker && (
        <>
          <div className="filters no-print" role="group" aria-label="Filters">
            {FILTER_KEYS.map(({ key: k, label }) => (
              <MultiSelect
                key={k}
                label={label}
                options={optionsOf(all, k, k === 'status' ? STATUSES : undefined).map((o) => ({
                  ...o,
                  label: k === 'status' ? statusText(o.value) : o.value,
                }))}
                selected={filters[k as FilterKey] ?? []}
                onChange={(values) => set({ [k]: values.join(SEPARATOR) })}
              />
            ))}
          </div>
          {baseRows && called && (
            <p className="state state-empty" role="note" aria-label="What the scenario changes in the plant tracker">
              {changed.size === 0 && gone === 0 ? (
                <>The scenario {called} does not change the plant tracker: every row equals the stored data.</>
              ) : (
                <>
                  Under the scenario {called}: {changed.size} of the {rows.length} rows shown differ from the stored
                  data or are added by it (marked), and {gone} stored {gone === 1 ? 'row is' : 'rows are'} not in the
                  scenario&apos;s table. Totals, map and exports below are the scenario&apos;s.
                </>
              )}
            </p>
          )}
          <StatusLegend />
          <section className="card" aria-label="Totals">
            <h2>
              {rows.length} of {all.length} facilities
            </h2>
            <Totals rows={rows} />
          </section>
          <section className="card" aria-label="Map">
            <h2>Plants by country</h2>
            <PlantMap rows={rows} />
          </section>
          <section className="card" aria-label="Facilities">
            <div className="export-bar no-print" role="group" aria-label="Export">
              <MultiSelect
                label="Columns"
                popover
                options={columns.filter((c) => c.key !== 'name').map((c) => ({ value: c.key, label: c.label }))}
                selected={chosen}
                onChange={(values) => set({ cols: values.join(SEPARATOR) }, { replace: true })}
              />
              {chosen.length > 0 && (
                <span className="muted">
                  {shown.length} of {columns.length} columns shown and exported
                </span>
              )}
              <button type="button" onClick={() => downloadText(`${stem}.csv`, tableCsv(shown, rows))}>
                Export CSV
              </button>
              <button
                type="button"
                onClick={() => {
                  void tableXlsx('Plants', shown, rows, tracker.footnotes).then((blob) =>
                    downloadBlob(`${stem}.xlsx`, blob),
                  );
                }}
              >
                Export XLSX
              </button>
            </div>
            {rows.length === 0 ? (
              <Empty title="No facility matches these filters.">Clear a filter or the search text.</Empty>
            ) : (
              <ReportTable
                label="Facilities"
                columns={shown}
                rows={rows}
                sort={sort}
                onSort={(s) => set({ sort: `${s.key}:${s.direction}` }, { replace: true })}
                {...(baseRows ? { marked: { rows: changed, note: 'Changed or added by the scenario' } } : {})}
              />
            )}
            <ol className="report-notes">
              {tracker.footnotes.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ol>
          </section>
        </>
      )}
    </div>
  );
}
