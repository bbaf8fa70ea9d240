import { useMemo } from 'react';
import { ScopeSelect, YEARS, YearSelect } from '../../components/ScopeYear';
import { SourceCitation } from '../../components/SourceCitation';
import { Empty, ErrorBox, Loading } from '../../components/Status';
import type { ReportQuery } from '../../gql/graphql';
import { downloadBlob, downloadText } from '../../lib/csv';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { ReportListDocument, ReportDocument } from './queries';
import { rowsNotIn } from './report-compare';
import { ReportTable, type SortState } from './ReportTable';
import { useScenarios } from '../scenarios/use-scenarios';
import { compareBy, type TableColumn, type TableRow } from './table-format';
import { tableCsv, tableMarkdown, tableXlsx } from './table-export';
import './reports.css';

type Report = ReportQuery['report'];
type ReportFields = Omit<Report, 'baseline'>;

function sourceLine(s: ReportFields['sources'][number]): string {
  return `${s.title} — ${s.publisher}${s.year ? `, ${s.year}` : ''}${s.url ? ` (${s.url})` : ''}`;
}

/** File name stem of a report export: "q1-de-2026". */
function fileStem(report: ReportFields): string {
  return [report.id, report.scope, report.year, report.since, report.scenario]
    .filter((p) => p !== null && p !== undefined)
    .join('-')
    .toLowerCase();
}

/** The export buttons of a report: CSV, XLSX and Markdown of exactly the table on screen, and print. */
function ExportBar({ report, rows }: { report: ReportFields; rows: readonly TableRow[] }) {
  const columns = report.columns as TableColumn[];
  const stem = fileStem(report);
  return (
    <div className="export-bar no-print" role="group" aria-label="Export">
      <button type="button" onClick={() => downloadText(`${stem}.csv`, tableCsv(columns, rows))}>
        Export CSV
      </button>
      <button
        type="button"
        onClick={() => {
          void tableXlsx(report.id, columns, rows, [
            report.title,
            ...report.footnotes,
            ...report.sources.map(sourceLine),
          ]).then((blob) => downloadBlob(`${stem}.xlsx`, blob));
        }}
      >
        Export XLSX
      </button>
      <button
        type="button"
        onClick={() =>
          downloadText(
            `${stem}.md`,
            tableMarkdown(report.title, columns, rows, report.footnotes, report.sources.map(sourceLine)),
            'text/markdown;charset=utf-8',
          )
        }
      >
        Export Markdown
      </button>
      <button type="button" onClick={() => window.print()}>
        Print
      </button>
    </div>
  );
}

/** A report's table with its export bar (or why it has no rows); `marked` rows are those a scenario changed. */
function TableBlock({
  report,
  rows,
  label,
  sort,
  onSort,
  marked,
}: {
  report: ReportFields;
  rows: readonly TableRow[];
  label: string;
  sort: SortState | null;
  onSort: (s: SortState) => void;
  marked?: { rows: ReadonlySet<number>; note: string };
}) {
  return (
    <>
      <ExportBar report={report} rows={rows} />
      {report.rows.length === 0 ? (
        <Empty title="This report has no rows for these settings.">
          {report.footnotes[0] ?? 'Try another scope or year.'}
        </Empty>
      ) : (
        <ReportTable
          label={label}
          columns={report.columns as TableColumn[]}
          rows={rows}
          sort={sort}
          onSort={onSort}
          {...(marked ? { marked } : {})}
        />
      )}
    </>
  );
}

function sortedRows(report: ReportFields | null | undefined, sort: SortState | null): TableRow[] {
  const list = (report?.rows ?? []) as TableRow[];
  const column = (report?.columns as TableColumn[] | undefined)?.find((c) => c.key === sort?.key);
  return column && sort ? [...list].sort(compareBy(column, sort.direction)) : list;
}

function ReportBody({
  id,
  scope,
  year,
  since,
}: {
  id: string;
  scope: string | null;
  year: number | null;
  since: string | null;
}) {
  const { params, set } = useUrlState();
  const { id: scenario, called } = useScenarios();
  const { data, error, isLoading } = useQuery(ReportDocument, {
    id,
    scope,
    year,
    since,
    scenario,
    withBaseline: scenario !== null,
  });
  const sortParam = params.get('sort');
  const report = data?.report;
  const baseline = scenario !== null ? (report?.baseline ?? null) : null;
  const sort: SortState | null = useMemo(() => {
    if (!sortParam) return null;
    const [key = '', direction] = sortParam.split(':');
    return { key, direction: direction === 'desc' ? 'desc' : 'asc' };
  }, [sortParam]);
  const rows = useMemo(() => sortedRows(report, sort), [report, sort]);
  const baseRows = useMemo(() => sortedRows(baseline, sort), [baseline, sort]);
  if (error) return <ErrorBox error={error} what={`report ${id}`} />;
  if (isLoading && !report) return <Loading what={`report ${id}`} />;
  if (!report) return null;
  const columns = report.columns as TableColumn[];
  const onSort = (s: SortState) => set({ sort: `${s.key}:${s.direction}` }, { replace: true });
  // Under a scenario: the rows it changed (or added), and the stored rows its table no longer has.
  const changed = baseline ? rowsNotIn(columns, rows, baseRows) : new Set<number>();
  const gone = baseline ? rowsNotIn(columns, baseRows, rows) : new Set<number>();
  const isSame = baseline !== null && changed.size === 0 && gone.size === 0;
  return (
    <article className="card report" aria-label={report.title}>
      <header className="report-head">
        <h2>{report.title}</h2>
        <p className="report-question">{report.question}</p>
        <p className="report-params">
          {[
            report.scope && `Scope ${report.scope}`,
            report.year && `year ${report.year}`,
            report.since && `changes since ${report.since}`,
          ]
            .filter(Boolean)
            .join(' · ')}
          {' · '}
          {report.rows.length} rows
        </p>
      </header>
      {baseline && called && (
        <p className="state state-empty" role="note" aria-label="What the scenario changes in this report">
          {isSame ? (
            <>
              <strong>Scenario {called} does not change this report:</strong> every row is the same on the stored data
              and under the scenario (its overrides are listed in the notes).
            </>
          ) : (
            <>
              <strong>Scenario {called} changes this report:</strong> {changed.size} of {rows.length} rows under the
              scenario differ from the stored data, and {gone.size} of {baseRows.length} stored rows are not in the
              scenario&apos;s table; both tables are below, the rows that differ marked.
            </>
          )}
        </p>
      )}
      {!baseline || isSame ? (
        <TableBlock report={report} rows={rows} label={`Report ${report.id}`} sort={sort} onSort={onSort} />
      ) : (
        <div className="report-compare">
          <section aria-label="Under the scenario">
            <h3>Under the scenario {called}</h3>
            <TableBlock
              report={report}
              rows={rows}
              label={`Report ${report.id} under the scenario`}
              sort={sort}
              onSort={onSort}
              marked={{ rows: changed, note: 'Differs from the stored data' }}
            />
          </section>
          <section aria-label="Stored data">
            <h3>Stored data (baseline)</h3>
            <TableBlock
              report={baseline}
              rows={baseRows}
              label={`Report ${report.id} on the stored data`}
              sort={sort}
              onSort={onSort}
              marked={{ rows: gone, note: 'Not in the scenario’s table' }}
            />
          </section>
        </div>
      )}
      {report.footnotes.length > 0 && (
        <section aria-label="Footnotes" className="report-notes">
          <h3>Notes</h3>
          <ol>
            {report.footnotes.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ol>
        </section>
      )}
      <section aria-label="Sources" className="report-sources">
        <h3>Sources ({report.sources.length})</h3>
        <ul>
          {report.sources.map((s) => (
            <li key={s.id}>
              <SourceCitation source={s} />
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

/** The reports view: the inquiry's questions as tables, with their parameters in the URL (a link reproduces one). */
export function ReportsView() {
  const { params, set } = useUrlState();
  const lookups = useLookups();
  const list = useQuery(ReportListDocument, {});
  const reports = list.data?.reports ?? [];
  const id = params.get('report') ?? reports[0]?.id ?? null;
  const info = reports.find((r) => r.id === id);
  const uses = new Set(info?.parameters ?? []);
  const scope = params.get('scope') ?? info?.defaultScope ?? null;
  const yearParam = params.get('year');
  const year = yearParam ? Number(yearParam) : null;
  const since = params.get('since') ?? info?.defaultSince ?? null;
  return (
    <div className="page reports-page">
      <div className="page-head no-print">
        <h1>Reports</h1>
        <label className="field report-select">
          <span>Report</span>
          <select
            value={id ?? ''}
            onChange={(event) => set({ report: event.target.value, sort: null, scope: null, since: null })}
          >
            {reports.map((r) => (
              <option key={r.id} value={r.id}>
                {r.id} — {r.title}
              </option>
            ))}
          </select>
        </label>
        {uses.has('scope') && (
          <ScopeSelect
            value={scope ?? ''}
            regions={[
              ...(lookups.data?.regions ?? []),
              ...[...(lookups.data?.countries ?? [])]
                .filter((c) => c.eu)
                .sort((a, b) => a.name.localeCompare(b.name, 'en')),
            ]}
            onChange={(v) => set({ scope: v })}
          />
        )}
        {uses.has('year') && (
          <YearSelect
            value={year ?? new Date().getFullYear()}
            years={
              YEARS.includes(year ?? new Date().getFullYear())
                ? YEARS
                : [...YEARS, year ?? new Date().getFullYear()].sort()
            }
            onChange={(v) => set({ year: v })}
          />
        )}
        {uses.has('since') && (
          <label className="field">
            <span>Changes since</span>
            <input
              type="date"
              value={since ?? ''}
              onChange={(event) => set({ since: event.target.value }, { replace: true })}
            />
          </label>
        )}
      </div>
      {list.error && <ErrorBox error={list.error} what="the list of reports" />}
      {list.isLoading && !list.data && <Loading what="the list of reports" />}
      {id && info && (
        <ReportBody
          id={id}
          scope={uses.has('scope') ? scope : null}
          year={uses.has('year') ? year : null}
          since={uses.has('since') ? since : null}
        />
      )}
      {id && list.data && !info && (
        <Empty title={`There is no report "${id}".`}>Reports: {reports.map((r) => r.id).join(', ')}.</Empty>
      )}
    </div>
  );
}
