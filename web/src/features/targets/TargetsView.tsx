import { ScopeSelect } from '../../components/ScopeYear';
import { Empty, ErrorBox, Loading } from '../../components/Status';
import { downloadText } from '../../lib/csv';
import { STATUSES } from '../../lib/format';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { ReportTable } from '../reports/ReportTable';
import { tableCsv } from '../reports/table-export';
import '../reports/reports.css';
import { ChangedTargets } from '../scenarios/ChangedTargets';
import { useScenarioId } from '../scenarios/use-scenarios';
import { TargetCard } from './TargetCard';
import { TargetEvaluationsDocument } from './queries';
import { STATUS_TEXT, TRACKER_COLUMNS, allProjectRows, trackerRows } from './tracker-table';
import { WeightsPanel, type Weights } from './WeightsPanel';
import { DEFAULT_WEIGHTS, weightKey, weightsFromParams } from './weights';

/** Baseline years offered (the years the bundled statistics cover, and a little around them). */
const BASELINE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** Projection years offered: from next year to the Batteries Regulation's 2036. */
const PROJECTION_YEARS = [2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035, 2036];

function yearParam(params: URLSearchParams, key: string): number | null {
  const value = Number(params.get(key));
  return Number.isInteger(value) && value >= 1950 && value <= 2100 ? value : null;
}

function OptionalYear({
  label,
  value,
  years,
  own,
  onChange,
}: {
  label: string;
  value: number | null;
  years: readonly number[];
  own: string;
  onChange: (value: number | null) => void;
}) {
  const options = value !== null && !years.includes(value) ? [...years, value].sort() : years;
  return (
    <label className="field">
      <span>{label}</span>
      <select
        value={value ?? ''}
        onChange={(event) => onChange(event.target.value ? Number(event.target.value) : null)}
      >
        <option value="">{own}</option>
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * The target tracker: every target with baseline → projected share against the −30 % and −50 % lines (or the
 * maximum share), gaps in the material's unit and the projects of its pipeline with what each counts for. The
 * status weights are sliders (a request once a drag settles); the baseline and projection years can be chosen
 * for every target at once. The tracker table and the projects export as CSV, cell for cell as on screen.
 */
export function TargetsView() {
  const { params, set, go } = useUrlState();
  const lookups = useLookups();
  const scope = params.get('scope') ?? '';
  const year = yearParam(params, 'year');
  const baselineYear = yearParam(params, 'baseline');
  const weights = weightsFromParams(params);
  const scenario = useScenarioId();
  const { data, error, isLoading } = useQuery(TargetEvaluationsDocument, {
    scope: scope || null,
    weights,
    year,
    baselineYear,
    scenario,
    withBaseline: scenario !== null,
  });
  const evaluations = data?.targetEvaluations;
  const names = lookups.names;
  const fileBase = ['targets', scope || 'all', baselineYear && `baseline-${baselineYear}`, year && `to-${year}`]
    .filter(Boolean)
    .join('-')
    .toLowerCase();
  // The panel commits once its sliders rest: one URL change, one request, per drag.
  const commitWeights = (next: Weights) =>
    set(
      Object.fromEntries(
        STATUSES.map((s) => {
          const value = next[s];
          return [weightKey(s), value === undefined || value === DEFAULT_WEIGHTS[s] ? null : String(value)];
        }),
      ),
      { replace: true },
    );
  return (
    <div className="page">
      <div className="page-head">
        <h1>Target tracker</h1>
        <ScopeSelect
          value={scope}
          regions={lookups.data?.regions ?? []}
          countries={lookups.data?.countries ?? []}
          onChange={(v) => set({ scope: v || null })}
          allowGlobal
          allowAll
        />
        <OptionalYear
          label="Baseline year"
          value={baselineYear}
          years={BASELINE_YEARS}
          own="each target's own"
          onChange={(v) => set({ baseline: v })}
        />
        <OptionalYear
          label="Projected to"
          value={year}
          years={PROJECTION_YEARS}
          own="each target's year"
          onChange={(v) => set({ year: v })}
        />
        {isLoading && data && <span className="muted">Updating…</span>}
      </div>
      <WeightsPanel
        weights={weights}
        evaluations={evaluations}
        onCommit={commitWeights}
        onReset={
          Object.keys(weights).length > 0
            ? () => set(Object.fromEntries(STATUSES.map((s) => [weightKey(s), null])))
            : null
        }
      />
      {error && <ErrorBox error={error} what="the target evaluations" />}
      {isLoading && !data && <Loading what="the target evaluations" />}
      {evaluations && evaluations.length === 0 && (
        <Empty title="No targets to evaluate for this scope.">
          Choose another scope, or load targets with the data CLI.
        </Empty>
      )}
      {evaluations && evaluations.length > 0 && (
        <section className="card" aria-label="All targets">
          <div className="target-head">
            <h2>All targets</h2>
            <span>
              <button
                type="button"
                onClick={() =>
                  downloadText(`${fileBase}.csv`, tableCsv(TRACKER_COLUMNS, trackerRows(evaluations, names)))
                }
              >
                Export CSV
              </button>{' '}
              <button
                type="button"
                onClick={() => {
                  const { columns, rows } = allProjectRows(evaluations, names);
                  downloadText(`${fileBase}-projects.csv`, tableCsv(columns, rows));
                }}
              >
                Export projects CSV
              </button>
            </span>
          </div>
          <p className="muted">
            Baseline year: the year the dominant third country and its share are measured in (the target&apos;s own, or
            for a target without one the latest year with production statistics). Projected to: the year the pipeline is
            projected to (the target&apos;s own year unless chosen).
          </p>
          <ReportTable label="Target tracker table" columns={TRACKER_COLUMNS} rows={trackerRows(evaluations, names)} />
        </section>
      )}
      {evaluations && <ChangedTargets evaluations={evaluations} statusText={(s) => STATUS_TEXT[s] ?? s} />}
      {evaluations?.map((e) => (
        <TargetCard key={e.target.id} evaluation={e} names={names} onOpen={(id) => go('/', { ids: [id], sel: id })} />
      ))}
    </div>
  );
}
