/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import {
  FACILITY_STATUSES,
  type FacilityStatus,
  type Stage,
  type TargetKind,
  type TargetRow,
} from '../dataset/types.js';
import { projectedCapacity, supplyCapacity, projectedEntry } from '../projection/capacity.js';
import { STAGE_INDEX, materialStageKey, type Projection } from '../projection/projection.js';
import { AnalyticsInputError, materialOf, resolveScope } from '../projection/scope.js';
import { SourceCollector } from '../projection/supply.js';
import { dependency, type DependencyResult } from './shares.js';

/** How much of a project's capacity counts by its status (SPEC 4.5 defaults). */
export const DEFAULT_STATUS_WEIGHTS: Readonly<Record<FacilityStatus, number>> = {
  OPERATING: 1,
  RAMP_UP: 1,
  UNDER_CONSTRUCTION: 0.75,
  PLANNED: 0.25,
  PAUSED: 0,
  STOPPED: 0,
  CANCELLED: 0,
};

export type StatusWeights = Partial<Record<FacilityStatus, number>>;

/** Default reduction thresholds of a SINGLE_COUNTRY_REDUCTION target (SPEC 4.5), when it gives none. */
export const DEFAULT_REDUCTION_MIN = 0.3;
export const DEFAULT_REDUCTION_MAX = 0.5;
/** Default maximum single-third-country share of a MAX_SINGLE_COUNTRY_SHARE target (CRMA). */
export const DEFAULT_MAX_SHARE = 0.65;

export type TargetStatus = 'MET_50' | 'MET_30' | 'OFF_TRACK' | 'WITHIN_MAX' | 'ABOVE_MAX' | 'NO_BASELINE';

/** What one project adds to the non-dominant supply, and how much the projected share would rise without it. */
export interface ProjectContribution {
  facility: string;
  status: FacilityStatus;
  country: string;
  startYear: number;
  weight: number;
  /**
   * Projected capacity in the target year (inside the scope: latest row of either basis) or the flow into the
   * scope (outside it), in the material's unit. The project adds weight × (capacity − baselineSupply).
   */
  capacity: number;
  /** True when the project is outside the scope and counts through its flow into it. */
  viaFlow: boolean;
  /** Supply it already gave in the baseline year (SPEC 4.0; 0 when not yet operating), or its baseline flow. */
  baselineSupply: number;
  /** P without this project − P with all projects (0–1). */
  contribution: number;
}

/** The evaluation of one target (SPEC 4.5). */
export interface TargetEvaluation {
  target: TargetRow;
  scope: string;
  unit: string;
  baselineYear: number;
  targetYear: number;
  /** The top third country D at the baseline year, or null when there is none. */
  dominant: string | null;
  baselineTotal: number;
  dominantValue: number;
  /** B, 0–1. */
  baselineShare: number;
  demand: number;
  nonDominant: number;
  /** P, 0–1. */
  projectedShare: number;
  /** 1 − P/B. */
  reduction: number;
  status: TargetStatus;
  /** Why there is no baseline (status NO_BASELINE), else null. */
  reason: string | null;
  /** The thresholds used: the target's reductionMin / reductionMax (defaults 0.3 / 0.5). */
  reductionMin: number;
  reductionMax: number;
  /** Extra non-dominant supply needed for a 30 % reduction, in the material's unit (0 when met). */
  gapTo30: number;
  gapTo50: number;
  /** For MAX_SINGLE_COUNTRY_SHARE: whether P ≤ the target's share; else null. */
  meetsMaxShare: boolean | null;
  contributions: ProjectContribution[];
  weights: Record<FacilityStatus, number>;
  assumptions: string[];
  sources: string[];
}

export interface TargetQuery {
  /** Only targets of this scope. */
  scope?: string;
  /** Overrides of the default status weights. */
  weights?: StatusWeights;
  /** Only these target ids. */
  targets?: readonly string[];
}

/** Merges weight overrides over the defaults. @throws AnalyticsInputError for a weight outside [0, 1]. */
export function statusWeights(overrides: StatusWeights = {}): Record<FacilityStatus, number> {
  const weights = { ...DEFAULT_STATUS_WEIGHTS };
  for (const status of FACILITY_STATUSES) {
    const w = overrides[status];
    if (w === undefined) continue;
    if (!Number.isFinite(w) || w < 0 || w > 1)
      throw new AnalyticsInputError(`The weight of ${status} must be between 0 and 1; got ${w}.`, 'VALIDATION_FAILED');
    weights[status] = w;
  }
  return weights;
}

/** Evaluates one target of one kind. */
export type TargetEvaluator = (
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number>,
) => TargetEvaluation;

/**
 * Every target kind and how it is evaluated. RECYCLED_CONTENT, RECOVERY_RATE and MIN_DOMESTIC_SHARE are not
 * evaluated yet: they answer NO_BASELINE with that reason, never a made-up figure.
 */
export const TARGET_EVALUATORS: Readonly<Record<TargetKind, TargetEvaluator>> = {
  SINGLE_COUNTRY_REDUCTION: (p, t, w) => evaluateSingleCountry(p, t, w),
  MAX_SINGLE_COUNTRY_SHARE: (p, t, w) => evaluateSingleCountry(p, t, w),
  MIN_DOMESTIC_SHARE: notEvaluatedYet,
  RECYCLED_CONTENT: notEvaluatedYet,
  RECOVERY_RATE: notEvaluatedYet,
};

/** The kinds whose evaluator computes a figure (the others answer NO_BASELINE "not evaluated yet"). */
export const EVALUATED_KINDS: readonly TargetKind[] = ['SINGLE_COUNTRY_REDUCTION', 'MAX_SINGLE_COUNTRY_SHARE'];

/** Evaluates every stored target (SPEC 4.5) by its kind's evaluator, in target-id order. */
export function evaluateTargets(p: Projection, query: TargetQuery = {}): TargetEvaluation[] {
  const weights = statusWeights(query.weights);
  const only = query.targets ? new Set(query.targets) : null;
  return p.dataset.targets
    .filter((t) => (query.scope === undefined || t.scope === query.scope) && (!only || only.has(t.id)))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((t) => evaluateTarget(p, t, weights));
}

/** One target, by its kind's evaluator. */
export function evaluateTarget(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number> = { ...DEFAULT_STATUS_WEIGHTS },
): TargetEvaluation {
  return TARGET_EVALUATORS[target.kind](p, target, weights);
}

function thresholds(target: TargetRow): { min: number; max: number } {
  return { min: target.reductionMin ?? DEFAULT_REDUCTION_MIN, max: target.reductionMax ?? DEFAULT_REDUCTION_MAX };
}

/** An evaluation with no figures: status NO_BASELINE and the reason. */
function withoutBaseline(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number>,
  reason: string,
  extra: { baselineYear?: number; base?: DependencyResult; assumptions?: string[] } = {},
): TargetEvaluation {
  const m = p.materialIndex.get(target.material);
  const { min, max } = thresholds(target);
  return {
    target,
    scope: target.scope,
    unit: m === undefined ? '' : p.materialUnit[m]!,
    baselineYear: extra.baselineYear ?? target.baselineYear ?? target.targetYear,
    targetYear: target.targetYear,
    dominant: null,
    baselineTotal: extra.base?.total ?? 0,
    dominantValue: 0,
    baselineShare: 0,
    demand: 0,
    nonDominant: 0,
    projectedShare: 0,
    reduction: 0,
    status: 'NO_BASELINE',
    reason,
    reductionMin: min,
    reductionMax: max,
    gapTo30: 0,
    gapTo50: 0,
    meetsMaxShare: null,
    contributions: [],
    weights,
    assumptions: [...(extra.assumptions ?? []), reason],
    sources: [...new Set([...(extra.base?.sources ?? []), ...target.sources])].sort(),
  };
}

function notEvaluatedYet(p: Projection, target: TargetRow, weights: Record<FacilityStatus, number>): TargetEvaluation {
  return withoutBaseline(
    p,
    target,
    weights,
    `${target.kind} targets are not evaluated yet: the product does not compute this figure, so none is shown.`,
  );
}

/**
 * SINGLE_COUNTRY_REDUCTION and MAX_SINGLE_COUNTRY_SHARE (SPEC 4.5): baseline top third country D and its share B
 * (LOCATION); NO_BASELINE when the baseline cannot be known (evidence NONE, or a region or country scope without
 * recorded imports). Projected share P in the target year from the non-dominant baseline supply plus, per project,
 * weight(current status) × (projected capacity in the target year − the supply it gave in the baseline year);
 * reduction 1 − P/B against the target's own thresholds, gaps, each project's contribution. See
 * docs/methodology.md for worked examples.
 */
export function evaluateSingleCountry(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number> = { ...DEFAULT_STATUS_WEIGHTS },
): TargetEvaluation {
  if (!target.stage)
    return withoutBaseline(p, target, weights, `Target ${target.id} has no stage: there is no baseline to measure.`);
  const stage: Stage = target.stage;
  const s = STAGE_INDEX[stage];
  const m = materialOf(p, target.material);
  const scope = resolveScope(p, target.scope);
  const { min, max } = thresholds(target);
  const assumptions: string[] = [];

  let baselineYear = target.baselineYear;
  if (baselineYear === undefined) {
    const years = p.yearsByMaterialStage.get(materialStageKey(m, s)) ?? [];
    const before = years.filter((y) => y <= target.targetYear);
    baselineYear = before[before.length - 1] ?? target.targetYear;
    assumptions.push(
      before.length > 0
        ? `The target has no baseline year: the latest year with production statistics for ${target.material} ${stage} at or before ${target.targetYear}, ${baselineYear}, is used.`
        : `The target has no baseline year and there are no production statistics for ${target.material} ${stage} up to ${target.targetYear}: ${baselineYear} is used.`,
    );
  } else assumptions.push(`Baseline year ${baselineYear} (from the target).`);

  const base = dependency(p, { scope: target.scope, material: target.material, stage, year: baselineYear });
  if (base.evidence === 'NONE')
    return withoutBaseline(
      p,
      target,
      weights,
      `No supply of ${target.material} at ${stage} into ${target.scope} is recorded for ${baselineYear}: the baseline cannot be known.`,
      { baselineYear, base, assumptions },
    );
  if (base.importsRecorded === false)
    return withoutBaseline(
      p,
      target,
      weights,
      `No imports of ${target.material} at ${stage} into ${target.scope} are recorded for ${baselineYear}: its third-country dependency, and so the baseline, is unknown.`,
      { baselineYear, base, assumptions },
    );
  const incomplete = base.gaps.filter((g) => g.incomplete === true);
  if (incomplete.length > 0)
    return withoutBaseline(
      p,
      target,
      weights,
      `The ${baselineYear} supply of ${target.material} at ${stage} into ${target.scope} is known to be incomplete (${incomplete
        .map((g) => g.title)
        .join('; ')}): its third-country dependency, and so the baseline, is unknown.`,
      { baselineYear, base, assumptions },
    );
  const D = base.topThirdCountry;
  if (!D)
    return withoutBaseline(
      p,
      target,
      weights,
      `No named third country supplies ${target.material} at ${stage} into ${target.scope} in ${baselineYear}: there is no dominant country to measure against.`,
      { baselineYear, base, assumptions },
    );
  const sources = new SourceCollector();
  const dominantIndex = p.countryIndex.get(D.origin)!;
  const B = D.share;
  const dominantValue = D.value;
  const demand = target.demand ?? base.total;
  assumptions.push(
    target.demand !== undefined
      ? `Demand in ${target.targetYear}: ${target.demand} ${base.unit} (from the target).`
      : `Demand in ${target.targetYear} = the baseline total, ${fmt(base.total)} ${base.unit} (the target gives none).`,
    `Status weights: ${FACILITY_STATUSES.map((x) => `${x} ${weights[x]}`).join(', ')}.`,
    `Projects: facilities at ${stage} with ${target.material} capacity, not in ${D.origin}, whose projected capacity in ${target.targetYear} (latest row of either basis at or before it) exceeds the supply they gave in ${baselineYear}; each adds weight(current status) × that increase. Projects outside ${target.scope} count the increase of their flow into it.`,
    `Thresholds: reduction ≥ ${max} is MET_50, ≥ ${min} is MET_30 (from the target${target.reductionMin === undefined || target.reductionMax === undefined ? ', defaults where it gives none' : ''}).`,
  );

  // Projects.
  const contributions: ProjectContribution[] = [];
  let projectSupply = 0;
  for (const f of p.facilitiesByStage[s]!) {
    if (p.facilityCountry[f] === dominantIndex) continue;
    let capacity: number;
    let baselineSupply: number;
    let viaFlow = false;
    if (scope.mask[p.facilityCountry[f]!]) {
      const entry = projectedEntry(p, f, m, target.targetYear);
      if (entry < 0) continue;
      capacity = projectedCapacity(p, f, m, target.targetYear);
      baselineSupply = supplyCapacity(p, f, m, baselineYear);
      if (capacity <= baselineSupply) continue;
      sources.capacities.add(p.capRow[entry]!);
    } else {
      const flow = flowIntoScope(p, f, m, s, scope.mask, target.targetYear, sources);
      if (flow === null) continue;
      capacity = flow;
      baselineSupply = flowInYear(p, f, m, s, scope.mask, baselineYear);
      if (capacity <= baselineSupply) continue;
      viaFlow = true;
    }
    const status = p.dataset.facilities[f]!.status;
    const weight = weights[status];
    projectSupply += weight * (capacity - baselineSupply);
    contributions.push({
      facility: p.facilityIds[f]!,
      status,
      country: p.countryIds[p.facilityCountry[f]!]!,
      startYear: p.facilityStartYear[f]!,
      weight,
      capacity,
      viaFlow,
      baselineSupply,
      contribution: 0,
    });
  }

  const nonDominant = base.total - dominantValue + projectSupply;
  const projected = (supply: number) => (demand > 0 ? Math.max(0, demand - supply) / demand : 0);
  const P = projected(nonDominant);
  for (const c of contributions)
    c.contribution = projected(nonDominant - c.weight * (c.capacity - c.baselineSupply)) - P;
  contributions.sort((a, b) => b.contribution - a.contribution || (a.facility < b.facility ? -1 : 1));
  const reduction = B > 0 ? 1 - P / B : 0;
  if (nonDominant >= demand && demand > 0)
    assumptions.push(
      target.demand === undefined
        ? `Non-dominant supply in ${target.targetYear} (${fmt(nonDominant)} ${base.unit}) covers the whole demand, which is only the baseline total (${fmt(demand)} ${base.unit}) because the target gives none: P is 0 and the reduction may be overstated; give the target a demand for ${target.targetYear}.`
        : `Non-dominant supply in ${target.targetYear} (${fmt(nonDominant)} ${base.unit}) covers the whole demand of ${fmt(demand)} ${base.unit}: P is 0.`,
    );
  let status: TargetStatus;
  let meetsMaxShare: boolean | null = null;
  if (target.kind === 'MAX_SINGLE_COUNTRY_SHARE') {
    const share = target.share ?? DEFAULT_MAX_SHARE;
    meetsMaxShare = P <= share;
    status = meetsMaxShare ? 'WITHIN_MAX' : 'ABOVE_MAX';
    assumptions.push(`Maximum share ${share} of a single third country, checked against P.`);
  } else status = reduction >= max ? 'MET_50' : reduction >= min ? 'MET_30' : 'OFF_TRACK';

  return {
    target,
    scope: target.scope,
    unit: base.unit,
    baselineYear,
    targetYear: target.targetYear,
    dominant: D.origin,
    baselineTotal: base.total,
    dominantValue,
    baselineShare: B,
    demand,
    nonDominant,
    projectedShare: P,
    reduction,
    status,
    reason: null,
    reductionMin: min,
    reductionMax: max,
    gapTo30: Math.max(0, demand * (1 - (1 - min) * B) - nonDominant),
    gapTo50: Math.max(0, demand * (1 - (1 - max) * B) - nonDominant),
    meetsMaxShare,
    contributions,
    weights,
    assumptions,
    sources: [...new Set([...base.sources, ...sources.ids(p), ...target.sources])].sort(),
  };
}

/** The flow from facility f into the scope in exactly `year` (summed over rows; 0 without one). */
function flowInYear(p: Projection, f: number, m: number, s: number, mask: Uint8Array, year: number): number {
  let value = 0;
  for (let i = p.flowFromFacilityStart[f]!; i < p.flowFromFacilityStart[f + 1]!; i++) {
    const r = p.flowFromFacilityList[i]!;
    if (p.flowMaterial[r] === m && p.flowStage[r] === s && mask[p.flowToCountry[r]!] && p.flowYear[r] === year)
      value += p.flowValue[r]!;
  }
  return value;
}

/** The flow from facility f into the scope at its latest year at or before `year` (summed over rows), or null. */
function flowIntoScope(
  p: Projection,
  f: number,
  m: number,
  s: number,
  mask: Uint8Array,
  year: number,
  sources: SourceCollector,
): number | null {
  let bestYear = -1;
  let value = 0;
  let rows: number[] = [];
  for (let i = p.flowFromFacilityStart[f]!; i < p.flowFromFacilityStart[f + 1]!; i++) {
    const r = p.flowFromFacilityList[i]!;
    if (p.flowMaterial[r] !== m || p.flowStage[r] !== s || !mask[p.flowToCountry[r]!]) continue;
    const y = p.flowYear[r]!;
    if (y > year || y < bestYear) continue;
    if (y > bestYear) {
      bestYear = y;
      value = 0;
      rows = [];
    }
    value += p.flowValue[r]!;
    rows.push(r);
  }
  for (const r of rows) sources.flows.add(r);
  return bestYear < 0 ? null : value;
}

function fmt(v: number): string {
  return Number(v.toPrecision(6)).toString();
}
