import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, XAxis, YAxis } from 'recharts';
import { SourceCitation } from '../../components/SourceCitation';
import { CHART_INK, CHART_MUTED } from '../../lib/chart-ink';
import { humanize, percent, quantity } from '../../lib/format';
import { StatusBadge } from '../plants/StatusBadge';
import { formatCell, headerText, isNumeric } from '../reports/table-format';
import { targetAnchor } from '../scenarios/ChangedTargets';
import { TargetVersus } from '../scenarios/TargetVersus';
import {
  STATUS_TEXT,
  isMaxShare,
  isOwnShare,
  maximumOf,
  minimumOf,
  projectColumns,
  projectRows,
  shareMeasured,
  type Evaluation,
} from './tracker-table';

/** The projects of a card, every cell written by formatCell (as the projects CSV has it); names open the graph. */
function ProjectsTable({
  label,
  evaluation,
  names,
  onOpen,
}: {
  label: string;
  evaluation: Evaluation;
  names: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}) {
  const columns = projectColumns(evaluation);
  const rows = projectRows(evaluation, names);
  return (
    <table className="data" aria-label={label}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={isNumeric(c) ? 'num' : undefined}>
              {headerText(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {evaluation.pipeline.map((project, i) => {
          const id = project.facility.id;
          const row = rows[i] ?? {};
          return (
            <tr key={id}>
              {columns.map((c) => (
                <td key={c.key} className={isNumeric(c) ? 'num' : undefined}>
                  {c.key === 'project' ? (
                    <button type="button" className="link" onClick={() => onOpen(id)}>
                      {formatCell(c, row[c.key])}
                    </button>
                  ) : c.type === 'STATUS' ? (
                    <StatusBadge status={String(row[c.key])} />
                  ) : (
                    formatCell(c, row[c.key])
                  )}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Shown only for an evaluation with a baseline (the API's shares are null without one). */
function ShareChart({ evaluation }: { evaluation: Evaluation }) {
  const b = (evaluation.baselineShare ?? 0) * 100;
  const rows = [
    { name: `Baseline ${evaluation.baselineYear}`, pct: b, fill: '#8792a2' },
    {
      name: `Projected ${evaluation.targetYear}`,
      pct: (evaluation.projectedShare ?? 0) * 100,
      fill:
        evaluation.status === 'OFF_TRACK' || evaluation.status === 'ABOVE_MAX' || evaluation.status === 'BELOW'
          ? '#c62828'
          : '#2e7d32',
    },
  ];
  const isMax = isMaxShare(evaluation);
  const minimum = minimumOf(evaluation);
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
        {minimum != null ? (
          <ReferenceLine
            x={minimum * 100}
            stroke="#2e7d32"
            strokeDasharray="4 3"
            label={{ value: `min ${percent(minimum, 0)}`, fontSize: 10, position: 'top', fill: CHART_INK }}
          />
        ) : isMax && evaluation.target.share != null ? (
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

/**
 * What a maximum-share target's gap means, in words: the supply others must add at the same demand (displacing as
 * much of the dominant country's), or the dominant country's fall with nothing replacing it — both the API's figures.
 */
function MaxShareGap({ evaluation: e, dominant }: { evaluation: Evaluation; dominant: string }) {
  const max = percent(maximumOf(e), 0);
  if (e.gapToMax == null || e.cutToMax == null) return null;
  if (e.gapToMax === 0)
    return (
      <p className="muted" role="note" aria-label="Gap to the maximum">
        The projected share of {dominant} in {e.targetYear} is within the {max} maximum: nothing needs to change.
      </p>
    );
  return (
    <p role="note" aria-label="Gap to the maximum">
      To bring {dominant} down to the {max} maximum by {e.targetYear}, supply from other countries must rise by{' '}
      <strong>{quantity(e.gapToMax, e.unit)}</strong>, replacing as much of {dominant}&apos;s at the same demand (
      {quantity(e.demand, e.unit)}) — or {dominant}&apos;s supply must fall by{' '}
      <strong>{quantity(e.cutToMax, e.unit)}</strong> with nothing replacing it.
    </p>
  );
}

/** Years the evaluation used that differ from the target's own, in words ("projected to 2027, target 2029"). */
function yearsText(e: Evaluation): string {
  const own = e.target.targetYear === e.targetYear ? '' : ` (the target's year is ${e.target.targetYear})`;
  const base =
    e.target.baselineYear != null && e.target.baselineYear !== e.baselineYear
      ? ` (the target's baseline is ${e.target.baselineYear})`
      : '';
  return `baseline ${e.baselineYear}${base} → projected to ${e.targetYear}${own}`;
}

/** One target: status, baseline → projected, gaps, and every project of its pipeline with what it adds. */
export function TargetCard({
  evaluation,
  names,
  onOpen,
}: {
  evaluation: Evaluation;
  names: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
}) {
  const t = evaluation.target;
  const isKnown = evaluation.status !== 'NO_BASELINE';
  const own = isOwnShare(evaluation);
  const max = isMaxShare(evaluation);
  const dominant = evaluation.dominant ? (names.get(evaluation.dominant) ?? evaluation.dominant) : '–';
  const label = `Projects of ${t.name ?? t.id}`;
  return (
    <article className="card" aria-label={t.name ?? t.id} id={targetAnchor(t.id)}>
      <div className="target-head">
        <h2>{t.name ?? t.id}</h2>
        <span className={`badge status-${evaluation.status}`}>
          {STATUS_TEXT[evaluation.status] ?? evaluation.status}
        </span>
      </div>
      <div className="muted">
        {evaluation.baseline && 'Under the scenario: '}
        {t.material.name} · {humanize(t.stage ?? '')} · {names.get(t.scope) ?? t.scope} · {yearsText(evaluation)}
        {isKnown && !own && <> · dominant third country: {dominant}</>}
        {own && <> · share of: {shareMeasured(evaluation)}</>}
      </div>
      {evaluation.baseline && (
        <TargetVersus
          baseline={evaluation.baseline}
          scenario={evaluation}
          difference={evaluation.difference}
          kind={t.kind}
          unit={evaluation.unit}
          baselineYear={evaluation.baselineYear}
          targetYear={evaluation.targetYear}
          statusText={(s) => STATUS_TEXT[s] ?? s}
          name={(id) => names.get(id) ?? id}
        />
      )}
      {!isKnown ? (
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
            {own ? (
              <>
                <div className="figure">
                  <div className="value">{percent(minimumOf(evaluation))}</div>
                  <div className="label">minimum</div>
                </div>
                {evaluation.gap != null && (
                  <div className="figure">
                    <div className="value">{quantity(evaluation.gap, evaluation.unit)}</div>
                    <div className="label">gap to the minimum</div>
                  </div>
                )}
              </>
            ) : max ? (
              <>
                <div className="figure">
                  <div className="value">{percent(maximumOf(evaluation))}</div>
                  <div className="label">maximum</div>
                </div>
                <div className="figure">
                  <div className="value">{quantity(evaluation.gapToMax, evaluation.unit)}</div>
                  <div className="label">gap to the maximum</div>
                </div>
              </>
            ) : (
              <>
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
              </>
            )}
          </div>
        </div>
      )}
      {isKnown && max && <MaxShareGap evaluation={evaluation} dominant={dominant} />}
      {isKnown && evaluation.floored && (
        <p className="state state-empty" role="note" aria-label="Projected share floored">
          Non-dominant supply in {evaluation.targetYear} ({quantity(evaluation.nonDominant, evaluation.unit)}) covers
          the whole demand ({quantity(evaluation.demand, evaluation.unit)}): the projected share is 0 % and cannot fall
          further. Moving a weight changes what each project counts for, not this share.
        </p>
      )}
      {evaluation.pipeline.length === 0 ? (
        <p className="muted" role="note" aria-label="No projects">
          No project in the pipeline adds to this figure by {evaluation.targetYear}, so the status weights change
          nothing here.
        </p>
      ) : (
        <>
          {!isKnown && (
            <p className="muted">
              The projects inside {names.get(t.scope) ?? t.scope} that would add supply by {evaluation.targetYear}.
              Without a baseline no share can move; the weights still change what each counts for.
            </p>
          )}
          <ProjectsTable label={label} evaluation={evaluation} names={names} onOpen={onOpen} />
        </>
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
