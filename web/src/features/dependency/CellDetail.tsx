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
import { NO_DATA, evidenceNote, plants, readTopThirdCountry, topThirdCountryText } from '../../lib/evidence';
import { CompareTable, type CompareRow } from '../scenarios/CompareTable';
import { signedNumber, signedPoints, signedQuantity } from '../scenarios/difference-format';
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
  scenario = null,
  upstream,
  lookups,
  onUpstream,
}: {
  material: string;
  stage: string;
  year: number;
  scope: string;
  /** The app-wide scenario: figures under it, the stored data's beside them. */
  scenario?: string | null;
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
    scenario,
    withBaseline: scenario !== null,
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
                `dependency-${material}-${stage}-${scope}-${year}${scenario ? `-${scenario}` : ''}.csv`.toLowerCase(),
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
          {data.location.baseline && data.control.baseline && (
            <CompareTable
              label="Baseline vs scenario"
              groups={['Location', 'Control']}
              rows={compareRows(
                [
                  { baseline: data.location.baseline, scenario: data.location, difference: data.location.difference },
                  { baseline: data.control.baseline, scenario: data.control, difference: data.control.difference },
                ],
                {
                  name,
                  isRegional,
                  scope,
                  lookThrough:
                    data.lookThrough?.baseline && chosen
                      ? {
                          stage: humanize(chosen),
                          baseline: data.lookThrough.baseline,
                          scenario: data.lookThrough,
                          difference: data.lookThrough.difference,
                        }
                      : undefined,
                },
              )}
            />
          )}
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
          <SharesOverTime
            material={material}
            stage={stage}
            scope={scope}
            year={year}
            names={lookups.names}
            scenario={scenario}
          />
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
                    <th>What it is</th>
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
                      <td>
                        {p.estimatedWith
                          ? `estimate: battery-input capacity × ${p.estimatedWith.split('|')[0]} (a parameter, not published)`
                          : 'published capacity'}
                      </td>
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
                        : data.location.thirdCountryKnown
                          ? '–'
                          : 'unknown (as the direct figure)'}
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

type Compared = NonNullable<DependencyCellQuery['location']['baseline']>;
type Difference = NonNullable<DependencyCellQuery['location']['difference']>;
type LookThroughCompared = { topThirdCountry?: { origin: string; share: number } | null; assumed: number };

/**
 * The rows of a cell's baseline-vs-scenario table, a pair of columns per basis: its headline figures, the largest
 * origins of either side (each side's share as the API reports it; an origin missing on one side reads "–"), and
 * the look-through's top third country (location basis) when one is shown.
 */
export function compareRows(
  bases: readonly { baseline: Compared; scenario: Compared; difference?: Difference | null | undefined }[],
  options: {
    name: (id: string) => string;
    isRegional: boolean;
    scope: string;
    lookThrough?:
      | {
          stage: string;
          baseline: LookThroughCompared;
          scenario: LookThroughCompared;
          difference?: { topThirdCountryShare?: number | null } | null | undefined;
        }
      | undefined;
  },
): CompareRow[] {
  const { name } = options;
  const figure = (d: Compared, text: (d: Compared) => string) => (d.evidence === 'NONE' ? NO_DATA : text(d));
  /** A row; `change` reads the API's difference of that figure (absent: the API gives none for it). */
  const row = (
    label: string,
    text: (d: Compared) => string,
    change?: (diff: Difference, d: Compared) => string,
  ): CompareRow => ({
    label,
    values: bases.map((b) => ({
      baseline: figure(b.baseline, text),
      scenario: figure(b.scenario, text),
      ...(b.difference ? { difference: change ? change(b.difference, b.scenario) : '' } : {}),
    })),
  });
  const origins = [
    ...new Set(
      bases.flatMap((b) => [...b.scenario.shares.slice(0, 5), ...b.baseline.shares.slice(0, 5)]).map((s) => s.origin),
    ),
  ].slice(0, 8);
  const shareOf = (d: Compared, origin: string) => {
    const s = d.shares.find((x) => x.origin === origin);
    return s ? `${percent(s.share)} (${quantity(s.value)})` : '–';
  };
  // The API lists every origin whose value or share changed; one it does not list is unchanged.
  const originChange = (diff: Difference, d: Compared, origin: string) => {
    const s = diff.shares.find((x) => x.origin === origin);
    return s ? `${signedPoints(s.share)} (${signedQuantity(s.value, d.unit)})` : 'unchanged';
  };
  const lt = options.lookThrough;
  const ltText = (l: LookThroughCompared) =>
    l.topThirdCountry ? `${name(l.topThirdCountry.origin)} ${percent(l.topThirdCountry.share)}` : '–';
  return [
    row(
      'Total',
      (d) => quantity(d.total, d.unit),
      (diff, d) => signedQuantity(diff.total, d.unit),
    ),
    ...(options.isRegional
      ? [row(`Produced in ${name(options.scope)}`, (d) => quantity(d.producedInScope, d.unit))]
      : []),
    row(
      'Top third country',
      (d) => topThirdCountryText(readTopThirdCountry(d), name),
      (diff) => `${signedPoints(diff.topThirdCountryShare)}${diff.topThirdCountryChanged ? ', another country' : ''}`,
    ),
    row(
      'HHI',
      (d) => d.hhi.toFixed(3),
      (diff) => signedNumber(diff.hhi),
    ),
    row('What it rests on', (d) => evidenceNote(d) || 'statistics'),
    ...origins.map((o) =>
      row(
        `${name(o)} share`,
        (d) => shareOf(d, o),
        (diff, d) => originChange(diff, d, o),
      ),
    ),
    ...(lt
      ? [
          {
            label: `Look-through at ${lt.stage}: top third country`,
            values: bases.map((b, i) => ({
              ...(i === 0
                ? { baseline: ltText(lt.baseline), scenario: ltText(lt.scenario) }
                : { baseline: '', scenario: '' }),
              ...(b.difference
                ? { difference: i === 0 && lt.difference ? signedPoints(lt.difference.topThirdCountryShare) : '' }
                : {}),
            })),
          },
        ]
      : []),
  ];
}

/**
 * The opened cell as a table: one row per origin and basis, and a total row per basis. A figure with no data has
 * only its total row, with an empty value (never 0) and the reading "no data".
 */
export function cellCsv(data: DependencyCellQuery, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id;
  const isScenario = data.location.baseline !== undefined && data.location.baseline !== null;
  // With a scenario: the scenario's rows, then the stored data's (column "figures": scenario | baseline).
  const sides = (['location', 'control'] as const).flatMap((basis) => {
    const d = data[basis];
    return [
      { basis, figures: isScenario ? 'scenario' : '', d: d as Compared },
      ...(d.baseline ? [{ basis, figures: 'baseline', d: d.baseline }] : []),
    ];
  });
  const rows = sides.flatMap(({ basis, figures, d }) => {
    const known = d.evidence !== 'NONE';
    return [
      ...d.shares.map((s) => ({
        basis,
        figures,
        origin: s.origin,
        value: s.value as number | null,
        share: s.share as number | null,
        d,
      })),
      { basis, figures, origin: 'TOTAL', value: known ? d.total : null, share: known ? 1 : null, d },
      ...(known && scopeIsRegional(d)
        ? [{ basis, figures, origin: 'PRODUCED_IN_SCOPE', value: d.producedInScope, share: null, d }]
        : []),
    ];
  });
  return toCsv(rows, [
    { header: 'basis', value: (r) => r.basis.toUpperCase() },
    ...(isScenario ? [{ header: 'figures', value: (r: (typeof rows)[number]) => r.figures }] : []),
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
