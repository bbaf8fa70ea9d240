import { Empty, ErrorBox, Loading } from '../../components/Status';
import { ScopeSelect, YEARS, YearSelect } from '../../components/ScopeYear';
import type { DependencyMatrixQuery } from '../../gql/graphql';
import { STAGES, humanize, percent, quantity } from '../../lib/format';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { GapsList } from '../../components/GapsList';
import { downloadText, toCsv, type CsvColumn } from '../../lib/csv';
import {
  IMPORTS_NOT_RECORDED,
  NO_DATA,
  THIRD_COUNTRY_UNKNOWN,
  evidenceNote,
  ownershipNote,
  gapCount,
  readTopThirdCountry,
  IMPORTS_INCOMPLETE,
  topThirdCountryText,
} from '../../lib/evidence';
import { signedPoints, signedQuantity } from '../scenarios/difference-format';
import { useScenarioId } from '../scenarios/use-scenarios';
import { BAND_TEXT, dependencyBand } from './bands';
import { CellDetail } from './CellDetail';
import { DataGapsDocument, DependencyMatrixDocument } from './queries';

type MatrixCell = DependencyMatrixQuery['location'][number];

function Matrix({
  title,
  cells,
  materials,
  names,
  selected,
  onOpen,
  baseline,
}: {
  title: string;
  cells: readonly MatrixCell[];
  /** With a scenario: the same matrix on the stored data, shown under each cell. */
  baseline?: readonly MatrixCell[] | undefined;
  materials: readonly { id: string; name: string }[];
  names: ReadonlyMap<string, string>;
  selected: string | null;
  onOpen: (key: string) => void;
}) {
  const isScenario = baseline !== undefined;
  const byKey = new Map(cells.map((c) => [`${c.material}:${c.stage}`, c]));
  const baseByKey = new Map((baseline ?? []).map((c) => [`${c.material}:${c.stage}`, c.dependency]));
  const rows = materials.filter((m) => cells.some((c) => c.material === m.id));
  const name = (id: string) => names.get(id) ?? id;
  return (
    <table className="matrix" aria-label={`${title} matrix`}>
      <caption className="muted">
        {title}: top third-country share
        {isScenario &&
          ' under the scenario; a cell it moves is outlined, with the stored data’s figure (baseline) below'}
      </caption>
      <thead>
        <tr>
          <th />
          {STAGES.map((s) => (
            <th key={s} scope="col">
              {humanize(s)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.name}</th>
            {STAGES.map((s) => {
              const key = `${m.id}:${s}`;
              const d = byKey.get(key)?.dependency;
              if (!d)
                return (
                  <td key={s}>
                    <div className="cell band-none">{NO_DATA}</div>
                  </td>
                );
              const band = dependencyBand(d);
              const reading = readTopThirdCountry(d);
              const note = d.evidence === 'NONE' ? '' : evidenceNote(d);
              const owners = ownershipNote(d);
              const gaps = d.gaps.length > 0 ? gapCount(d.gaps.length) : '';
              const was = baseByKey.get(key);
              const base = was ? figureText(was, name) : '';
              const now = figureText(d, name);
              const diff = d.difference;
              // Moved: the API's difference says so (any change it reports), or the figures read differently.
              const moved =
                was !== undefined &&
                (base !== now ||
                  (diff != null &&
                    (diff.total !== 0 ||
                      diff.topThirdCountryChanged ||
                      (diff.topThirdCountryShare ?? 0) !== 0 ||
                      (diff.hhi ?? 0) !== 0)));
              const change = diff ? differenceText(diff, d.unit) : '';
              const label = [
                `${m.name}, ${humanize(s)}: ${topThirdCountryText(reading, name)}`,
                reading.kind === 'share' ? `(${BAND_TEXT[band]})` : '',
              ]
                .filter(Boolean)
                .join(' ');
              return (
                <td key={s}>
                  <button
                    type="button"
                    className={`cell band-${band}${moved ? ' changed' : ''}`}
                    aria-pressed={selected === key}
                    aria-label={[
                      label,
                      note,
                      owners,
                      gaps,
                      was
                        ? moved
                          ? `scenario ${now}, baseline ${base}, changed by the scenario`
                          : 'unchanged by the scenario'
                        : '',
                      title,
                    ]
                      .filter(Boolean)
                      .join(', ')}
                    title={[
                      topThirdCountryText(reading, name),
                      note,
                      owners,
                      gaps,
                      moved ? `scenario: ${now}\nbaseline: ${base}` : '',
                    ]
                      .filter(Boolean)
                      .join('\n')}
                    onClick={() => onOpen(key)}
                  >
                    {reading.kind === 'share' && (
                      <>
                        <div className="share">{percent(reading.share, 0)}</div>
                        <div className="origin">{name(reading.origin)}</div>
                      </>
                    )}
                    {reading.kind === 'no-data' && <div className="share-missing">{NO_DATA}</div>}
                    {reading.kind === 'unknown' && (
                      <>
                        <div className="share-missing">
                          {reading.why === 'incomplete' ? IMPORTS_INCOMPLETE : IMPORTS_NOT_RECORDED}
                        </div>
                        <div className="origin">{THIRD_COUNTRY_UNKNOWN}</div>
                      </>
                    )}
                    {reading.kind === 'none-named' && <div className="origin">no third country named</div>}
                    {note && <div className="basis">{note}</div>}
                    {owners && <div className="basis">{owners}</div>}
                    {gaps && <div className="gapmark">{gaps}</div>}
                    {moved && (
                      <div className="was">
                        <div>scenario {now}</div>
                        <div>baseline {base}</div>
                        {change && <div>Δ {change}</div>}
                      </div>
                    )}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The API's difference of a cell in a few words: the total's change and the top third-country share's. */
function differenceText(diff: { total: number; topThirdCountryShare?: number | null }, unit: string): string {
  return [
    signedQuantity(diff.total, unit),
    diff.topThirdCountryShare != null && diff.topThirdCountryShare !== 0 ? signedPoints(diff.topThirdCountryShare) : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * A figure in a few words for the scenario and baseline lines of a cell: the top third-country reading and the total, both as
 * the API gives them (the total shows a scenario that moves supply without moving the top share).
 */
function figureText(
  d: Parameters<typeof readTopThirdCountry>[0] & { total: number; unit: string },
  name: (id: string) => string,
): string {
  const reading = readTopThirdCountry(d);
  const share = reading.kind === 'share' ? `${percent(reading.share, 0)} ${name(reading.origin)}` : '';
  const missing = reading.kind === 'no-data' ? NO_DATA : reading.kind === 'unknown' ? 'share unknown' : '';
  return [share || missing, reading.kind === 'no-data' ? '' : quantity(d.total, d.unit)].filter(Boolean).join(' · ');
}

/** The matrix as a table: every cell of both bases with what it rests on; missing figures stay empty, never 0. */
export function matrixCsv(
  halves: readonly { basis: string; cells: readonly MatrixCell[]; baseline?: readonly MatrixCell[] | undefined }[],
  names: ReadonlyMap<string, string>,
): string {
  const rows = halves.flatMap((h) => {
    const base = new Map((h.baseline ?? []).map((c) => [`${c.material}:${c.stage}`, c.dependency]));
    return h.cells.map((c) => ({ basis: h.basis, ...c, baseline: base.get(`${c.material}:${c.stage}`) }));
  });
  const name = (id: string) => names.get(id) ?? id;
  const known = (r: (typeof rows)[number]) => r.dependency.evidence !== 'NONE';
  const baseKnown = (r: (typeof rows)[number]) => r.baseline !== undefined && r.baseline.evidence !== 'NONE';
  // With a scenario the figures above are the scenario's; the stored data's follow as baseline columns.
  const baseline: CsvColumn<(typeof rows)[number]>[] = halves.some((h) => h.baseline)
    ? [
        { header: 'baseline evidence', value: (r) => r.baseline?.evidence },
        { header: 'baseline total', value: (r) => (baseKnown(r) ? r.baseline?.total : null) },
        { header: 'baseline produced in scope', value: (r) => (baseKnown(r) ? r.baseline?.producedInScope : null) },
        { header: 'baseline top third country', value: (r) => r.baseline?.topThirdCountry?.origin },
        { header: 'baseline top third-country share', value: (r) => r.baseline?.topThirdCountry?.share.toFixed(4) },
        {
          header: 'baseline reading',
          value: (r) => (r.baseline ? topThirdCountryText(readTopThirdCountry(r.baseline), name) : null),
        },
      ]
    : [];
  return toCsv(rows, [
    { header: 'basis', value: (r) => r.basis },
    { header: 'material', value: (r) => r.material },
    { header: 'stage', value: (r) => r.stage },
    { header: 'evidence', value: (r) => r.dependency.evidence },
    { header: 'total', value: (r) => (known(r) ? r.dependency.total : null) },
    { header: 'produced in scope', value: (r) => (known(r) ? r.dependency.producedInScope : null) },
    { header: 'unit', value: (r) => r.dependency.unit },
    { header: 'imports recorded', value: (r) => r.dependency.importsRecorded },
    { header: 'top third country', value: (r) => r.dependency.topThirdCountry?.origin },
    { header: 'top third-country share', value: (r) => r.dependency.topThirdCountry?.share.toFixed(4) },
    { header: 'reading', value: (r) => topThirdCountryText(readTopThirdCountry(r.dependency), name) },
    { header: 'coverage', value: (r) => (known(r) ? r.dependency.coverage.toFixed(4) : null) },
    // CONTROL only: how much of the total follows recorded owners (the rest is counted where produced).
    { header: 'ownership coverage', value: (r) => r.dependency.ownershipCoverage?.toFixed(4) },
    { header: 'plants standing in', value: (r) => r.dependency.standIns.length },
    { header: 'gaps', value: (r) => r.dependency.gaps.map((g) => g.id).join(' ') },
    ...baseline,
  ]);
}

/**
 * The dependency dashboard: material × stage matrices (LOCATION and CONTROL side by side) for a scope and year,
 * coloured against the 65 % benchmark; a cell opens its origin shares, look-through and contributing paths.
 */
export function DependencyView() {
  const { params, set } = useUrlState();
  const lookups = useLookups();
  const scope = params.get('scope') ?? 'EU';
  const year = Number(params.get('year') ?? 2024);
  const cell = params.get('cell');
  const scenario = useScenarioId();
  const { data, error, isLoading } = useQuery(DependencyMatrixDocument, { year, scope, scenario });
  // With a scenario, the baseline is the same matrix on the stored data (the request the view makes without one,
  // so it is usually cached already); nesting `baseline` in every cell would pass the API's depth limit.
  const baseline = useQuery(DependencyMatrixDocument, { year, scope, scenario: null }, { skip: scenario === null });
  const gaps = useQuery(DataGapsDocument, {});
  const materials = lookups.data?.materials ?? [];
  const [material, stage] = cell?.split(':') ?? [];
  const name = (id: string) => lookups.names.get(id) ?? id;
  return (
    <div className="page">
      <div className="page-head">
        <h1>Dependency dashboard</h1>
        <ScopeSelect
          value={scope}
          regions={lookups.data?.regions ?? []}
          countries={lookups.data?.countries ?? []}
          onChange={(v) => set({ scope: v })}
        />
        <YearSelect value={year} years={YEARS} onChange={(v) => set({ year: v })} />
        <div className="key" aria-label="Colour key">
          <span>
            <i className="band-low" /> below 50 %
          </span>
          <span>
            <i className="band-mid" /> 50–65 %
          </span>
          <span>
            <i className="band-high" /> ≥ 65 % (CRMA benchmark)
          </span>
          <span>
            <i className="band-unknown" /> {IMPORTS_NOT_RECORDED} or {IMPORTS_INCOMPLETE}
          </span>
          <span>
            <i className="band-none" /> {NO_DATA}
          </span>
        </div>
      </div>
      {error && <ErrorBox error={error} what="the dependency matrix" />}
      {baseline.error && <ErrorBox error={baseline.error} what="the baseline matrix (stored data)" />}
      {isLoading && !data && <Loading what="the dependency matrix" />}
      {data && data.location.every((c) => c.dependency.evidence === 'NONE') && (
        <Empty title={`No supply recorded for ${name(scope)} in ${year}: no data.`}>
          Try another year or scope; what the data lacks is listed below.
        </Empty>
      )}
      {data && (
        <div className="card">
          <div className="grid-2 grid-wrap">
            <Matrix
              title="Location"
              cells={data.location}
              baseline={scenario ? baseline.data?.location : undefined}
              materials={materials}
              names={lookups.names}
              selected={cell}
              onOpen={(key) => set({ cell: key === cell ? null : key })}
            />
            <Matrix
              title="Control"
              cells={data.control}
              baseline={scenario ? baseline.data?.control : undefined}
              materials={materials}
              names={lookups.names}
              selected={cell}
              onOpen={(key) => set({ cell: key === cell ? null : key })}
            />
          </div>
          <div className="toolbar">
            <span className="muted">
              A cell reads “{NO_DATA}” when no supply is recorded, “{IMPORTS_NOT_RECORDED}” or “{IMPORTS_INCOMPLETE}”
              when the scope’s production is known but not all of what comes in from outside it.
            </span>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `dependency-${scope}-${year}${scenario ? `-${scenario}` : ''}.csv`.toLowerCase(),
                  matrixCsv(
                    [
                      {
                        basis: 'LOCATION',
                        cells: data.location,
                        baseline: scenario ? baseline.data?.location : undefined,
                      },
                      {
                        basis: 'CONTROL',
                        cells: data.control,
                        baseline: scenario ? baseline.data?.control : undefined,
                      },
                    ],
                    lookups.names,
                  ),
                )
              }
            >
              Export matrix CSV
            </button>
          </div>
        </div>
      )}
      {material && stage && (
        <CellDetail
          material={material}
          stage={stage}
          year={year}
          scope={scope}
          scenario={scenario}
          upstream={params.get('upstream')}
          lookups={lookups}
          onUpstream={(v) => set({ upstream: v }, { replace: true })}
        />
      )}
      {gaps.data && gaps.data.dataGaps.length > 0 && (
        <details className="card" id="gaps">
          <summary>
            <strong>What the data lacks</strong> ({gaps.data.dataGaps.length}, by material and stage)
          </summary>
          <GapsList gaps={sortGaps(gaps.data.dataGaps, materials)} name={name} />
        </details>
      )}
    </div>
  );
}

/** Gaps in matrix order: by material (as the lookups list them), then by stage along the value chain. */
function sortGaps<G extends { material?: string | null; stage?: string | null; id: string }>(
  gaps: readonly G[],
  materials: readonly { id: string }[],
): G[] {
  const m = (g: G) => {
    const i = materials.findIndex((x) => x.id === g.material);
    return i < 0 ? materials.length : i;
  };
  const st = (g: G) => (g.stage ? STAGES.indexOf(g.stage as (typeof STAGES)[number]) : STAGES.length);
  return [...gaps].sort((a, b) => m(a) - m(b) || st(a) - st(b) || a.id.localeCompare(b.id));
}
