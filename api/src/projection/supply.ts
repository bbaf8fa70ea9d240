/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts). */
import { supplyEntry, type FacilitySupply } from './capacity.js';
import { STAGE_INDEX, bucket, cellKey, materialStageKey, type Projection } from './projection.js';
import { estimatedBlackMassByPlant, recoveredMetalByCountry, type RecoveredSupply } from './recycling.js';
import { GLOBAL, type Scope } from './scope.js';

export type { FacilitySupply } from './capacity.js';

const BLACK_MASS = 'black-mass';

/**
 * The one supply function (SPEC 4.0 + 4.1). Shares, the CONTROL basis, investor-region totals, look-through,
 * targets and scenarios all take their supply from here; no other module reads production, flow or capacity rows
 * to make a supply figure.
 */

/** Collects the rows behind a figure and turns them into source ids at the end. */
export class SourceCollector {
  readonly production = new Set<number>();
  readonly flows = new Set<number>();
  readonly capacities = new Set<number>();
  readonly ownership = new Set<number>();
  /** Source ids collected directly (e.g. the recycling figures' capacity rows and parameters). */
  readonly direct = new Set<string>();

  ids(p: Projection): string[] {
    const out = new Set<string>(this.direct);
    const add = (rows: Set<number>, list: readonly { sources: string[] }[]) => {
      for (const r of rows) for (const s of list[r]!.sources) out.add(s);
    };
    add(this.production, p.dataset.production);
    add(this.flows, p.dataset.flows);
    add(this.capacities, p.dataset.capacities);
    add(this.ownership, p.dataset.ownership);
    return [...out].sort();
  }
}

/** Everything recorded for one (material, stage, year) cell, before a scope is applied. */
export interface CellSupply {
  m: number;
  s: number;
  y: number;
  /** Production statistic by country (rows summed), every country. */
  production: ReadonlyMap<number, number>;
  productionRows: Int32Array;
  /** Facilities of that stage that supply the material that year, by country (every country). */
  facilities: ReadonlyMap<number, readonly FacilitySupply[]>;
  /** Flow rows of the cell. */
  flowRows: Int32Array;
}

const cells = new WeakMap<Projection, Map<number, CellSupply>>();

/** The recorded supply of one cell (memoised per projection). */
export function cellSupply(p: Projection, m: number, s: number, y: number): CellSupply {
  let memo = cells.get(p);
  if (!memo) cells.set(p, (memo = new Map()));
  const key = cellKey(m, s, y);
  const hit = memo.get(key);
  if (hit) return hit;
  const productionRows = bucket(p.prodByKey, key);
  const production = new Map<number, number>();
  for (const r of productionRows) {
    const c = p.prodCountry[r]!;
    production.set(c, (production.get(c) ?? 0) + p.prodValue[r]!);
  }
  const facilities = new Map<number, FacilitySupply[]>();
  for (const f of bucket(p.facilitiesByMaterialStage, materialStageKey(m, s))) {
    const entry = supplyEntry(p, f, m, y);
    if (entry < 0) continue;
    const c = p.facilityCountry[f]!;
    let list = facilities.get(c);
    if (!list) facilities.set(c, (list = []));
    list.push({ facility: f, entry, value: p.capValue[entry]! });
  }
  // Black mass at RECYCLING: a pre-treatment plant publishes its battery input, not its output; the recycling
  // balance's estimate (input × BLACK_MASS_YIELD, SPEC 4.7) is its supply, marked as resting on the parameter.
  if (s === STAGE_INDEX.RECYCLING && p.materialIds[m] === BLACK_MASS)
    for (const x of estimatedBlackMassByPlant(p, y)) {
      const c = p.facilityCountry[x.facility]!;
      let list = facilities.get(c);
      if (!list) facilities.set(c, (list = []));
      list.push({
        facility: x.facility,
        entry: x.entry,
        value: x.value,
        estimate: { key: x.parameter.key, value: x.parameter.value, sources: x.parameter.sources },
      });
    }
  const cell: CellSupply = { m, s, y, production, productionRows, facilities, flowRows: bucket(p.flowByKey, key) };
  memo.set(key, cell);
  return cell;
}

/** Supply into a scope (SPEC 4.1), split into what it rests on; attribution to origins is the caller's basis. */
export interface ScopeSupply {
  cell: CellSupply;
  isGlobal: boolean;
  /** Member countries with a production statistic → its value (XW included). */
  statistics: ReadonlyMap<number, number>;
  /** Member countries without a statistic whose facilities stood in → those facilities (never for GLOBAL). */
  standIns: ReadonlyMap<number, readonly FacilitySupply[]>;
  /** Flow rows into the scope from outside it (none for GLOBAL). */
  imports: readonly number[];
  /** Value from statistics and flows of named countries (not XW): the numerator of coverage. */
  statistic: number;
  /** Value of facility capacity standing in (recovered metal standing in included). */
  standIn: number;
  /** Recovered metal in the scope at REFINING (SPEC 4.7); those not `inStatistic` are in `standIn` and the total. */
  recovered: readonly RecoveredInScope[];
  /** Σ recovered metal added to the supply (not inStatistic). */
  recoveredAdded: number;
  /** Supply produced inside the scope: member statistics (XW included) plus stand-ins; imports excluded. */
  producedInScope: number;
  /** Σ imports. */
  imported: number;
  /** For a region or country: whether any flow into the scope exists for the cell. Null for GLOBAL. */
  importsRecorded: boolean | null;
  total: number;
}

/**
 * Supply of material m at stage s in year y into a scope: production of member countries; for a region or
 * country scope, facility supply (SPEC 4.0) standing in for members without a production row, plus flows into
 * the scope from outside it. A GLOBAL figure rests on statistics alone.
 */
export function scopeSupply(
  p: Projection,
  scope: Scope,
  m: number,
  s: number,
  y: number,
  sources?: SourceCollector,
): ScopeSupply {
  const cell = cellSupply(p, m, s, y);
  const isGlobal = scope.id === GLOBAL;
  const inScope = scope.mask;
  const xw = p.unattributedCountry;
  const statistics = new Map<number, number>();
  let statistic = 0;
  let produced = 0;
  for (const [c, value] of cell.production) {
    if (!inScope[c]) continue;
    statistics.set(c, value);
    produced += value;
    if (c !== xw) statistic += value;
  }
  if (sources) for (const r of cell.productionRows) if (inScope[p.prodCountry[r]!]) sources.production.add(r);
  const standIns = new Map<number, readonly FacilitySupply[]>();
  let standIn = 0;
  if (!isGlobal)
    for (const [c, list] of cell.facilities) {
      if (!inScope[c] || statistics.has(c)) continue;
      standIns.set(c, list);
      for (const x of list) {
        standIn += x.value;
        sources?.capacities.add(p.capRow[x.entry]!);
        if (x.estimate) for (const id of x.estimate.sources) sources?.direct.add(id);
      }
    }
  const recovered = recoveredInto(p, scope, m, s, y);
  let recoveredAdded = 0;
  for (const r of recovered) {
    if (r.inStatistic) continue;
    recoveredAdded += r.value;
    standIn += r.value;
    for (const id of r.sources) sources?.direct.add(id);
  }
  const imports: number[] = [];
  let imported = 0;
  if (!isGlobal)
    for (const r of cell.flowRows) {
      const from = p.flowFromCountry[r]!;
      if (!inScope[p.flowToCountry[r]!] || inScope[from]) continue;
      imports.push(r);
      sources?.flows.add(r);
      imported += p.flowValue[r]!;
      if (from !== xw) statistic += p.flowValue[r]!;
    }
  produced += standIn;
  return {
    cell,
    isGlobal,
    statistics,
    standIns,
    imports,
    statistic,
    standIn,
    recovered,
    recoveredAdded,
    producedInScope: produced,
    imported,
    importsRecorded: isGlobal ? null : imports.length > 0,
    total: produced + imported,
  };
}

/**
 * Recovered metal entering a scope's REFINING supply (SPEC 4.7): what the recycling balance of the scope (its own
 * black mass, pooled among its members) recovers in each member country in year y, as REFINING-stage production of
 * the recovering country. Where that country has a REFINING statistic, the statistic stands (it may already count
 * secondary output; the sources do not separate it) and the recovered metal is listed but not added; elsewhere it
 * stands in like facility capacity. Empty for GLOBAL (a GLOBAL figure rests on statistics alone) and for other
 * stages. See docs/methodology.md, "Recovered metal in the shares".
 */
export function recoveredInto(p: Projection, scope: Scope, m: number, s: number, y: number): RecoveredInScope[] {
  if (scope.id === GLOBAL || s !== STAGE_INDEX.REFINING) return [];
  const material = p.materialIds[m]!;
  const cell = cellSupply(p, m, s, y);
  const out: RecoveredInScope[] = [];
  for (const r of recoveredMetalByCountry(p, y, scope.id)) {
    const c = p.countryIndex.get(r.country);
    if (r.material !== material || c === undefined || !scope.mask[c] || !(r.value > 0)) continue;
    const plants: number[] = [];
    for (const f of p.facilitiesByStage[STAGE_INDEX.RECYCLING]!)
      if (p.facilityCountry[f] === c && recoversIn(p, f, m, y)) plants.push(f);
    // A stated recovered-metal capacity rests on no parameter (the balance lists the efficiency for its rate).
    const parameters = r.basis === 'PARAMETER' ? r.parameters : [];
    out.push({ ...r, parameters, countryIndex: c, inStatistic: cell.production.has(c), plants });
  }
  return out.sort((a, b) => b.value - a.value || (a.country < b.country ? -1 : 1));
}

/** Whether recycler f can recover metal m in year y: it processes black mass, or states recovered m (SPEC 4.0). */
function recoversIn(p: Projection, f: number, m: number, y: number): boolean {
  const feed = p.materialIndex.get('black-mass-feed');
  return (feed !== undefined && supplyEntry(p, f, feed, y) >= 0) || supplyEntry(p, f, m, y) >= 0;
}

/** Recovered metal of one member country in a scope's REFINING supply. */
export interface RecoveredInScope extends RecoveredSupply {
  countryIndex: number;
  /** True when the country has a REFINING statistic: the statistic stands and this value is not added. */
  inStatistic: boolean;
  /** The country's recyclers that recover metal that year (facility indices). */
  plants: number[];
}
