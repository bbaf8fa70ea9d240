import { SearchBox } from '../../components/SearchBox';
import { SharesChart } from '../../components/SharesChart';
import { ScopeSelect, YEARS, YearSelect } from '../../components/ScopeYear';
import { Empty, ErrorBox, Loading } from '../../components/Status';
import { EvidenceBadge } from '../../components/EvidenceBadge';
import type { InvestorBasis, OwnersOfQuery, Stage } from '../../gql/graphql';
import { NO_DATA, plants } from '../../lib/evidence';
import { downloadText, toCsv } from '../../lib/csv';
import { STAGES, humanize, percent, quantity } from '../../lib/format';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { InvestorRegionsVersus } from '../scenarios/InvestorRegionsVersus';
import { useScenarioId, useScenarios } from '../scenarios/use-scenarios';
import { InvestorRegionsDocument, OwnersOfDocument, OwnershipDocument } from './queries';

/** How many levels up the chain view walks before it says there is more (the API's ownership solves all of it). */
const CHAIN_LEVELS = 8;

type ChainLink = NonNullable<OwnersOfQuery['company']>['owners'][number];

interface ChainProps {
  links: readonly ChainLink[];
  effective: ReadonlyMap<string, number>;
  ultimate: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  onOpen: (id: string) => void;
  /** Ids already on the way from the entity up to here (a cross-holding stops the walk there). */
  path: readonly string[];
  root?: boolean;
}

/** The ownership chain as a tree: each owner with its direct share, its effective share, and its own owners. */
function Chain({ links, effective, ultimate, names, onOpen, path, root = false }: ChainProps) {
  if (links.length === 0) return null;
  return (
    <ul className={root ? 'chain chain-root' : 'chain'}>
      {links.map((l) => (
        <li key={l.owner.id}>
          <button
            type="button"
            className="link"
            onClick={() => onOpen(l.owner.id)}
            aria-label={[
              `${l.owner.name}, ${names.get(l.owner.country.id) ?? l.owner.country.id}: owns ${percent(l.share)} directly`,
              effective.has(l.owner.id) ? `effective ${percent(effective.get(l.owner.id))}` : '',
              ultimate.has(l.owner.id) ? 'ultimate owner' : '',
              'open its ownership',
            ]
              .filter(Boolean)
              .join(', ')}
          >
            {l.owner.name}
          </button>{' '}
          <span className="muted">{names.get(l.owner.country.id) ?? l.owner.country.id}</span> · owns {percent(l.share)}{' '}
          directly
          {effective.has(l.owner.id) && <> · effective {percent(effective.get(l.owner.id))}</>}
          {ultimate.has(l.owner.id) && <span className="badge">ultimate owner</span>}
          {path.includes(l.owner.id) ? (
            <span className="muted"> (held in a circle: the chain returns here)</span>
          ) : path.length >= CHAIN_LEVELS ? (
            <span className="muted"> (more levels: open this owner to follow them)</span>
          ) : (
            <OwnersOf
              id={l.owner.id}
              effective={effective}
              ultimate={ultimate}
              names={names}
              onOpen={onOpen}
              path={[...path, l.owner.id]}
            />
          )}
        </li>
      ))}
    </ul>
  );
}

/** A company's own owners, fetched when its line of the chain is shown. */
function OwnersOf({ id, ...rest }: Omit<ChainProps, 'links' | 'root'> & { id: string }) {
  const { data, error } = useQuery(OwnersOfDocument, { id });
  if (error) return <span className="state-error"> (its owners could not be loaded: {error.message})</span>;
  return data?.company ? <Chain links={data.company.owners} {...rest} /> : null;
}

/**
 * What the app-wide scenario does to the ownership chain, said on the page: no override kind (a plant's status or
 * capacity, an added plant, an export cut, the black-mass export ban, a recycling parameter) changes who owns whom,
 * so the chain is the stored data's under any scenario — except a plant the scenario adds, which exists only under
 * it, with no owner recorded. (Should an override ever change ownership, the API's ownership would answer a
 * baseline beside the scenario, and this note would give way to a side-by-side table.)
 */
function ScenarioOwnershipNote({ isAdded, name }: { isAdded: boolean; name: string }) {
  const { called } = useScenarios();
  if (!called) return null;
  return (
    <p className="state state-empty" role="note" aria-label="What the scenario changes in the ownership chain">
      {isAdded ? (
        <>
          <strong>
            {name} exists only under scenario {called}
          </strong>
          , which adds it; the stored data has no such plant. No owner is recorded for it, so its ownership is wholly
          unknown.
        </>
      ) : (
        <>
          <strong>Scenario {called} does not change this view.</strong> A scenario changes plants&apos; status and
          capacity, adds plants, cuts exports or bans black-mass exports — none of which changes who owns whom: the
          chain, the effective split and the controlling owner below are the same on the stored data and under the
          scenario. What it changes in capacity by investor region is shown below.
        </>
      )}
    </p>
  );
}

function OwnershipChain({ entity, names }: { entity: string; names: ReadonlyMap<string, string> }) {
  const { set } = useUrlState();
  const scenario = useScenarioId();
  const { data, error, isLoading } = useQuery(OwnershipDocument, { entity, scenario });
  if (error) return <ErrorBox error={error} what="the ownership chain" />;
  if (isLoading && !data) return <Loading what="the ownership chain" />;
  if (!data) return null;
  const subject = data.company ?? data.facility;
  const o = data.ownership;
  const effective = new Map(o.effectiveOwners.map((e) => [e.owner.id, e.share]));
  const ultimate = new Set(o.ultimateOwners.map((u) => u.owner.id));
  const links = subject?.owners ?? [];
  return (
    <section className="card" aria-label="Ownership chain">
      <h2>{subject?.name ?? entity}</h2>
      <ScenarioOwnershipNote isAdded={!subject} name={subject?.name ?? entity} />
      <div className="grid-2">
        <div>
          <h3>Ownership chain</h3>
          {links.length === 0 ? (
            <p className="muted">
              {data.company ? 'No recorded owners: the company is its own ultimate owner.' : 'No recorded owners.'}
            </p>
          ) : (
            <Chain
              root
              links={links}
              effective={effective}
              ultimate={ultimate}
              names={names}
              onOpen={(id) => set({ entity: id })}
              path={[entity]}
            />
          )}
        </div>
        <div>
          <h3>Ultimate owners (effective split)</h3>
          <table className="data" aria-label="Ultimate owners">
            <thead>
              <tr>
                <th>Owner</th>
                <th>Home country</th>
                <th className="num">Effective share</th>
              </tr>
            </thead>
            <tbody>
              {o.ultimateOwners.map((u) => (
                <tr key={u.owner.id}>
                  <td>
                    <button
                      type="button"
                      className="link"
                      onClick={() => set({ entity: u.owner.id })}
                      aria-label={`${u.owner.name}: effective share ${percent(u.share)}, open its ownership`}
                    >
                      {u.owner.name}
                    </button>
                  </td>
                  <td>{names.get(u.owner.country.id) ?? u.owner.country.id}</td>
                  <td className="num">{percent(u.share)}</td>
                </tr>
              ))}
              {o.unknownShare > 0 && (
                <tr>
                  <td>Unknown (not recorded)</td>
                  <td />
                  <td className="num">{percent(o.unknownShare)}</td>
                </tr>
              )}
            </tbody>
          </table>
          <h3>Controlling owner (who decides)</h3>
          {o.controller ? (
            <p aria-label="Controlling owner">
              <strong>{o.controller.name}</strong> ({names.get(o.controller.country.id) ?? o.controller.country.id})
              {o.controlChain.length > 1 && (
                <span className="muted"> · through {o.controlChain.map((c) => c.name).join(' → ')}</span>
              )}
            </p>
          ) : (
            <p aria-label="Controlling owner">
              <strong>Unknown</strong>
              <span className="muted"> · no owner of this {data.company ? 'company' : 'plant'} is recorded</span>
            </p>
          )}
          <h3>Effective split by home country (who holds the economic interest)</h3>
          <p>{o.byCountry.map((c) => `${names.get(c.origin) ?? c.origin} ${percent(c.share)}`).join(' · ') || '–'}</p>
          {!o.converged && <p className="state-error">Ownership is held in a circle; the rest is counted unknown.</p>}
        </div>
      </div>
    </section>
  );
}

function InvestorRegions({ names }: { names: ReadonlyMap<string, string> }) {
  const { params, set } = useUrlState();
  const lookups = useLookups();
  const stage = (params.get('stage') ?? 'CELL') as Stage;
  const year = Number(params.get('year') ?? 2024);
  const scope = params.get('scope') ?? 'EU';
  const by: InvestorBasis = params.get('by') === 'controller' ? 'CONTROLLER' : 'EFFECTIVE';
  const material = stage === 'CELL' ? 'cells' : (params.get('material') ?? 'lithium');
  const scenario = useScenarioId();
  const { data, error, isLoading } = useQuery(InvestorRegionsDocument, {
    stage,
    year,
    scope,
    material,
    by,
    scenario,
    withBaseline: scenario !== null,
  });
  const name = (id: string) => names.get(id) ?? id;
  const csvName =
    `capacity-${scope}-${stage}-${year}${by === 'CONTROLLER' ? '-controller' : ''}${scenario ? `-${scenario}` : ''}`.toLowerCase();
  const regions = data?.investorRegions;
  const location = data?.location;
  const unit = regions?.unit ?? location?.unit ?? '';
  const controlView = by === 'CONTROLLER' ? 'control (controller region)' : 'control (investor region)';
  const rows = data
    ? [
        ...data.location.shares.map((s) => ({ view: 'location (country)', ...s })),
        ...(data.location.evidence === 'NONE'
          ? []
          : [
              { view: 'location (country)', origin: 'TOTAL', value: data.location.total, share: 1 },
              {
                view: 'location (country)',
                origin: 'PRODUCED_IN_SCOPE',
                value: data.location.producedInScope,
                share: data.location.total > 0 ? data.location.producedInScope / data.location.total : 0,
              },
            ]),
        ...data.investorRegions.shares.map((s) => ({ view: controlView, ...s })),
        { view: controlView, origin: 'TOTAL', value: data.investorRegions.total, share: 1 },
      ]
    : [];
  const rowName = (origin: string) =>
    origin === 'TOTAL' ? 'Total' : origin === 'PRODUCED_IN_SCOPE' ? `Produced in ${name(scope)}` : name(origin);
  return (
    <section className="card" aria-label="Capacity by investor region">
      <div className="page-head">
        <h2>
          {name(scope)} {material === 'cells' ? 'cell' : name(material)} capacity by investor region
        </h2>
        <label className="field">
          <span>Stage</span>
          <select
            value={stage}
            onChange={(event) => set({ stage: event.target.value === 'CELL' ? null : event.target.value })}
          >
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {humanize(s)}
              </option>
            ))}
          </select>
        </label>
        {stage !== 'CELL' && (
          <label className="field">
            <span>Material</span>
            <select value={material} onChange={(event) => set({ material: event.target.value })}>
              {(lookups.data?.materials ?? []).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <YearSelect value={year} years={YEARS} onChange={(v) => set({ year: v })} />
        <ScopeSelect
          value={scope}
          regions={lookups.data?.regions ?? []}
          countries={lookups.data?.countries ?? []}
          allowGlobal={false}
          onChange={(v) => set({ scope: v })}
        />
        <label className="field">
          <span>Count a plant by</span>
          <select
            value={by}
            onChange={(event) => set({ by: event.target.value === 'CONTROLLER' ? 'controller' : null })}
          >
            <option value="EFFECTIVE">effective shares</option>
            <option value="CONTROLLER">its controller</option>
          </select>
        </label>
      </div>
      {error && <ErrorBox error={error} what="capacity by investor region" />}
      {isLoading && !data && <Loading what="capacity by investor region" />}
      {regions && location && regions.total === 0 && location.evidence === 'NONE' && (
        <Empty
          title={`${NO_DATA}: no ${humanize(stage).toLowerCase()} supply is recorded in ${name(scope)} for ${year}.`}
        >
          Installed capacity counts from the year it is built, while its plant is operating or ramping up.
        </Empty>
      )}
      {regions && location && (regions.total > 0 || location.evidence !== 'NONE') && (
        <>
          <p aria-label="Totals">
            Produced in {name(scope)}: <strong>{quantity(location.producedInScope, unit)}</strong>
            {/* Imports only where some are recorded and they add more than floating-point noise: beside "imports not
                recorded" a total equal to production read as a supply with imports. */}
            {location.importsRecorded !== false &&
              Math.abs(location.total - location.producedInScope) > 1e-9 * Math.max(1, location.total) && (
                <>
                  {' '}
                  (supply into {name(scope)} with imports: {quantity(location.total, unit)})
                </>
              )}{' '}
            · by investor region: <strong>{quantity(regions.total, unit)}</strong> across{' '}
            {plants(regions.facilities.length)}{' '}
            <EvidenceBadge
              basis={location}
              gapsHref={`/dependency?scope=${scope}&year=${year}&cell=${material}:${stage}#cell-gaps`}
            />
          </p>
          {regions.baseline && location.baseline && (
            <InvestorRegionsVersus
              baseline={{ regions: regions.baseline, location: location.baseline }}
              scenario={{ regions, location }}
              difference={regions.difference}
              unit={unit}
              scope={scope}
              name={name}
            />
          )}
          <div className="grid-2">
            <div>
              <h3>
                Location view: where {location.total !== location.producedInScope ? 'its supply' : 'it'} is produced
              </h3>
              {location.shares.length > 0 ? (
                <SharesChart label="Location view" shares={location.shares} names={names} width={560} unit={unit} />
              ) : (
                <p>{NO_DATA}</p>
              )}
            </div>
            <div>
              <h3>
                Control view:{' '}
                {by === 'CONTROLLER' ? 'region of each plant’s controlling owner' : 'who ultimately owns them'}
              </h3>
              <SharesChart
                label="Control view"
                shares={regions.shares}
                names={names}
                width={560}
                isRegions
                unit={unit}
              />
            </div>
          </div>
          <div className="page-head">
            <h3>Table</h3>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `${csvName}.csv`,
                  toCsv(rows, [
                    { header: 'view', value: (r) => r.view },
                    { header: 'origin', value: (r) => r.origin },
                    { header: 'name', value: (r) => rowName(r.origin) },
                    { header: `capacity (${unit})`, value: (r) => r.value },
                    { header: 'share', value: (r) => r.share.toFixed(4) },
                  ]),
                )
              }
            >
              Export CSV
            </button>
            <button
              type="button"
              onClick={() =>
                downloadText(
                  `${csvName}-plants.csv`,
                  toCsv(regions.facilities, [
                    { header: 'id', value: (f) => f.facility.id },
                    { header: 'name', value: (f) => f.facility.name },
                    { header: 'country', value: (f) => f.facility.country.id },
                    { header: 'operator', value: (f) => f.facility.operator?.name },
                    { header: 'status', value: (f) => f.facility.status },
                    { header: 'chemistry', value: (f) => f.facility.chemistry },
                    { header: `capacity ${year} (${unit})`, value: (f) => f.capacity },
                    { header: 'controller', value: (f) => f.controller?.name ?? 'UNKNOWN' },
                    { header: 'controller region', value: (f) => f.controllerRegion },
                  ]),
                )
              }
            >
              Export plants CSV
            </button>
          </div>
          <table className="data" aria-label="Capacity table">
            <thead>
              <tr>
                <th>View</th>
                <th>Origin</th>
                <th className="num">Capacity ({unit})</th>
                <th className="num">Share</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.view}:${r.origin}`} className={r.origin === 'TOTAL' ? 'total' : undefined}>
                  <td>{r.view}</td>
                  <td>{rowName(r.origin)}</td>
                  <td className="num">{quantity(r.value)}</td>
                  <td className="num">{percent(r.share)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <details>
            <summary>Plants counted ({plants(regions.facilities.length)}), with their controlling owner</summary>
            <table className="data" aria-label="Plants counted">
              <thead>
                <tr>
                  <th>Plant</th>
                  <th>Country</th>
                  <th>Controlling owner</th>
                  <th>Its region</th>
                  <th className="num">
                    Capacity {year} ({unit})
                  </th>
                </tr>
              </thead>
              <tbody>
                {regions.facilities.map((f) => (
                  <tr key={f.facility.id}>
                    <td>
                      <button
                        type="button"
                        className="link"
                        onClick={() => set({ entity: f.facility.id })}
                        aria-label={`${f.facility.name}, ${name(f.facility.country.id)}: ${quantity(f.capacity, unit)} in ${year}, controlled by ${f.controller?.name ?? 'unknown'} (${name(f.controllerRegion)}), open its ownership`}
                      >
                        {f.facility.name}
                      </button>
                    </td>
                    <td>{name(f.facility.country.id)}</td>
                    <td>{f.controller?.name ?? 'Unknown'}</td>
                    <td>{name(f.controllerRegion)}</td>
                    <td className="num">{quantity(f.capacity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
          {regions.assumptions.length > 0 && (
            <details>
              <summary>Assumptions</summary>
              <ul className="sources">
                {regions.assumptions.map((a) => (
                  <li key={a}>{a}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}

/** The ownership explorer: any company's or facility's chain to its ultimate owners, and capacity by investor region. */
export function OwnershipView() {
  const { params, set } = useUrlState();
  const lookups = useLookups();
  const entity = params.get('entity');
  return (
    <div className="page">
      <div className="page-head">
        <h1>Ownership explorer</h1>
        <SearchBox
          label="Find a company or facility"
          kinds={['company', 'facility']}
          onChoose={(hit) => set({ entity: hit.id })}
        />
      </div>
      {entity ? (
        <OwnershipChain entity={entity} names={lookups.names} />
      ) : (
        <Empty title="Pick a company or facility to see who ultimately owns it." />
      )}
      <InvestorRegions names={lookups.names} />
    </div>
  );
}
