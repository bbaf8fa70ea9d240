/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import { STAGES, type Stage } from '../dataset/types.js';
import { resolveOwnership } from './ownership.js';
import { STAGE_INDEX, bucket, cellKey, type Projection } from './projection.js';
import { isUnattributed, materialOf, originId, resolveScope, type Scope } from './scope.js';

/** How supply is attributed: where it is produced, or who ultimately owns the producing facility. */
export type Basis = 'LOCATION' | 'CONTROL';

/** One origin's part of a total. `origin` is an ISO country id, a region id, or UNKNOWN. */
export interface OriginShare {
  origin: string;
  /** In the material's unit. */
  value: number;
  /** value / total, 0–1. */
  share: number;
}

/** The arguments of a dependency figure (SPEC 4.1). */
export interface DependencyQuery {
  /** GLOBAL (default), a region id, or a country id. */
  scope?: string;
  material: string;
  stage: Stage;
  year: number;
  /** Default LOCATION. */
  basis?: Basis;
}

/** Supply into a scope by origin, with its concentration figures (SPEC 4.1–4.2). */
export interface DependencyResult {
  scope: string;
  material: string;
  stage: Stage;
  year: number;
  basis: Basis;
  unit: string;
  total: number;
  /** Every origin, descending by value (ties by origin id). */
  shares: OriginShare[];
  /** The largest attributed origin (never XW or UNKNOWN). */
  top: OriginShare | null;
  /** The largest attributed origin outside the scope (for GLOBAL the same as `top`). */
  topThirdCountry: OriginShare | null;
  /** Σ share² over attributed origins, 0–1. */
  hhi: number;
  /** Share of the total (named countries only) that came from statistics rather than facility capacity. */
  coverage: number;
  /** Every rule and stand-in the figure rests on, in words. */
  assumptions: string[];
  /** Ids of the sources of every row that entered the figure. */
  sources: string[];
}

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

/** A country's supply split among origins: `[origin, fraction]`, fractions summing to 1. */
type Split = readonly (readonly [number, number])[];

/**
 * The raw supply of one (material, stage, year) cell into a scope, by origin index. Exposed for the look-through
 * and target modules; most callers want {@link dependency}.
 */
export interface Supply {
  /** Value by origin index (countries, then UNKNOWN). */
  byOrigin: Map<number, number>;
  total: number;
  /** Value from statistics (production and flow rows) of named countries. */
  statistic: number;
  /** Value from facility capacity standing in for a missing statistic. */
  standIn: number;
  /** Countries whose facility capacity stood in: country index → value. */
  standInCountries: Map<number, number>;
  /** Flow rows counted as imports into the scope. */
  importRows: number;
  /** Under CONTROL: countries whose statistic was partly explained by their facilities → explained value. */
  explained: Map<number, { statistic: number; explained: number }>;
}

/**
 * Supply into `scope` of material `m` at stage `s` in year `y`, by origin (SPEC 4.1; basis per 4.2).
 * Production of countries inside the scope, plus flows at that stage from outside into it; facility capacity of
 * that exact year stands in for a country with no production row.
 */
export function supplyInto(
  p: Projection,
  scope: Scope,
  m: number,
  s: number,
  y: number,
  basis: Basis,
  sources?: SourceCollector,
): Supply {
  const key = cellKey(m, s, y);
  const inScope = scope.mask;
  const xw = p.unattributedCountry;
  const byOrigin = new Map<number, number>();
  const add = (origin: number, value: number) => byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + value);

  // Country statistics, by country.
  const production = new Map<number, number>();
  for (const r of bucket(p.prodByKey, key)) {
    const c = p.prodCountry[r]!;
    production.set(c, (production.get(c) ?? 0) + p.prodValue[r]!);
  }
  // Facility capacity of this exact year, by country.
  const facilities = new Map<number, number[]>();
  for (const e of bucket(p.capByKey, key)) {
    const f = p.capFacility[e]!;
    const c = p.facilityCountry[f]!;
    let list = facilities.get(c);
    if (!list) facilities.set(c, (list = []));
    list.push(e);
  }

  const ownership = basis === 'CONTROL' ? resolveOwnership(p) : null;
  const explained = new Map<number, { statistic: number; explained: number }>();
  const splits = new Map<number, Split>();
  /** How a country's supply divides among origins under the basis (4.2). */
  const splitOf = (c: number): Split => {
    const hit = splits.get(c);
    if (hit) return hit;
    let split: Split = [[c, 1]];
    const entries = facilities.get(c);
    if (ownership && entries) {
      let capacity = 0;
      for (const e of entries) capacity += p.capValue[e]!;
      const statistic = production.get(c);
      // Each facility explains its capacity, scaled down when together they exceed the statistic.
      const supplyValue = statistic ?? capacity;
      if (supplyValue > 0) {
        const scale = statistic !== undefined && capacity > statistic ? statistic / capacity : 1;
        const parts = new Map<number, number>();
        let explainedFraction = 0;
        for (const e of entries) {
          const f = p.capFacility[e]!;
          const fraction = (p.capValue[e]! * scale) / supplyValue;
          explainedFraction += fraction;
          for (let i = ownership.ctrlStart[f]!; i < ownership.ctrlStart[f + 1]!; i++) {
            const o = ownership.ctrlOrigin[i]!;
            parts.set(o, (parts.get(o) ?? 0) + fraction * ownership.ctrlShare[i]!);
          }
          if (sources) {
            sources.capacities.add(p.capRow[e]!);
            for (let i = p.ownStart[p.companyIds.length + f]!; i < p.ownStart[p.companyIds.length + f + 1]!; i++)
              sources.ownership.add(p.ownRow[i]!);
          }
        }
        const rest = 1 - explainedFraction;
        if (rest > 1e-15) parts.set(c, (parts.get(c) ?? 0) + rest);
        split = [...parts];
        if (statistic !== undefined) explained.set(c, { statistic, explained: capacity * scale });
      }
    }
    splits.set(c, split);
    return split;
  };
  const distribute = (c: number, value: number) => {
    for (const [origin, fraction] of splitOf(c)) add(origin, value * fraction);
  };

  let statistic = 0;
  let standIn = 0;
  const standInCountries = new Map<number, number>();
  for (const [c, value] of production) {
    if (!inScope[c]) continue;
    distribute(c, value);
    if (c !== xw) statistic += value;
  }
  if (sources) for (const r of bucket(p.prodByKey, key)) if (inScope[p.prodCountry[r]!]) sources.production.add(r);
  for (const [c, entries] of facilities) {
    if (!inScope[c] || production.has(c)) continue;
    let capacity = 0;
    for (const e of entries) {
      capacity += p.capValue[e]!;
      sources?.capacities.add(p.capRow[e]!);
    }
    if (capacity === 0) continue;
    distribute(c, capacity);
    standIn += capacity;
    standInCountries.set(c, capacity);
  }
  let importRows = 0;
  for (const r of bucket(p.flowByKey, key)) {
    const from = p.flowFromCountry[r]!;
    if (!inScope[p.flowToCountry[r]!] || inScope[from]) continue;
    importRows++;
    sources?.flows.add(r);
    const value = p.flowValue[r]!;
    if (from !== xw) statistic += value;
    const f = p.flowFromFacility[r]!;
    if (ownership && f >= 0) {
      for (let i = ownership.ctrlStart[f]!; i < ownership.ctrlStart[f + 1]!; i++)
        add(ownership.ctrlOrigin[i]!, value * ownership.ctrlShare[i]!);
    } else distribute(from, value);
  }
  let total = 0;
  for (const v of byOrigin.values()) total += v;
  return { byOrigin, total, statistic, standIn, standInCountries, importRows, explained };
}

/** Shares, top, top third country and HHI of a supply (SPEC 4.1). */
export function concentration(
  p: Projection,
  scope: Scope,
  byOrigin: ReadonlyMap<number, number>,
  total: number,
): Pick<DependencyResult, 'shares' | 'top' | 'topThirdCountry' | 'hhi'> {
  const entries = [...byOrigin].filter(([, v]) => v !== 0);
  entries.sort((a, b) => b[1] - a[1] || (originId(p, a[0]) < originId(p, b[0]) ? -1 : 1));
  const shares: OriginShare[] = [];
  let top: OriginShare | null = null;
  let topThirdCountry: OriginShare | null = null;
  let hhi = 0;
  for (const [origin, value] of entries) {
    const share: OriginShare = { origin: originId(p, origin), value, share: total > 0 ? value / total : 0 };
    shares.push(share);
    if (isUnattributed(p, origin)) continue;
    hhi += share.share * share.share;
    top ??= share;
    if (!topThirdCountry && (scope.size === scope.mask.length || !scope.mask[origin])) topThirdCountry = share;
  }
  return { shares, top, topThirdCountry, hhi };
}

/**
 * Supply into a scope by origin for one material, stage and year, with total, shares, top, top third country,
 * HHI and coverage (SPEC 4.1), on the LOCATION or CONTROL basis (4.2).
 * @example dependency(p, { scope: 'EU', material: 'lithium', stage: 'REFINING', year: 2024 })
 * @throws AnalyticsInputError for an unknown scope or material.
 */
export function dependency(p: Projection, query: DependencyQuery): DependencyResult {
  const scope = resolveScope(p, query.scope ?? 'GLOBAL');
  const m = materialOf(p, query.material);
  const basis = query.basis ?? 'LOCATION';
  const sources = new SourceCollector();
  const supply = supplyInto(p, scope, m, STAGE_INDEX[query.stage], query.year, basis, sources);
  const unit = p.materialUnit[m]!;
  const measured = supply.statistic + supply.standIn;
  return {
    scope: scope.id,
    material: query.material,
    stage: query.stage,
    year: query.year,
    basis,
    unit,
    total: supply.total,
    ...concentration(p, scope, supply.byOrigin, supply.total),
    coverage: measured > 0 ? supply.statistic / measured : 0,
    assumptions: describe(p, scope, supply, basis, unit),
    sources: sources.ids(p),
  };
}

const LIST_LIMIT = 12;

function list(items: string[]): string {
  return items.length <= LIST_LIMIT
    ? items.join(', ')
    : `${items.slice(0, LIST_LIMIT).join(', ')} and ${items.length - LIST_LIMIT} more`;
}

function describe(p: Projection, scope: Scope, supply: Supply, basis: Basis, unit: string): string[] {
  const out = [scope.description + '.'];
  if (scope.size < scope.mask.length)
    out.push(
      `Supply = production of countries inside ${scope.id} plus flows into it from outside (${supply.importRows} flow rows); flows within and out of ${scope.id} are ignored.`,
    );
  else out.push('Supply = production by country (flows between countries do not change the global total).');
  if (supply.standInCountries.size > 0)
    out.push(
      `No production statistic for ${list(
        [...supply.standInCountries].map(([c, v]) => `${p.countryIds[c]} (${round(v)} ${unit})`),
      )}: the capacity of its facilities for that year stands in.`,
    );
  out.push(
    'XW (unattributed) and UNKNOWN count in the total but are never top or top third country and are left out of the HHI.',
  );
  if (basis === 'CONTROL') {
    out.push(
      "CONTROL basis: each facility's supply follows the home countries of its ultimate owners by effective share; ownership nobody is recorded for goes to UNKNOWN.",
    );
    if (supply.explained.size > 0)
      out.push(
        `Statistics partly explained by facilities (the rest stays with the country): ${list(
          [...supply.explained].map(
            ([c, e]) => `${p.countryIds[c]} ${round(e.explained)} of ${round(e.statistic)} ${unit}`,
          ),
        )}.`,
      );
    out.push("Flows from a country follow that country's own split between its facilities' owners and itself.");
  }
  return out;
}

function round(v: number): string {
  return Number(v.toPrecision(6)).toString();
}

/** One cell of the dependency matrix. */
export interface MatrixCell {
  material: string;
  stage: Stage;
  dependency: DependencyResult;
}

/**
 * Every material × stage cell for one scope, year and basis in one call (the dashboard's matrix). Cells with
 * no data have total 0.
 */
export function dependencyMatrix(p: Projection, query: { scope?: string; year: number; basis?: Basis }): MatrixCell[] {
  const cells: MatrixCell[] = [];
  for (const material of p.materialIds)
    for (const stage of STAGES)
      cells.push({ material, stage, dependency: dependency(p, { ...query, material, stage }) });
  return cells;
}
