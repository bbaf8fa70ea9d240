/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts). */
import { supplyEntry } from './capacity.js';
import { bucket, cellKey, materialStageKey, type Projection } from './projection.js';
import { GLOBAL, type Scope } from './scope.js';

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

  ids(p: Projection): string[] {
    const out = new Set<string>();
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

/** A facility's supply in a year (SPEC 4.0): its installed capacity row while it operates or ramps up. */
export interface FacilitySupply {
  facility: number;
  /** The capacity entry (index into the projection's cap arrays) the value comes from. */
  entry: number;
  value: number;
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
  /** Value of facility capacity standing in. */
  standIn: number;
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
      }
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
    producedInScope: produced,
    imported,
    importsRecorded: isGlobal ? null : imports.length > 0,
    total: produced + imported,
  };
}

/**
 * Every facility located in the scope that supplies the cell (SPEC 4.0), whether or not its country has a
 * statistic: the rows investor-region totals are made of.
 */
export function facilitiesSupplying(p: Projection, scope: Scope, m: number, s: number, y: number): FacilitySupply[] {
  const out: FacilitySupply[] = [];
  for (const [c, list] of cellSupply(p, m, s, y).facilities) if (scope.mask[c]) out.push(...list);
  return out.sort((a, b) => a.facility - b.facility);
}
