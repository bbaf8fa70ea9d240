import { Empty, ErrorBox, Loading } from '../../components/Status';
import { ScopeSelect, YEARS, YearSelect } from '../../components/ScopeYear';
import type { DependencyMatrixQuery } from '../../gql/graphql';
import { STAGES, humanize, percent } from '../../lib/format';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { BAND_TEXT, dependencyBand, coverageNote } from './bands';
import { CellDetail } from './CellDetail';
import { DependencyMatrixDocument } from './queries';

type MatrixCell = DependencyMatrixQuery['location'][number];

function Matrix({
  title,
  cells,
  materials,
  names,
  selected,
  onOpen,
}: {
  title: string;
  cells: readonly MatrixCell[];
  materials: readonly { id: string; name: string }[];
  names: ReadonlyMap<string, string>;
  selected: string | null;
  onOpen: (key: string) => void;
}) {
  const byKey = new Map(cells.map((c) => [`${c.material}:${c.stage}`, c]));
  const rows = materials.filter((m) => cells.some((c) => c.material === m.id));
  return (
    <table className="matrix" aria-label={`${title} matrix`}>
      <caption className="muted">{title}: top third-country share</caption>
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
              const cell = byKey.get(key);
              const top = cell?.dependency.topThirdCountry;
              const band = dependencyBand(cell?.dependency.total ?? 0, top?.share);
              const origin = top ? (names.get(top.origin) ?? top.origin) : '';
              const basis = cell ? coverageNote(cell.dependency.total, cell.dependency.coverage) : '';
              return (
                <td key={s}>
                  <button
                    type="button"
                    className={`cell band-${band}${band === 'empty' ? ' empty' : ''}`}
                    aria-pressed={selected === key}
                    aria-label={`${m.name}, ${humanize(s)}: ${top ? `${percent(top.share)} from ${origin}` : 'no third-country supply'} (${BAND_TEXT[band]})${basis ? `, ${basis}` : ''}, ${title}`}
                    onClick={() => onOpen(key)}
                  >
                    {top ? (
                      <>
                        <div className="share">{percent(top.share, 0)}</div>
                        <div className="origin">{origin}</div>
                        {basis && <div className="basis">{basis}</div>}
                      </>
                    ) : (
                      <div className="origin">{(cell?.dependency.total ?? 0) > 0 ? 'in scope' : '—'}</div>
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
  const { data, error, isLoading } = useQuery(DependencyMatrixDocument, { year, scope });
  const materials = lookups.data?.materials ?? [];
  const [material, stage] = cell?.split(':') ?? [];
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
            <i className="empty" style={{ background: '#f0f2f5' }} /> no supply recorded
          </span>
        </div>
      </div>
      {error && <ErrorBox error={error} what="the dependency matrix" />}
      {isLoading && !data && <Loading what="the dependency matrix" />}
      {data && data.location.every((c) => c.dependency.total === 0) && (
        <Empty title={`No supply recorded for ${lookups.names.get(scope) ?? scope} in ${year}.`}>
          Try another year or scope.
        </Empty>
      )}
      {data && (
        <div className="grid-2 card">
          <Matrix
            title="Location"
            cells={data.location}
            materials={materials}
            names={lookups.names}
            selected={cell}
            onOpen={(key) => set({ cell: key === cell ? null : key })}
          />
          <Matrix
            title="Control"
            cells={data.control}
            materials={materials}
            names={lookups.names}
            selected={cell}
            onOpen={(key) => set({ cell: key === cell ? null : key })}
          />
        </div>
      )}
      {material && stage && (
        <CellDetail
          material={material}
          stage={stage}
          year={year}
          scope={scope}
          upstream={params.get('upstream')}
          lookups={lookups}
          onUpstream={(v) => set({ upstream: v }, { replace: true })}
        />
      )}
    </div>
  );
}
