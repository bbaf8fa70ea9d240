import { useEffect, useRef, useState } from 'react';
import { STATUSES, humanize, quantity, type StatusName } from '../../lib/format';
import { projectsByStatus, type Evaluation } from './tracker-table';
import { DEFAULT_WEIGHTS } from './weights';

export type Weights = Partial<Record<StatusName, number>>;

/** How long the sliders must rest before the weights go to the URL, and so to the API (one request per drag). */
export const WEIGHT_SETTLE_MS = 400;

/**
 * The status weights as sliders, each with what it acts on in the targets shown: the projects of that status,
 * and what each counts for at the current weight (weight × its capacity increase, from the API). A weight no
 * project carries says that moving it changes nothing. While a slider moves, only this panel follows it; the
 * weights are committed (URL, then one request) once the sliders have rested for {@link WEIGHT_SETTLE_MS}.
 */
export function WeightsPanel({
  weights: committed,
  evaluations,
  onCommit,
  onReset,
}: {
  /** The weights in the URL (the ones the evaluations on screen use). */
  weights: Weights;
  /** The evaluations on screen, or undefined while loading. */
  evaluations: readonly Evaluation[] | undefined;
  onCommit: (weights: Weights) => void;
  onReset: (() => void) | null;
}) {
  const [draft, setDraft] = useState<Weights | null>(null);
  const pending = useRef<Weights | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const weights = draft ?? committed;
  const change = (status: StatusName, value: number) => {
    const next = { ...(pending.current ?? committed), [status]: value };
    pending.current = next;
    setDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      pending.current = null;
      setDraft(null);
      onCommit(next);
    }, WEIGHT_SETTLE_MS);
  };
  const byStatus = projectsByStatus(evaluations ?? []);
  const measured = (evaluations ?? []).filter((e) => e.status !== 'NO_BASELINE').length;
  return (
    <section className="card" aria-label="Status weights">
      <h3 style={{ marginTop: 0 }}>How much of a project counts, by status</h3>
      <p className="muted">
        A weight multiplies the capacity increase of every project with that status (its capacity in the projection year
        minus what it supplied in the baseline year). It moves a projected share only for a target with a baseline whose
        share is not already 0 %.
        {evaluations &&
          ` ${measured} of the ${evaluations.length} targets shown ${measured === 1 ? 'has' : 'have'} a baseline.`}
      </p>
      <div className="sliders">
        {STATUSES.map((status) => {
          const value = weights[status] ?? DEFAULT_WEIGHTS[status];
          const carried = byStatus.get(status) ?? [];
          return (
            <div key={status} className="weight">
              <label className="slider">
                <span>{humanize(status)}</span>
                <input
                  type="range"
                  min={0}
                  max={1}
                  step={0.05}
                  value={value}
                  aria-label={`Weight for ${humanize(status)}`}
                  onChange={(event) => change(status, Number(event.target.value))}
                />
                <output>{value.toFixed(2)}</output>
              </label>
              {evaluations && (
                <div className="weight-effect" aria-label={`What the ${humanize(status)} weight acts on`}>
                  {carried.length === 0 ? (
                    <span className="muted">
                      No project in the targets shown is {humanize(status).toLowerCase()}: this weight changes nothing.
                    </span>
                  ) : (
                    <details>
                      <summary>
                        {carried.length === 1 ? '1 project' : `${carried.length} projects`} in{' '}
                        {new Set(carried.map((c) => c.evaluation.target.id)).size === 1
                          ? '1 target'
                          : `${new Set(carried.map((c) => c.evaluation.target.id)).size} targets`}
                      </summary>
                      <ul>
                        {carried.map(({ evaluation, project }) => (
                          <li key={`${evaluation.target.id}:${project.facility.id}`}>
                            {project.facility.name}: counts {quantity(project.adds, evaluation.unit)} (capacity{' '}
                            {quantity(project.capacity, evaluation.unit)} in {evaluation.targetYear}, supplied{' '}
                            {quantity(project.baselineSupply, evaluation.unit)} in {evaluation.baselineYear}) in{' '}
                            <em>{evaluation.target.name ?? evaluation.target.id}</em>
                            {evaluation.status === 'NO_BASELINE' && ' (no baseline: no share moves)'}
                          </li>
                        ))}
                      </ul>
                    </details>
                  )}
                </div>
              )}
            </div>
          );
        })}
      </div>
      {onReset && (
        <button
          type="button"
          className="link"
          onClick={() => {
            clearTimeout(timer.current);
            pending.current = null;
            setDraft(null);
            onReset();
          }}
        >
          Reset to the default weights
        </button>
      )}
    </section>
  );
}
