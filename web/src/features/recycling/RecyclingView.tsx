import { useQueries } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { GapsList } from '../../components/GapsList';
import { ScopeSelect } from '../../components/ScopeYear';
import { SourceCitation } from '../../components/SourceCitation';
import { ErrorBox, Loading } from '../../components/Status';
import type { RecyclingQuery } from '../../gql/graphql';
import { NO_DATA } from '../../lib/evidence';
import { humanize, percent, quantity } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { PARAMETER_KINDS, PARAMETER_METALS, UNIT_OF_KIND } from '../../lib/recycling-terms';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { BalanceSankey } from './BalanceSankey';
import { formatOverrides, overridesInput, parseOverrides, withOverride, type ParameterOverride } from './overrides';
import { RecoveredByYearDocument, RecyclingDocument } from './queries';
import { restsOn } from './rests-on';
import './recycling.css';

type Result = RecyclingQuery['recycling'];
type Figures = Omit<Result, 'parameters' | 'gaps' | 'sources' | 'baseline'>;

/** Years the view offers: the recycling data's years and the Batteries Regulation's target years. */
export const RECYCLING_YEARS = [2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2035, 2036];
/** Years of the recovered-metal-by-year table: now to the 2031 recovery targets. */
const BY_YEAR = [2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031];
const DEFAULT_YEAR = 2025;

/** Width of an element, followed as the window changes (charts are drawn at a fixed pixel width). */
function useWidth(): [(element: HTMLDivElement | null) => void, number] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    if (!element) return undefined;
    const observer = new ResizeObserver(() => setWidth(Math.floor(element.clientWidth)));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

/**
 * "4,000 t (estimate)", "108 t Li (estimate, 81–135 t Li)" when the API gives the range the parameters span,
 * "no data", or the figure as it is.
 */
function tonnes(value: number, unit: string, basis?: string, low?: number | null, high?: number | null): string {
  if (basis === 'NONE') return NO_DATA;
  if (basis !== 'PARAMETER') return quantity(value, unit);
  const range =
    low != null && high != null && quantity(low, unit) !== quantity(high, unit)
      ? `, ${quantity(low)}–${quantity(high, unit)}`
      : '';
  return `${quantity(value, unit)} (estimate${range})`;
}

/** A recycled-content share: "0.5 % (estimate, 0.36–0.80 %)", or "… at least 0.34 %, no upper bound". */
function shareText(c: Figures['recycledContent'][number]): string {
  if (c.share == null) return NO_DATA;
  const digits = (x: number) => (Math.abs(x) < 0.1 ? 2 : 1);
  const low = c.shareLow;
  const high = c.shareHigh;
  if (low == null) return `${percent(c.share, digits(c.share))} (estimate)`;
  const range =
    high == null
      ? `at least ${percent(low, digits(low))}, no upper bound`
      : `${percent(low, digits(low))}–${percent(high, digits(high))}`;
  return `${percent(c.share, digits(c.share))} (estimate, ${range})`;
}

/** Whether the range the parameters span reaches the minimum while the central figure does not, or the reverse. */
function straddles(c: Figures['recycledContent'][number]): boolean {
  if (c.minimum == null || c.shareLow == null) return false;
  return c.shareLow < c.minimum && (c.shareHigh == null || c.shareHigh >= c.minimum);
}

/** One column of the balance table: the API's figures for one question (stored data, ban or scenario). */
function balanceRows(f: Figures): [string, string][] {
  // processedBasis NONE: no hydrometallurgical capacity published, or its feed unknown — processing, the deficit
  // and the surplus are then no data (the API's 0 placeholders are not figures).
  const noProcessing = f.processedBasis === 'NONE';
  const unrecorded = 'not recorded (no black-mass flows in the data)';
  return [
    ['Battery input to pre-treatment', quantity(f.batteryInput, f.unit)],
    ['Battery input smelted (makes no black mass)', quantity(f.smeltingInput, f.unit)],
    ['Black mass produced', tonnes(f.blackMass, f.unit, f.blackMassBasis)],
    ['Black mass imported', f.flowsRecorded ? quantity(f.imported, f.unit) : unrecorded],
    [
      'Processed by hydrometallurgy in the scope',
      noProcessing ? NO_DATA : tonnes(f.processedInScope, f.unit, f.processedBasis),
    ],
    ['Hydrometallurgical capacity', quantity(f.hydrometCapacity, f.unit)],
    // capacity − processed: an estimate when what is processed is (the API's processedBasis covers both).
    [
      'Capacity without recorded feed (deficit)',
      noProcessing ? NO_DATA : tonnes(f.hydrometFree, f.unit, f.processedBasis),
    ],
    ['Black mass exported', f.flowsRecorded ? quantity(f.exported, f.unit) : unrecorded],
    // The surplus is black mass too: an estimate when the black mass rests on the yield.
    [
      'No recorded destination (surplus)',
      noProcessing
        ? NO_DATA
        : tonnes(f.unallocated, f.unit, f.blackMassBasis === 'PARAMETER' ? 'PARAMETER' : undefined),
    ],
    [
      'Kept in the scope by the export ban',
      !f.exportBan
        ? 'no ban'
        : f.flowsRecorded
          ? quantity(f.keptByBan, f.unit)
          : 'unknown (no black-mass flows recorded)',
    ],
  ];
}

/** The heading of a column: what question its figures answer. */
function columnTitle(f: Figures): string {
  if (f.scenario) return `Scenario ${f.scenario}${f.exportBan ? ' (with the export ban)' : ''}`;
  return f.exportBan ? 'With the export ban' : 'Stored data';
}

function BalanceTable({ columns }: { columns: readonly Figures[] }) {
  const rows = columns.map(balanceRows);
  const labels = rows[0]?.map(([label]) => label) ?? [];
  return (
    <table className="data" aria-label="Black-mass balance">
      <thead>
        <tr>
          <th scope="col">t per year</th>
          {columns.map((c, i) => (
            <th key={i} scope="col" className="num">
              {columnTitle(c)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {labels.map((label, r) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {rows.map((column, c) => (
              <td key={c} className="num">
                {column[r]?.[1]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function targetText(m: Figures['recovered'][number]): string {
  if (m.targetRate == null || m.targetYear == null) return 'no Batteries Regulation target';
  return `${percent(m.targetRate, 0)} by end-${m.targetYear}${m.targetInForce ? ' (in force)' : ' (not yet in force)'}`;
}

/**
 * The recovery rate: a PARAMETER figure's rate rests on the assumed RECOVERY_EFFICIENCY (on the bundled data it is
 * that parameter itself), so it is an estimate, never a measured rate.
 */
function rateText(m: Figures['recovered'][number]): string {
  if (!m.recoveryRateKnown) return 'unknown';
  return `${percent(m.recoveryRate)}${m.basis === 'PARAMETER' ? ' (estimate)' : ''}`;
}

/** Whether the target is met: only a rate resting on stated capacities can say; an assumed efficiency cannot. */
function meetsText(m: Figures['recovered'][number]): string {
  if (m.basis === 'PARAMETER' && m.recoveryRateKnown && m.targetRate != null)
    return 'not measured (the rate rests on an assumed recovery efficiency)';
  if (m.meetsTarget === null || m.meetsTarget === undefined) return '–';
  return m.meetsTarget ? 'yes' : 'no';
}

function RecoveredTable({ f, names, label }: { f: Figures; names: ReadonlyMap<string, string>; label: string }) {
  const name = (id: string) => names.get(id) ?? id;
  return (
    <table className="data" aria-label={label}>
      <thead>
        <tr>
          <th>Metal</th>
          <th className="num">Recovered</th>
          <th>By recovering country</th>
          <th className="num">Recovery rate</th>
          <th>Batteries Regulation target</th>
          <th>Meets it</th>
        </tr>
      </thead>
      <tbody>
        {f.recovered.map((m) => (
          <tr key={m.material}>
            <td>{name(m.material)}</td>
            <td className="num">
              {tonnes(m.value, m.unit, m.basis, m.low, m.high)}
              {m.basis === 'NONE' && m.reason && <div className="muted reason">{m.reason}</div>}
              {m.basis === 'PARAMETER' && <div className="muted reason">{restsOn(m.parameters)}</div>}
            </td>
            <td>
              {m.byCountry.length === 0
                ? '–'
                : m.byCountry.map((c) => `${name(c.origin)} ${quantity(c.value, m.unit)}`).join(' · ')}
            </td>
            <td className="num">{rateText(m)}</td>
            <td>{targetText(m)}</td>
            <td>{meetsText(m)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RecycledContentTable({ f, names, label }: { f: Figures; names: ReadonlyMap<string, string>; label: string }) {
  const name = (id: string) => names.get(id) ?? id;
  return (
    <table className="data" aria-label={label}>
      <thead>
        <tr>
          <th>Metal</th>
          <th className="num">Recovered</th>
          <th className="num">Needed by the scope&apos;s cell capacity</th>
          <th className="num">Recycled content</th>
          <th>Minimum</th>
          <th>Status</th>
        </tr>
      </thead>
      <tbody>
        {f.recycledContent.map((c) => {
          const unit = f.recovered.find((m) => m.material === c.material)?.unit ?? 't';
          const recoveredBasis = f.recovered.find((m) => m.material === c.material)?.basis;
          return (
            <tr key={c.material}>
              <td>{name(c.material)}</td>
              <td className="num">
                {c.share == null
                  ? tonnes(c.recovered, unit, recoveredBasis)
                  : tonnes(c.recovered, unit, recoveredBasis, c.recoveredLow, c.recoveredHigh)}
              </td>
              <td className="num">
                {c.cellDemand == null
                  ? NO_DATA
                  : tonnes(c.cellDemand, unit, c.basis, c.cellDemandLow, c.cellDemandHigh)}
                {c.cellDemand != null && c.parameters.length > 0 && (
                  <div className="muted reason">{restsOn(c.parameters)}</div>
                )}
              </td>
              <td className="num">{shareText(c)}</td>
              <td>
                {c.minimum == null
                  ? '–'
                  : `${percent(c.minimum, 0)} from ${c.targetYear ?? '–'}${c.inForce ? ' (in force)' : ' (not yet in force)'}`}
              </td>
              <td>
                {c.status === 'NO_BASELINE' ? 'No baseline' : humanize(c.status)}
                {straddles(c) && ' at the central values only: the range reaches the minimum'}
                {c.reason && <div className="muted reason">{c.reason}</div>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** A number input that commits on Enter or when it loses focus (one request per value, not per keystroke). */
function OverrideInput({ label, value, onCommit }: { label: string; value: number; onCommit: (v: number) => void }) {
  return (
    <input
      key={value}
      type="number"
      step="any"
      min={0}
      defaultValue={value}
      aria-label={label}
      className="override"
      onKeyDown={(event) => {
        if (event.key === 'Enter') event.currentTarget.blur();
      }}
      onBlur={(event) => {
        const next = Number(event.currentTarget.value);
        if (event.currentTarget.value !== '' && Number.isFinite(next) && next !== value) onCommit(next);
      }}
    />
  );
}

function ParametersTable({
  parameters,
  overrides,
  names,
  onOverride,
}: {
  parameters: Result['parameters'];
  overrides: readonly ParameterOverride[];
  names: ReadonlyMap<string, string>;
  onOverride: (
    parameter: { key: string; kind: string; material?: string | null; chemistry?: string | null },
    value: number | null,
  ) => void;
}) {
  const [kind, setKind] = useState<string>('BLACK_MASS_YIELD');
  const [metal, setMetal] = useState<string>('lithium');
  const [chemistry, setChemistry] = useState('');
  const [value, setValue] = useState('');
  const needsMetal = kind !== 'BLACK_MASS_YIELD';
  return (
    <>
      {parameters.length === 0 ? (
        <p className="state state-empty" role="note" aria-label="No parameters">
          The data holds no recycling parameter these figures could use: black mass from battery input and recovered
          metal from black mass cannot be estimated, so they read <strong>{NO_DATA}</strong>. Set a value below to see
          an estimate resting on it.
        </p>
      ) : (
        <table className="data" aria-label="Parameters in use">
          <thead>
            <tr>
              <th>Parameter</th>
              <th>Metal</th>
              <th>Chemistry</th>
              <th className="num">Value</th>
              <th className="num">Low–high</th>
              <th>Unit</th>
              <th>Sources</th>
              <th>Use instead</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((p) => (
              <tr key={p.key} className={p.overridden ? 'overridden' : undefined}>
                <td>
                  {humanize(p.kind)}
                  {p.overridden && <div className="muted">overridden{p.notes ? ` — ${p.notes}` : ''}</div>}
                </td>
                <td>{p.material ? (names.get(p.material) ?? p.material) : '–'}</td>
                <td>{p.chemistry ?? 'mixed'}</td>
                <td className="num">{p.value}</td>
                <td className="num">{p.low != null && p.high != null ? `${p.low}–${p.high}` : 'no range given'}</td>
                <td>{p.unit}</td>
                <td>
                  {p.sources.length === 0 ? (
                    p.overridden ? (
                      'set in this query or scenario'
                    ) : (
                      '–'
                    )
                  ) : (
                    <ul className="sources">
                      {p.sources.map((s) => (
                        <li key={s.id}>
                          <SourceCitation source={s} />
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                <td>
                  <OverrideInput label={`Use instead of ${p.key}`} value={p.value} onCommit={(v) => onOverride(p, v)} />
                  {overrides.some((o) => o.key === p.key) && (
                    <button type="button" className="link" onClick={() => onOverride(p, null)}>
                      Reset
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="add-parameter"
        aria-label="Set a parameter"
        onSubmit={(event) => {
          event.preventDefault();
          const v = Number(value);
          if (value === '' || !Number.isFinite(v)) return;
          const m = needsMetal ? metal : '';
          const c = kind === 'MATERIAL_INTENSITY' || kind === 'BLACK_MASS_CONTENT' ? chemistry.trim() : '';
          onOverride({ key: `${kind}|${m}|${c}`, kind, material: m || null, chemistry: c || null }, v);
          setValue('');
        }}
      >
        <span>Set a parameter for this question:</span>
        <select aria-label="Parameter kind" value={kind} onChange={(event) => setKind(event.target.value)}>
          {PARAMETER_KINDS.map((k) => (
            <option key={k} value={k}>
              {humanize(k)}
            </option>
          ))}
        </select>
        {needsMetal && (
          <select aria-label="Metal" value={metal} onChange={(event) => setMetal(event.target.value)}>
            {PARAMETER_METALS.map((m) => (
              <option key={m} value={m}>
                {names.get(m) ?? m}
              </option>
            ))}
          </select>
        )}
        {(kind === 'MATERIAL_INTENSITY' || kind === 'BLACK_MASS_CONTENT') && (
          <input
            aria-label="Chemistry"
            placeholder="chemistry (empty = mixed)"
            value={chemistry}
            onChange={(event) => setChemistry(event.target.value)}
          />
        )}
        <input
          aria-label="Value"
          type="number"
          step="any"
          min={0}
          value={value}
          placeholder={UNIT_OF_KIND[kind]}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit">Use</button>
      </form>
    </>
  );
}

/** Recovered metal by year against the recovery target of each year (one cached request per year). */
function RecoveredByYear({
  variables,
  names,
}: {
  variables: {
    scope: string;
    scenario: string | null;
    exportBan: boolean | null;
    parameters: ReturnType<typeof overridesInput>;
  };
  names: ReadonlyMap<string, string>;
}) {
  const results = useQueries({
    queries: BY_YEAR.map((year) => ({
      queryKey: [RecoveredByYearDocument.toString(), { ...variables, year }],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        request(RecoveredByYearDocument, { ...variables, year }, signal),
    })),
  });
  const error = results.find((r) => r.error)?.error;
  if (error) return <ErrorBox error={error} what="recovered metal by year" />;
  if (results.some((r) => !r.data)) return <Loading what="recovered metal by year" />;
  const years = results.map((r) => r.data?.recycling).filter((r) => r !== undefined);
  const metals = years[0]?.recovered.map((m) => m.material) ?? [];
  return (
    <table className="data" aria-label="Recovered metal by year">
      <thead>
        <tr>
          <th>Metal</th>
          {years.map((y) => (
            <th key={y.year} className="num">
              {y.year}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {metals.map((material) => (
          <tr key={material}>
            <th scope="row">{names.get(material) ?? material}</th>
            {years.map((y) => {
              const m = y.recovered.find((x) => x.material === material);
              if (!m) return <td key={y.year}>–</td>;
              return (
                <td key={y.year} className="num">
                  {tonnes(m.value, m.unit, m.basis, m.low, m.high)}
                  <div className="muted">
                    {m.recoveryRateKnown
                      ? `rate ${percent(m.recoveryRate, 0)}${m.basis === 'PARAMETER' ? ' (estimate)' : ''}`
                      : 'rate unknown'}
                    {m.targetRate != null && ` · target ${percent(m.targetRate, 0)}${m.targetInForce ? '' : ' (next)'}`}
                  </div>
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
 * One table per column (stored data, then the ban or scenario), side by side; the last column's table is the
 * question asked (labelled plainly), the others are labelled ", stored data".
 */
function SideBySide({
  columns,
  label,
  table: Table,
  names,
}: {
  columns: readonly Figures[];
  label: string;
  table: (props: { f: Figures; names: ReadonlyMap<string, string>; label: string }) => React.ReactNode;
  names: ReadonlyMap<string, string>;
}) {
  return (
    <div className={columns.length > 1 ? 'grid-2' : undefined}>
      {columns.map((c, i) => (
        <div key={i}>
          {columns.length > 1 && <h3>{columnTitle(c)}</h3>}
          <Table f={c} names={names} label={i === columns.length - 1 ? label : `${label}, stored data`} />
        </div>
      ))}
    </div>
  );
}

/**
 * The recycling planner's view (SPEC 4.7, issue 11): the black-mass balance of a scope in a year as a Sankey and
 * a table, recovered metal against the Batteries Regulation recovery targets (that year and by year), recovered
 * metal against the recycled-content minimums, the export ban side by side with the stored data, and every
 * parameter the figures rest on with its range and sources, each overridable for the question asked. Every
 * figure is the API's `recycling`; where it has none the page says "no data" or "not recorded".
 */
export function RecyclingView() {
  const { params, set } = useUrlState();
  const lookups = useLookups();
  const names = lookups.names;
  const scope = params.get('scope') ?? 'EU';
  const year = Number(params.get('year') ?? DEFAULT_YEAR);
  const isBan = params.get('ban') === '1';
  const scenario = params.get('scenario');
  const overrides = parseOverrides(params.get('p'));
  const variables = {
    scope,
    year,
    scenario: scenario || null,
    exportBan: isBan ? true : null,
    parameters: overridesInput(overrides),
  };
  const { data, error, isLoading } = useQuery(RecyclingDocument, variables);
  const [sankeys, width] = useWidth();
  const r = data?.recycling;
  const columns: Figures[] = r ? (r.baseline ? [r.baseline, r] : [r]) : [];
  const isSideBySide = columns.length > 1 && width >= 1200;
  const units = new Map((lookups.data?.materials ?? []).map((m) => [m.id, m.unit]));
  const setOverride = (
    parameter: { key: string; kind: string; material?: string | null; chemistry?: string | null },
    value: number | null,
  ) => set({ p: formatOverrides(withOverride(overrides, parameter, value)) });
  return (
    <div className="page recycling">
      <div className="page-head">
        <h1>Recycling</h1>
        <ScopeSelect
          value={scope}
          regions={lookups.data?.regions ?? []}
          countries={lookups.data?.countries ?? []}
          onChange={(v) => set({ scope: v })}
        />
        <label className="field">
          <span>Year</span>
          <select value={year} onChange={(event) => set({ year: event.target.value })}>
            {(RECYCLING_YEARS.includes(year) ? RECYCLING_YEARS : [...RECYCLING_YEARS, year].sort()).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label className="field switch">
          <input
            type="checkbox"
            checked={isBan}
            onChange={(event) => set({ ban: event.target.checked ? '1' : null })}
          />
          <span>Black-mass export ban (to non-OECD countries; Delegated Decision (EU) 2025/934, from 9 Nov 2026)</span>
        </label>
        {scenario && <span className="badge">Scenario {scenario}</span>}
        {overrides.length > 0 && (
          <button type="button" className="link" onClick={() => set({ p: null })}>
            Reset {overrides.length === 1 ? 'the parameter' : `the ${overrides.length} parameters`} to the data&apos;s
          </button>
        )}
        {isLoading && data && <span className="muted">Updating…</span>}
      </div>
      {error && <ErrorBox error={error} what="the recycling figures" />}
      {isLoading && !data && <Loading what="the recycling figures" />}
      {r && (
        <>
          <section className="card" aria-label="Balance">
            <h2>
              Black-mass balance · {names.get(scope) ?? scope} · {year}
            </h2>
            <div className="grid-2 balance-head">
              <BalanceTable columns={columns} />
              <div>
                <h3>What these figures rest on</h3>
                <ul className="notes" aria-label="Notes">
                  {r.notes.map((n) => (
                    <li key={n}>{n}</li>
                  ))}
                </ul>
              </div>
            </div>
            {/* Side by side only where each Sankey keeps room for its labels; below that one above the other. */}
            <div className={isSideBySide ? 'sankeys sankeys-2' : 'sankeys'} ref={sankeys}>
              {columns.map((c, i) => (
                <div key={i}>
                  {columns.length > 1 && <h3>{columnTitle(c)}</h3>}
                  {c.links.some((l) => l.value > 0) ? (
                    <BalanceSankey
                      label={`Black-mass balance, ${columnTitle(c)}`}
                      nodes={c.nodes}
                      links={c.links}
                      units={units}
                      width={Math.max(320, isSideBySide ? Math.floor((width - 16) / 2) : width)}
                    />
                  ) : (
                    <p className="state state-empty">No flow of the balance is known for this scope and year.</p>
                  )}
                  {c.blackMassBasis === 'NONE' && (
                    <p className="muted" role="note" aria-label="Black mass: no data">
                      Black mass: <strong>{NO_DATA}</strong> — no plant publishes its black-mass output and no
                      black-mass yield is in the parameters, so the balance stops at the pre-treatment plants.
                    </p>
                  )}
                </div>
              ))}
            </div>
          </section>
          <section className="card" aria-label="Recovered metal">
            <h2>Recovered metal against the Batteries Regulation recovery targets</h2>
            <p className="muted">
              Recovery targets (Regulation (EU) 2023/1542): by end-2027 lithium 50 %, cobalt and nickel 90 %; by
              end-2031 lithium 80 %, cobalt and nickel 95 %. The rate is the hydrometallurgical step&apos;s: recovered
              metal over the metal contained in the black mass processed.
            </p>
            <SideBySide columns={columns} label="Recovered metal" table={RecoveredTable} names={names} />
            <h3>By year</h3>
            <RecoveredByYear variables={variables} names={names} />
          </section>
          <section className="card" aria-label="Recycled content">
            <h2>Recycled content against the minimums for the scope&apos;s cell production</h2>
            <p className="muted">
              Minimums (Regulation (EU) 2023/1542): from 2031 cobalt 16 %, lithium 6 %, nickel 6 %; from 2036 cobalt 26
              %, lithium 12 %, nickel 15 %. Recycled content = recovered metal / the metal the scope&apos;s installed
              cell capacity in supply would need (GWh of plants operating or ramping up × material intensity by
              chemistry; capacity, not output, as no EU cell-output statistic is in the data), counting every recovered
              tonne as if it went into those cells. An estimate resting on parameters: the range is each parameter at
              the low, then the high end of its own range.
            </p>
            <SideBySide columns={columns} label="Recycled content" table={RecycledContentTable} names={names} />
          </section>
          <section className="card" aria-label="Parameters">
            <h2>Parameters in use</h2>
            <ParametersTable parameters={r.parameters} overrides={overrides} names={names} onOverride={setOverride} />
          </section>
          {r.gaps.length > 0 && (
            <section className="card" aria-label="What the data lacks">
              <h2>What the data lacks</h2>
              <GapsList gaps={r.gaps} name={(id) => names.get(id) ?? id} label="What the data lacks for recycling" />
            </section>
          )}
          {r.sources.length > 0 && (
            <section className="card" aria-label="Sources">
              <h2>Sources</h2>
              <ul className="sources">
                {r.sources.map((s) => (
                  <li key={s.id}>
                    <SourceCitation source={s} />
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
