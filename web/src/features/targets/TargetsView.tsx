import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, XAxis, YAxis } from 'recharts';
import { ScopeSelect } from '../../components/ScopeYear';
import { Empty, ErrorBox, Loading } from '../../components/Status';
import type { TargetEvaluationsQuery } from '../../gql/graphql';
import { CHART_INK, CHART_MUTED } from '../../lib/chart-ink';
import { STATUSES, humanize, percent, quantity } from '../../lib/format';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { TargetEvaluationsDocument } from './queries';
import { DEFAULT_WEIGHTS, weightKey, weightsFromParams } from './weights';
import { SourceCitation } from '../../components/SourceCitation';

type Evaluation = TargetEvaluationsQuery['targetEvaluations'][number];

const STATUS_TEXT: Readonly<Record<string, string>> = {
  MET_50: 'Met: −50 % or more',
  MET_30: 'Met: −30 % or more',
  OFF_TRACK: 'Off track',
  WITHIN_MAX: 'Within the maximum share',
  ABOVE_MAX: 'Above the maximum share',
  NO_BASELINE: 'No baseline: cannot be evaluated',
};

function ShareChart({ evaluation }: { evaluation: Evaluation }) {
  const b = evaluation.baselineShare * 100;
  const rows = [
    { name: `Baseline ${evaluation.baselineYear}`, pct: b, fill: '#8792a2' },
    {
      name: `Projected ${evaluation.targetYear}`,
      pct: evaluation.projectedShare * 100,
      fill: evaluation.status === 'OFF_TRACK' || evaluation.status === 'ABOVE_MAX' ? '#c62828' : '#2e7d32',
    },
  ];
  const isMax = evaluation.target.kind === 'MAX_SINGLE_COUNTRY_SHARE';
  return (
    <figure
      className="chart"
      aria-label={`Baseline and projected share, ${evaluation.target.name ?? evaluation.target.id}`}
    >
      <BarChart width={460} height={120} data={rows} layout="vertical" margin={{ left: 8, right: 40, top: 14 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, 100]}
          tickFormatter={(v: number) => `${v} %`}
          fontSize={11}
          tick={{ fill: CHART_MUTED }}
        />
        <YAxis type="category" dataKey="name" width={110} fontSize={12} tick={{ fill: CHART_INK }} />
        {isMax && evaluation.target.share != null ? (
          <ReferenceLine
            x={evaluation.target.share * 100}
            stroke="#c62828"
            strokeDasharray="4 3"
            label={{
              value: `max ${percent(evaluation.target.share, 0)}`,
              fontSize: 10,
              position: 'top',
              fill: CHART_INK,
            }}
          />
        ) : (
          <>
            <ReferenceLine
              x={b * 0.7}
              stroke="#e6a100"
              strokeDasharray="4 3"
              label={{ value: '−30 %', fontSize: 10, position: 'top', dx: 15, fill: CHART_INK }}
            />
            <ReferenceLine
              x={b * 0.5}
              stroke="#2e7d32"
              strokeDasharray="4 3"
              label={{ value: '−50 %', fontSize: 10, position: 'top', dx: -15, fill: CHART_INK }}
            />
          </>
        )}
        <Bar
          dataKey="pct"
          isAnimationActive={false}
          label={{
            position: 'right',
            fontSize: 11,
            fill: CHART_INK,
            formatter: (v: unknown) => `${Number(v).toFixed(1)} %`,
          }}
        >
          {rows.map((r) => (
            <Cell key={r.name} fill={r.fill} />
          ))}
        </Bar>
      </BarChart>
    </figure>
  );
}

function TargetCard({
  evaluation,
  names,
  onOpen,
}: {
  evaluation: Evaluation;
  names: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}) {
  const t = evaluation.target;
  const ranked = [...evaluation.contributions].sort((a, b) => b.contribution - a.contribution);
  const dominant = evaluation.dominant ? (names.get(evaluation.dominant) ?? evaluation.dominant) : '–';
  return (
    <article className="card" aria-label={t.name ?? t.id}>
      <div className="target-head">
        <h2>{t.name ?? t.id}</h2>
        <span className={`badge status-${evaluation.status}`}>
          {STATUS_TEXT[evaluation.status] ?? evaluation.status}
        </span>
      </div>
      <div className="muted">
        {t.material.name} · {humanize(t.stage ?? '')} · {names.get(t.scope) ?? t.scope} · {evaluation.baselineYear} →{' '}
        {evaluation.targetYear}
        {evaluation.status !== 'NO_BASELINE' && <> · dominant third country: {dominant}</>}
      </div>
      {evaluation.status === 'NO_BASELINE' ? (
        <div className="state state-empty" role="note" aria-label="Why there is no baseline">
          <strong>The baseline cannot be known, so this target cannot be evaluated yet.</strong>
          <div>{evaluation.reason ?? 'The API gave no reason.'}</div>
        </div>
      ) : (
        <div className="grid-2">
          <ShareChart evaluation={evaluation} />
          <div className="figures">
            <div className="figure">
              <div className="value">{percent(evaluation.baselineShare)}</div>
              <div className="label">baseline share</div>
            </div>
            <div className="figure">
              <div className="value">{percent(evaluation.projectedShare)}</div>
              <div className="label">projected share</div>
            </div>
            <div className="figure">
              <div className="value">{percent(evaluation.reduction)}</div>
              <div className="label">reduction</div>
            </div>
            <div className="figure">
              <div className="value">{quantity(evaluation.gapTo30, evaluation.unit)}</div>
              <div className="label">gap to −30 %</div>
            </div>
            <div className="figure">
              <div className="value">{quantity(evaluation.gapTo50, evaluation.unit)}</div>
              <div className="label">gap to −50 %</div>
            </div>
          </div>
        </div>
      )}
      {evaluation.status === 'NO_BASELINE' ? null : ranked.length === 0 ? (
        <p className="muted">No projects in the pipeline move this figure.</p>
      ) : (
        <table className="data" aria-label="Projects by contribution">
          <thead>
            <tr>
              <th>Project</th>
              <th>Country</th>
              <th>Status</th>
              <th className="num">Weight</th>
              <th className="num">Capacity {evaluation.targetYear}</th>
              <th className="num">Contribution</th>
            </tr>
          </thead>
          <tbody>
            {ranked.map((c) => (
              <tr key={c.facility.id}>
                <td>
                  <button type="button" className="link" onClick={() => onOpen(c.facility.id)}>
                    {c.facility.name}
                  </button>
                  {c.viaFlow && <span className="muted"> (via its flow into the scope)</span>}
                </td>
                <td>{names.get(c.facility.country.id) ?? c.facility.country.id}</td>
                <td>{humanize(c.status)}</td>
                <td className="num">{c.weight.toFixed(2)}</td>
                <td className="num">{quantity(c.capacity, evaluation.unit)}</td>
                <td className="num">
                  {c.contribution >= 0.0005 ? `−${(c.contribution * 100).toFixed(1)} pp` : '0.0 pp'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <details>
        <summary>Assumptions and sources</summary>
        <ul className="sources">
          {evaluation.assumptions.map((a) => (
            <li key={a}>{a}</li>
          ))}
          {t.sources.map((s) => (
            <li key={s.id}>
              <SourceCitation source={s} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

/**
 * The target tracker: every single-country-reduction and maximum-share target with baseline → projected share
 * against the −30 % and −50 % lines, gaps in the material's unit and the projects that move it. The status
 * weights are sliders; the evaluation reruns as they move.
 */
export function TargetsView() {
  const { params, set, go } = useUrlState();
  const lookups = useLookups();
  const scope = params.get('scope') ?? '';
  const weights = weightsFromParams(params);
  const { data, error, isLoading } = useQuery(TargetEvaluationsDocument, {
    scope: scope || null,
    weights,
  });
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
        {isLoading && data && <span className="muted">Updating…</span>}
      </div>
      <section className="card" aria-label="Status weights">
        <h3 style={{ marginTop: 0 }}>How much of a project counts, by status</h3>
        <div className="sliders">
          {STATUSES.map((status) => {
            const value = weights[status] ?? DEFAULT_WEIGHTS[status];
            return (
              <label key={status} className="slider">
                <span>{humanize(status)}</span>
                <input
                  type="range"
                  min={0}
                  max={1}
                  step={0.05}
                  value={value}
                  aria-label={`Weight for ${humanize(status)}`}
                  onChange={(event) =>
                    set(
                      {
                        [weightKey(status)]:
                          Number(event.target.value) === DEFAULT_WEIGHTS[status] ? null : event.target.value,
                      },
                      { replace: true },
                    )
                  }
                />
                <output>{value.toFixed(2)}</output>
              </label>
            );
          })}
        </div>
        {Object.keys(weights).length > 0 && (
          <button
            type="button"
            className="link"
            onClick={() => set(Object.fromEntries(STATUSES.map((s) => [weightKey(s), null])))}
          >
            Reset to the default weights
          </button>
        )}
      </section>
      {error && <ErrorBox error={error} what="the target evaluations" />}
      {isLoading && !data && <Loading what="the target evaluations" />}
      {data && data.targetEvaluations.length === 0 && (
        <Empty title="No targets to evaluate for this scope.">
          Choose another scope, or load targets with the data CLI.
        </Empty>
      )}
      {data?.targetEvaluations.map((e) => (
        <TargetCard
          key={e.target.id}
          evaluation={e}
          names={lookups.names}
          onOpen={(id) => go('/', { ids: [id], sel: id })}
        />
      ))}
    </div>
  );
}
