import { percent } from '../../lib/format';

/** One target evaluation's identity and the figures a scenario can move (the API's fields). */
interface Evaluated {
  target: { id: string; name?: string | null };
  status: string;
  projectedShare: number | null;
  baseline?: { status: string; projectedShare: number | null } | null;
  difference?: { statusChanged: boolean; projectedShare?: number | null; baselineShare?: number | null } | null;
}

/** The id of a target's card on the page, for links to it. */
export const targetAnchor = (id: string) => `target-${id}`;

/**
 * Which evaluations the scenario moves (status or projected share differ from the stored data's), each linking to
 * its card; with many targets the reader needs to see where to look. Only the API's figures are compared.
 */
export function ChangedTargets({
  evaluations,
  statusText,
}: {
  evaluations: readonly Evaluated[];
  statusText: (status: string) => string;
}) {
  const withBaseline = evaluations.filter((e) => e.baseline);
  if (withBaseline.length === 0) return null;
  // The API's difference says what changed; a status the API reports changed counts, as do moved shares.
  const moved = withBaseline.filter((e) =>
    e.difference
      ? e.difference.statusChanged ||
        (e.difference.projectedShare ?? 0) !== 0 ||
        (e.difference.baselineShare ?? 0) !== 0
      : e.baseline && (e.baseline.status !== e.status || e.baseline.projectedShare !== e.projectedShare),
  );
  return (
    <section className="card" aria-label="What the scenario changes">
      {moved.length === 0 ? (
        <p>
          <strong>The scenario changes none of the {withBaseline.length} evaluations.</strong>
        </p>
      ) : (
        <>
          <p>
            <strong>
              The scenario changes {moved.length} of {withBaseline.length} evaluations:
            </strong>
          </p>
          <ul>
            {moved.map((e) => (
              <li key={e.target.id}>
                <a href={`#${targetAnchor(e.target.id)}`}>{e.target.name ?? e.target.id}</a>:{' '}
                {statusText(e.baseline?.status ?? '')}
                {e.baseline?.status !== 'NO_BASELINE' && ` (${percent(e.baseline?.projectedShare)})`} →{' '}
                {statusText(e.status)}
                {e.status !== 'NO_BASELINE' && ` (${percent(e.projectedShare)})`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
