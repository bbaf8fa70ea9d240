/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import { RECYCLING_STREAM_MATERIALS } from '../dataset/model.js';
import { STAGES, type GapRow, type Stage } from '../dataset/types.js';
import { STAGE_INDEX, type Projection } from '../projection/projection.js';
import { isUnattributed, materialOf, originId, resolveScope, type Scope } from '../projection/scope.js';
import { SourceCollector, scopeSupply, type ScopeSupply } from '../projection/supply.js';
import { gapsFor } from './gaps.js';
import { resolveOwnership } from './ownership.js';

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
  /** What the figure rests on (SPEC 4.1): STATISTICS (coverage ≥ 0.9), MIXED, REGISTER (< 0.1), NONE (no supply). */
  evidence: Evidence;
  /** For a region or country: whether any flow into the scope exists for the cell. Null for GLOBAL. */
  importsRecorded: boolean | null;
  /** False when third-country dependency cannot be known (evidence NONE, or a region/country without imports). */
  thirdCountryKnown: boolean;
  /** Supply produced inside the scope (member statistics or stand-in capacity), excluding imports. */
  producedInScope: number;
  /**
   * Under CONTROL: the share of the total followed to the home countries of recorded ultimate owners (facilities'
   * ownership, or UNKNOWN where a facility has none); the rest stays with the country it was produced in for lack of
   * recorded ownership, as on LOCATION. 0 when nothing rests on ownership (the CONTROL figure is the LOCATION one).
   * Null on LOCATION and without supply.
   */
  ownershipCoverage: number | null;
  /** Facilities whose supply (SPEC 4.0) stood in for a member country's missing statistic, descending. */
  standIns: StandIn[];
  /**
   * Recovered metal in the scope at REFINING (SPEC 4.7), by recovering country, descending: added as that country's
   * production where it has no statistic (standing in like facility capacity, so it lowers `coverage`), listed with
   * `inStatistic` true and not added where a statistic stands. Empty at other stages and for GLOBAL.
   */
  recovered: RecoveredShare[];
  /** What the data knowingly lacks for this material × stage (× scope, year). */
  gaps: GapRow[];
  /** Every rule and stand-in the figure rests on, in words. */
  assumptions: string[];
  /** Ids of the sources of every row that entered the figure. */
  sources: string[];
}

/** What a figure rests on (SPEC 4.1). */
export type Evidence = 'STATISTICS' | 'MIXED' | 'REGISTER' | 'NONE';

/** Coverage at or above which a figure rests on statistics; below {@link REGISTER_BELOW} on the plant register. */
export const STATISTICS_FROM = 0.9;
export const REGISTER_BELOW = 0.1;

/** Recovered metal of one country in a REFINING figure and what it rests on. */
export interface RecoveredShare {
  country: string;
  /** t metal in the material's unit. */
  value: number;
  /** CAPACITY: stated recovered-metal capacity; PARAMETER: black mass processed × content × recovery efficiency. */
  basis: 'CAPACITY' | 'PARAMETER';
  /** Keys (kind|material|chemistry) of the parameters it rests on. */
  parameters: string[];
  /** True when the country's REFINING statistic stands instead (the value is then not added). */
  inStatistic: boolean;
  /** The country's recyclers that recover metal that year. */
  plants: string[];
}

/** A facility whose capacity stood in for a missing statistic, with the value it gave (material's unit). */
export interface StandIn {
  facility: string;
  value: number;
  /** The parameter key the value is estimated with (a recycler's black mass = battery input × yield), else null. */
  estimatedWith: string | null;
}

/** A country's supply split among origins: `[origin, fraction]`, fractions summing to 1. */
type Split = readonly (readonly [number, number])[];

/** Supply into a scope by origin under a basis, with what it rests on (the parts of {@link ScopeSupply}). */
export interface Supply extends ScopeSupply {
  /** Value by origin index (countries, then UNKNOWN). */
  byOrigin: Map<number, number>;
  /** Under CONTROL: countries whose statistic was partly explained by their facilities → explained value. */
  explained: Map<number, { statistic: number; explained: number }>;
  /**
   * Under CONTROL: the value that stays with the country it was produced in for lack of recorded ownership (the part
   * of a statistic no facility explains, recovered metal, flows from a country without facilities), by country.
   * Empty on LOCATION.
   */
  unowned: Map<number, number>;
}

/**
 * Supply into `scope` of material `m` at stage `s` in year `y`, by origin: {@link scopeSupply} (SPEC 4.1)
 * attributed on the LOCATION basis or, under CONTROL, to the home countries of the facilities' ultimate owners
 * (SPEC 4.2; each facility explains its 4.0 supply, scaled down when together they exceed the statistic).
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
  const parts = scopeSupply(p, scope, m, s, y, sources);
  const { cell } = parts;
  const byOrigin = new Map<number, number>();
  const add = (origin: number, value: number) => byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + value);

  const ownership = basis === 'CONTROL' ? resolveOwnership(p) : null;
  const explained = new Map<number, { statistic: number; explained: number }>();
  const unowned = new Map<number, number>();
  const keep = (c: number, value: number) => {
    if (ownership && value > 0) unowned.set(c, (unowned.get(c) ?? 0) + value);
  };
  const splits = new Map<number, Split>();
  /** Under CONTROL, the fraction of a country's supply no facility explains (it stays with the country). */
  const rests = new Map<number, number>();
  const facilityOrigins = (f: number, value: number) => {
    for (let i = ownership!.ctrlStart[f]!; i < ownership!.ctrlStart[f + 1]!; i++)
      add(ownership!.ctrlOrigin[i]!, value * ownership!.ctrlShare[i]!);
  };
  /** How a country's supply divides among origins under the basis (4.2). */
  const splitOf = (c: number): Split => {
    const hit = splits.get(c);
    if (hit) return hit;
    let split: Split = [[c, 1]];
    rests.set(c, 1);
    const entries = cell.facilities.get(c);
    if (ownership && entries) {
      let capacity = 0;
      for (const e of entries) capacity += e.value;
      const statistic = cell.production.get(c);
      // Each facility explains its supply, scaled down when together they exceed the statistic.
      const supplyValue = statistic ?? capacity;
      if (supplyValue > 0) {
        const scale = statistic !== undefined && capacity > statistic ? statistic / capacity : 1;
        const fractions = new Map<number, number>();
        let explainedFraction = 0;
        for (const e of entries) {
          const fraction = (e.value * scale) / supplyValue;
          explainedFraction += fraction;
          for (let i = ownership.ctrlStart[e.facility]!; i < ownership.ctrlStart[e.facility + 1]!; i++) {
            const o = ownership.ctrlOrigin[i]!;
            fractions.set(o, (fractions.get(o) ?? 0) + fraction * ownership.ctrlShare[i]!);
          }
          if (sources) {
            sources.capacities.add(p.capRow[e.entry]!);
            const owned = p.companyIds.length + e.facility;
            for (let i = p.ownStart[owned]!; i < p.ownStart[owned + 1]!; i++) sources.ownership.add(p.ownRow[i]!);
          }
        }
        const rest = 1 - explainedFraction;
        if (rest > 1e-15) fractions.set(c, (fractions.get(c) ?? 0) + rest);
        rests.set(c, rest > 1e-15 ? rest : 0);
        split = [...fractions];
        if (statistic !== undefined) explained.set(c, { statistic, explained: capacity * scale });
      }
    }
    splits.set(c, split);
    return split;
  };
  const distribute = (c: number, value: number) => {
    for (const [origin, fraction] of splitOf(c)) add(origin, value * fraction);
    keep(c, value * (rests.get(c) ?? 1));
  };

  for (const [c, value] of parts.statistics) distribute(c, value);
  for (const [c, list] of parts.standIns) {
    let value = 0;
    for (const x of list) value += x.value;
    distribute(c, value);
  }
  // Recovered metal is the recovering country's production; under CONTROL it is not split by owners (it stays with
  // the country, like the unexplained part of a statistic).
  for (const r of parts.recovered)
    if (!r.inStatistic) {
      add(r.countryIndex, r.value);
      keep(r.countryIndex, r.value);
    }
  for (const r of parts.imports) {
    const value = p.flowValue[r]!;
    const f = p.flowFromFacility[r]!;
    if (ownership && f >= 0) facilityOrigins(f, value);
    else distribute(p.flowFromCountry[r]!, value);
  }
  return { ...parts, byOrigin, explained, unowned };
}

/** Shares, top, top third country and HHI of a supply (SPEC 4.1). */
export function concentration(
  p: Projection,
  scope: Scope,
  byOrigin: ReadonlyMap<number, number>,
  total: number,
  thirdCountryKnown = true,
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
  return { shares, top, topThirdCountry: thirdCountryKnown ? topThirdCountry : null, hhi };
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
  const coverage = measured > 0 ? supply.statistic / measured : supply.total > 0 ? 1 : 0;
  const evidence = evidenceOf(supply.total, coverage);
  const gaps = gapsFor(p, { material: query.material, stage: query.stage, scope, year: query.year });
  // A gap marked `incomplete` says the recorded supply misses a material part (e.g. one trade code of several):
  // the largest recorded third country is then no answer, so the third-country share is unknown.
  const thirdCountryKnown =
    evidence !== 'NONE' && supply.importsRecorded !== false && !gaps.some((g) => g.incomplete === true);
  const standIns: StandIn[] = [];
  for (const list of supply.standIns.values())
    for (const x of list)
      standIns.push({ facility: p.facilityIds[x.facility]!, value: x.value, estimatedWith: x.estimate?.key ?? null });
  standIns.sort((a, b) => b.value - a.value || (a.facility < b.facility ? -1 : 1));
  return {
    scope: scope.id,
    material: query.material,
    stage: query.stage,
    year: query.year,
    basis,
    unit,
    total: supply.total,
    ...concentration(p, scope, supply.byOrigin, supply.total, thirdCountryKnown),
    coverage,
    evidence,
    importsRecorded: supply.importsRecorded,
    thirdCountryKnown,
    producedInScope: supply.producedInScope,
    ownershipCoverage: ownershipCoverageOf(supply, basis),
    standIns,
    recovered: supply.recovered.map((r) => ({
      country: r.country,
      value: r.value,
      basis: r.basis,
      parameters: r.parameters,
      inStatistic: r.inStatistic,
      plants: r.plants.map((f) => p.facilityIds[f]!),
    })),
    gaps,
    assumptions: describe(p, scope, supply, basis, unit, evidence, gaps),
    sources: sources.ids(p),
  };
}

/** {@link DependencyResult.ownershipCoverage}: 1 − what stays with its producing country ÷ the total. */
function ownershipCoverageOf(supply: Supply, basis: Basis): number | null {
  if (basis !== 'CONTROL' || !(supply.total > 0)) return null;
  let kept = 0;
  for (const v of supply.unowned.values()) kept += v;
  const share = 1 - kept / supply.total;
  // Floating-point noise around 0 and 1 is not a share of ownership.
  return share < 1e-12 ? 0 : share > 1 - 1e-12 ? 1 : share;
}

/** The evidence class of a figure from its total and coverage (SPEC 4.1). */
export function evidenceOf(total: number, coverage: number): Evidence {
  if (!(total > 0)) return 'NONE';
  if (coverage >= STATISTICS_FROM) return 'STATISTICS';
  if (coverage < REGISTER_BELOW) return 'REGISTER';
  return 'MIXED';
}

const LIST_LIMIT = 12;

function list(items: string[]): string {
  return items.length <= LIST_LIMIT
    ? items.join(', ')
    : `${items.slice(0, LIST_LIMIT).join(', ')} and ${items.length - LIST_LIMIT} more`;
}

function describe(
  p: Projection,
  scope: Scope,
  supply: Supply,
  basis: Basis,
  unit: string,
  evidence: Evidence,
  gaps: readonly GapRow[],
): string[] {
  const out = [scope.description + '.'];
  if (!supply.isGlobal)
    out.push(
      `Supply = production of countries inside ${scope.id} (where a member has no statistic, the installed capacity of its operating and ramping-up facilities stands in) plus flows into it from outside (${supply.imports.length} flow rows); flows within and out of ${scope.id} are ignored.`,
    );
  else
    out.push(
      'Supply = production statistics by country; facility capacity never stands in for a GLOBAL figure (the facility register is complete for Europe only), and flows between countries do not change the global total.',
    );
  if (evidence === 'NONE')
    out.push(
      supply.isGlobal
        ? 'No production statistic is recorded for this material, stage and year: there is no figure (not 0 %).'
        : `No supply is recorded into ${scope.id} for this material, stage and year: there is no figure (not 0 %).`,
    );
  if (supply.importsRecorded === false)
    out.push(
      `No import flows into ${scope.id} are recorded for this material, stage and year: its third-country dependency is unknown, not absent.`,
    );
  const incomplete = gaps.filter((g) => g.incomplete === true);
  if (incomplete.length > 0)
    out.push(
      `The recorded supply is known to be incomplete (${incomplete.map((g) => g.title).join('; ')}): the largest recorded third country is not the answer, so the third-country share is unknown.`,
    );
  if (supply.standIns.size > 0)
    out.push(
      `No production statistic for ${list(
        [...supply.standIns].map(
          ([c, l]) =>
            `${p.countryIds[c]} (${round(l.reduce((a, x) => a + x.value, 0))} ${unit}, ${l.length} facilities)`,
        ),
      )}: the installed capacity of its operating facilities stands in.`,
    );
  const estimates = [...supply.standIns.values()].flat().filter((x) => x.estimate !== undefined);
  if (estimates.length > 0) {
    const yields = [...new Set(estimates.map((x) => `${x.estimate!.key.split('|')[0]} ${x.estimate!.value}`))];
    out.push(
      `Of that, ${round(estimates.reduce((a, x) => a + x.value, 0))} ${unit} from ${estimates.length} pre-treatment plants is an estimate, not a published figure: each plant's battery-input capacity × ${yields.join(', ')} (a parameter with its source; the recycling view shows the same figures).`,
    );
  }
  if (supply.recovered.length > 0) {
    const added = supply.recovered.filter((r) => !r.inStatistic);
    const standing = supply.recovered.filter((r) => r.inStatistic);
    if (added.length > 0)
      out.push(
        `Recovered metal from recycling (SPEC 4.7) counts as REFINING production of the recovering country where it has no statistic, like facility capacity standing in: ${list(
          added.map(
            (r) =>
              `${p.countryIds[r.countryIndex]} ${round(r.value)} ${unit} (${r.basis === 'PARAMETER' ? `an estimate resting on parameters ${r.parameters.join(', ')}` : 'stated recovered-metal capacity'})`,
          ),
        )}.`,
      );
    if (standing.length > 0)
      out.push(
        `Recovered metal not added because the country's REFINING statistic stands (it may already count secondary output): ${list(
          standing.map((r) => `${p.countryIds[r.countryIndex]} ${round(r.value)} ${unit}`),
        )}.`,
      );
  }
  out.push(
    'XW (unattributed) and UNKNOWN count in the total but are never top or top third country and are left out of the HHI.',
  );
  if (basis === 'CONTROL') {
    out.push(
      "CONTROL basis: each facility's supply follows the home countries of its ultimate owners by effective share; ownership nobody is recorded for goes to UNKNOWN.",
    );
    const coverage = ownershipCoverageOf(supply, basis);
    if (coverage !== null && coverage < 1) {
      const kept = [...supply.unowned].filter(([, v]) => v > 0).sort((a, b) => b[1] - a[1]);
      const where = list(kept.map(([c, v]) => `${p.countryIds[c]} ${round(v)} ${unit}`));
      out.push(
        coverage === 0
          ? `No part of this total rests on recorded ownership (no facility explains the statistics or stands in): every origin is the country it was produced in (${where}), so this CONTROL figure is the LOCATION one, not who owns the producers.`
          : `Recorded ownership explains ${percentText(coverage)} of this total; the other ${percentText(1 - coverage)} stays with the country it was produced in for lack of recorded owners (${where}): for that part the CONTROL figure is the LOCATION one.`,
      );
    }
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

function percentText(share: number): string {
  return `${(share * 100).toFixed(1)} %`;
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
  for (const material of p.materialIds) {
    if (RECYCLING_STREAM_MATERIALS.includes(material)) continue;
    for (const stage of STAGES)
      cells.push({ material, stage, dependency: dependency(p, { ...query, material, stage }) });
  }
  return cells;
}
