import { SharesChart } from '../../components/SharesChart';
import { ErrorBox, Loading } from '../../components/Status';
import type { Stage } from '../../gql/graphql';
import { CRMA_BENCHMARK, STAGES, humanize, percent, quantity } from '../../lib/format';
import type { Lookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { DependencyCellDocument } from './queries';
import { SourceCitation } from '../../components/SourceCitation';
import { EvidenceBadge } from '../../components/EvidenceBadge';
import { GapsList } from '../../components/GapsList';
import type { DependencyCellQuery } from '../../gql/graphql';
import { downloadText, toCsv } from '../../lib/csv';
import { NO_DATA, plants, readTopThirdCountry, topThirdCountryText } from '../../lib/evidence';
import { SharesOverTime } from './SharesOverTime';

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
  const isRegional = scope !== 'GLOBAL';
  const cellGaps = data
    ? [...new Map([...data.location.gaps, ...data.control.gaps].map((g) => [g.id, g])).values()]
    : [];
  return (
    <section className="card" aria-label="Cell detail">
      <div className="page-head">
        <h2>{title}</h2>
        {data && (
          <button
            type="button"
            onClick={() =>
              downloadText(
                `dependency-${material}-${stage}-${scope}-${year}.csv`.toLowerCase(),
                cellCsv(data, lookups.names),
              )
            }
          >
            Export CSV
          </button>
        )}
      </div>
      {error && <ErrorBox error={error} what="this cell" />}
      {isLoading && !data && <Loading what="origin shares" />}
      {data && (
        <>
          <div className="grid-2">
            {(['location', 'control'] as const).map((basis) => {
              const d = data[basis];
              const reading = readTopThirdCountry(d);
              return (
                <div key={basis} aria-label={basis === 'location' ? 'Location basis' : 'Control basis'} role="group">
                  <h3>{basis === 'location' ? 'Location: where it is produced' : 'Control: who owns the producers'}</h3>
                  {d.evidence === 'NONE' ? (
                    <p>
                      <strong>{NO_DATA}</strong>: no supply of {name(material).toLowerCase()} at{' '}
                      {humanize(stage).toLowerCase()} is recorded for {name(scope)} in {year}.
                    </p>
                  ) : (
                    <p>
                      Total {quantity(d.total, d.unit)}
                      {isRegional && (
                        <>
                          {' '}
                          · produced in {name(scope)} {quantity(d.producedInScope, d.unit)}
                        </>
                      )}{' '}
                      · top third country <strong>{topThirdCountryText(reading, name)}</strong> · HHI {d.hhi.toFixed(3)}{' '}
                      · coverage {percent(d.coverage, 0)}
                    </p>
                  )}
                  <p>
                    <EvidenceBadge basis={d} gapsHref="#cell-gaps" showNoData={d.evidence !== 'NONE'} />
                  </p>
                  {d.shares.length > 0 && (
                    <SharesChart
                      label={`Origin shares, ${basis}`}
                      shares={d.shares}
                      names={lookups.names}
                      benchmark={CRMA_BENCHMARK}
                      width={560}
                    />
                  )}
                </div>
              );
            })}
          </div>
          <SharesOverTime material={material} stage={stage} scope={scope} year={year} names={lookups.names} />
          {data.location.standIns.length > 0 && (
            <details>
              <summary>
                Plants standing in for a missing statistic ({plants(data.location.standIns.length)}, plant-register
                capacity)
              </summary>
              <table className="data" aria-label="Plants standing in">
                <thead>
                  <tr>
                    <th>Plant</th>
                    <th className="num">Capacity ({data.location.unit})</th>
                  </tr>
                </thead>
                <tbody>
                  {data.location.standIns.map((p) => (
                    <tr key={p.facility.id}>
                      <td>
                        <button
                          type="button"
                          className="link"
                          onClick={() => go('/', { ids: [p.facility.id], sel: p.facility.id })}
                        >
                          {p.facility.name}
                        </button>
                      </td>
                      <td className="num">{quantity(p.value)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          )}
          {cellGaps.length > 0 && (
            <div id="cell-gaps">
              <h3>What the data lacks for this figure</h3>
              <GapsList gaps={cellGaps} name={name} label="What the data lacks for this figure" />
            </div>
          )}
          {choices.length > 0 && scope !== 'GLOBAL' && data.location.evidence !== 'NONE' && (
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
                    <strong>{topThirdCountryText(readTopThirdCountry(data.location), name)}</strong> · look-through at{' '}
                    {humanize(chosen ?? '')}:{' '}
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
          {data.location.sources.length > 0 && <h3>Sources</h3>}
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

/**
 * The opened cell as a table: one row per origin and basis, and a total row per basis. A figure with no data has
 * only its total row, with an empty value (never 0) and the reading "no data".
 */
export function cellCsv(data: DependencyCellQuery, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const rows = (['location', 'control'] as const).flatMap((basis) => {
    const d = data[basis];
    const known = d.evidence !== 'NONE';
    return [
      ...d.shares.map((s) => ({
        basis,
        origin: s.origin,
        value: s.value as number | null,
        share: s.share as number | null,
        d,
      })),
      { basis, origin: 'TOTAL', value: known ? d.total : null, share: known ? 1 : null, d },
      ...(known && scopeIsRegional(d)
        ? [{ basis, origin: 'PRODUCED_IN_SCOPE', value: d.producedInScope, share: null, d }]
        : []),
    ];
  });
  return toCsv(rows, [
    { header: 'basis', value: (r) => r.basis.toUpperCase() },
    { header: 'origin', value: (r) => r.origin },
    {
      header: 'name',
      value: (r) =>
        r.origin === 'TOTAL' ? 'Total' : r.origin === 'PRODUCED_IN_SCOPE' ? 'Produced in scope' : name(r.origin),
    },
    { header: 'value', value: (r) => r.value },
    { header: 'unit', value: (r) => r.d.unit },
    { header: 'share', value: (r) => r.share?.toFixed(4) },
    { header: 'evidence', value: (r) => r.d.evidence },
    {
      header: 'reading',
      value: (r) => (r.origin === 'TOTAL' ? topThirdCountryText(readTopThirdCountry(r.d), name) : ''),
    },
  ]);
}

function scopeIsRegional(d: { importsRecorded?: boolean | null }): boolean {
  return d.importsRecorded !== null && d.importsRecorded !== undefined;
}
