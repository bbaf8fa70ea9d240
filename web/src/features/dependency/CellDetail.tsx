import { SharesChart } from '../../components/SharesChart';
import { ErrorBox, Loading } from '../../components/Status';
import type { Stage } from '../../gql/graphql';
import { CRMA_BENCHMARK, STAGES, humanize, percent, quantity } from '../../lib/format';
import type { Lookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { DependencyCellDocument } from './queries';
import { SourceCitation } from '../../components/SourceCitation';

/** Stages a look-through can reach back to from `stage` (EXTRACTION … the stage before it; none for RECYCLING). */
export function upstreamStages(stage: string): Stage[] {
  const index = STAGES.indexOf(stage as Stage);
  if (index <= 0 || stage === 'RECYCLING') return [];
  return STAGES.slice(0, index) as Stage[];
}

/** One matrix cell opened: origin shares (LOCATION and CONTROL), direct vs look-through, contributing paths. */
export function CellDetail({
  material,
  stage,
  year,
  scope,
  upstream,
  lookups,
  onUpstream,
}: {
  material: string;
  stage: string;
  year: number;
  scope: string;
  upstream: string | null;
  lookups: Lookups;
  onUpstream: (stage: string) => void;
}) {
  const { go } = useUrlState();
  const choices = upstreamStages(stage);
  const chosen = (choices.includes(upstream as Stage) ? upstream : choices[choices.length - 1]) as Stage | undefined;
  const { data, error, isLoading } = useQuery(DependencyCellDocument, {
    material,
    stage: stage as Stage,
    year,
    scope,
    upstream: chosen ?? 'EXTRACTION',
    withLookThrough: chosen !== undefined && scope !== 'GLOBAL',
  });
  const name = (id: string) => lookups.names.get(id) ?? id;
  const title = `${name(material)} · ${humanize(stage)} · ${name(scope)} · ${year}`;
  return (
    <section className="card" aria-label="Cell detail">
      <h2>{title}</h2>
      {error && <ErrorBox error={error} what="this cell" />}
      {isLoading && !data && <Loading what="origin shares" />}
      {data && (
        <>
          <div className="grid-2">
            {(['location', 'control'] as const).map((basis) => {
              const d = data[basis];
              return (
                <div key={basis}>
                  <h3>{basis === 'location' ? 'Location: where it is produced' : 'Control: who owns the producers'}</h3>
                  <p>
                    Total {quantity(d.total, d.unit)} · top third country{' '}
                    <strong>
                      {d.topThirdCountry
                        ? `${name(d.topThirdCountry.origin)} ${percent(d.topThirdCountry.share)}`
                        : '–'}
                    </strong>{' '}
                    · HHI {d.hhi.toFixed(3)} · coverage {percent(d.coverage, 0)}
                  </p>
                  {d.shares.length > 0 ? (
                    <SharesChart
                      label={`Origin shares, ${basis}`}
                      shares={d.shares}
                      names={lookups.names}
                      benchmark={CRMA_BENCHMARK}
                      width={560}
                    />
                  ) : (
                    <p className="muted">No supply recorded for this cell.</p>
                  )}
                </div>
              );
            })}
          </div>
          {choices.length > 0 && scope !== 'GLOBAL' && (
            <>
              <h3>Direct vs look-through</h3>
              <div className="page-head">
                <label className="field">
                  <span>Look through to</span>
                  <select value={chosen} onChange={(event) => onUpstream(event.target.value)}>
                    {choices.map((s) => (
                      <option key={s} value={s}>
                        {humanize(s)}
                      </option>
                    ))}
                  </select>
                </label>
                {data.lookThrough && (
                  <span>
                    Direct top third country:{' '}
                    <strong>
                      {data.location.topThirdCountry
                        ? `${name(data.location.topThirdCountry.origin)} ${percent(data.location.topThirdCountry.share)}`
                        : '–'}
                    </strong>{' '}
                    · look-through at {humanize(chosen ?? '')}:{' '}
                    <strong>
                      {data.lookThrough.topThirdCountry
                        ? `${name(data.lookThrough.topThirdCountry.origin)} ${percent(data.lookThrough.topThirdCountry.share)}`
                        : '–'}
                    </strong>{' '}
                    · resting on the self-sourcing assumption: {percent(data.lookThrough.assumed)}
                  </span>
                )}
              </div>
              {data.lookThrough && (
                <div className="grid-2">
                  <SharesChart
                    label="Look-through origin shares"
                    shares={data.lookThrough.shares}
                    names={lookups.names}
                    benchmark={CRMA_BENCHMARK}
                    width={560}
                  />
                  <div>
                    <table className="data" aria-label="Contributing paths">
                      <thead>
                        <tr>
                          <th>
                            Path ({humanize(stage)} ← {humanize(chosen ?? '')})
                          </th>
                          <th className="num">Weight</th>
                        </tr>
                      </thead>
                      <tbody>
                        {data.lookThrough.paths.map((p) => (
                          <tr key={p.origins.join('>')}>
                            <td>
                              {p.origins.map(name).join(' ← ')}
                              {p.assumed && <span className="muted"> (assumed self-sourcing)</span>}
                            </td>
                            <td className="num">{percent(p.weight)}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <button
                      type="button"
                      onClick={() => {
                        const ids = [...new Set(data.lookThrough?.paths.slice(0, 6).flatMap((p) => p.origins) ?? [])];
                        go('/', { ids, hl: ids, material });
                      }}
                    >
                      Show these paths in the graph
                    </button>
                  </div>
                </div>
              )}
            </>
          )}
          <h3>Assumptions</h3>
          <ul className="sources">
            {[...new Set([...data.location.assumptions, ...(data.lookThrough?.assumptions ?? [])])].map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
          <h3>Sources</h3>
          <ul className="sources">
            {data.location.sources.map((s) => (
              <li key={s.id}>
                <SourceCitation source={s} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
