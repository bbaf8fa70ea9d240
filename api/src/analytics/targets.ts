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
import {
  recoveredMetalByCountry,
  recoveredMetalByPlant,
  recycling,
  recyclingInput,
  resolveParameters,
} from '../projection/recycling.js';
import { SourceCollector, scopeSupply } from '../projection/supply.js';
import { describeParameter, pickParameter } from './recycling.js';
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

/**
 * MET_50 / MET_30 / OFF_TRACK: SINGLE_COUNTRY_REDUCTION; WITHIN_MAX / ABOVE_MAX: MAX_SINGLE_COUNTRY_SHARE; MET / BELOW:
 * a minimum share (MIN_DOMESTIC_SHARE, RECYCLED_CONTENT) reached or not by the projection; NO_BASELINE: the data
 * cannot say (see `reason`). A RECOVERY_RATE target is always NO_BASELINE: no plant publishes its achieved rate.
 */
export type TargetStatus =
  'MET_50' | 'MET_30' | 'OFF_TRACK' | 'WITHIN_MAX' | 'ABOVE_MAX' | 'MET' | 'BELOW' | 'NO_BASELINE';

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
  /** What it adds to the non-dominant supply: weight × (capacity − baselineSupply), in the material's unit. */
  adds: number;
  /**
   * What `capacity` and `baselineSupply` rest on: CAPACITY (a published capacity row: a plant's, or a recycler's
   * stated recovered metal), FLOW (a recorded flow into the scope), PARAMETER (a recycler's recovered metal estimated
   * from the black mass it processes × BLACK_MASS_CONTENT × RECOVERY_EFFICIENCY, SPEC 4.7: an estimate, not reported).
   */
  basis: 'CAPACITY' | 'FLOW' | 'PARAMETER';
  /** For PARAMETER: the parameters the estimate rests on, in words (kind, material, chemistry, value, range). */
  parameters: string[];
  /** P without this project − P with all projects (0–1). */
  contribution: number;
}

/** A project in the pipeline of a target, whether or not the target has a baseline to measure it against. */
export type PipelineProject = Omit<ProjectContribution, 'contribution'>;

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
  /**
   * For MAX_SINGLE_COUNTRY_SHARE: the supply from other countries still needed in the target year for P to reach the
   * maximum share s at the same demand — equally, how much of the dominant country's projected supply
   * (demand − non-dominant) others must replace: max(0, demand·(1 − s) − non-dominant), material's unit (0 when
   * within); null for the other kinds and without a baseline.
   */
  gapToMax: number | null;
  /**
   * For MAX_SINGLE_COUNTRY_SHARE: how much the dominant country's projected supply must fall, nothing replacing it
   * (consumption falls with it), for its share to reach s: gapToMax / (1 − s), material's unit (0 when within);
   * null for the other kinds and without a baseline.
   */
  cutToMax: number | null;
  /** For MIN_DOMESTIC_SHARE, RECYCLED_CONTENT and RECOVERY_RATE: the minimum share the target asks for; else null. */
  minimum: number | null;
  /**
   * For MIN_DOMESTIC_SHARE and RECYCLED_CONTENT: the scope's own supply the shares are made of, at the baseline and
   * in the target year (material's unit: produced in the scope, or recovered metal at RECYCLING); else null.
   */
  domesticSupply: number | null;
  projectedDomesticSupply: number | null;
  /** For MIN_DOMESTIC_SHARE and RECYCLED_CONTENT: the extra supply the projection lacks to reach the minimum (0 when met). */
  gap: number | null;
  /**
   * True when the non-dominant supply covers the whole demand, so P is 0 and stays 0 whatever more project
   * capacity (or a higher weight) adds: the weights then change what projects add, not the share.
   */
  floored: boolean;
  contributions: ProjectContribution[];
  /**
   * Every project that adds to the non-dominant supply, with what it adds; also listed when the target has no
   * baseline (then only projects inside the scope, since the dominant country is unknown), so what the weights
   * act on is visible either way.
   */
  pipeline: PipelineProject[];
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
  /** Project every target to this year instead of its own target year (the policy's year stays on the target). */
  year?: number;
  /** Measure every target's baseline in this year instead of its own baseline year (or the latest with statistics). */
  baselineYear?: number;
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
 * Every target kind and how it is evaluated (docs/methodology.md, "Targets"). Where the data cannot say, an
 * evaluator answers NO_BASELINE with the reason, never a made-up figure.
 */
export const TARGET_EVALUATORS: Readonly<Record<TargetKind, TargetEvaluator>> = {
  SINGLE_COUNTRY_REDUCTION: (p, t, w) => evaluateSingleCountry(p, t, w),
  MAX_SINGLE_COUNTRY_SHARE: (p, t, w) => evaluateSingleCountry(p, t, w),
  MIN_DOMESTIC_SHARE: (p, t, w) => evaluateDomesticShare(p, t, w),
  RECYCLED_CONTENT: (p, t, w) => evaluateRecycledContent(p, t, w),
  RECOVERY_RATE: (p, t, w) => evaluateRecoveryRate(p, t, w),
};

/** The kinds whose evaluator can compute a figure (RECOVERY_RATE never does: no plant publishes its achieved rate). */
export const EVALUATED_KINDS: readonly TargetKind[] = [
  'SINGLE_COUNTRY_REDUCTION',
  'MAX_SINGLE_COUNTRY_SHARE',
  'MIN_DOMESTIC_SHARE',
  'RECYCLED_CONTENT',
];

/** The kinds that ask for a minimum share (their evaluation reports `minimum`). */
const MINIMUM_KINDS: readonly TargetKind[] = ['MIN_DOMESTIC_SHARE', 'RECYCLED_CONTENT', 'RECOVERY_RATE'];

/** Evaluates every stored target (SPEC 4.5) by its kind's evaluator, in target-id order. */
export function evaluateTargets(p: Projection, query: TargetQuery = {}): TargetEvaluation[] {
  const weights = statusWeights(query.weights);
  const only = query.targets ? new Set(query.targets) : null;
  for (const [name, y] of [
    ['year', query.year],
    ['baselineYear', query.baselineYear],
  ] as const)
    if (y !== undefined && (!Number.isInteger(y) || y < 1950 || y > 2100))
      throw new AnalyticsInputError(`"${name}" must be a year from 1950 to 2100; got ${y}.`, 'VALIDATION_FAILED');
  return p.dataset.targets
    .filter((t) => (query.scope === undefined || t.scope === query.scope) && (!only || only.has(t.id)))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((t) => evaluateInYears(p, t, weights, query));
}

/**
 * A target evaluated with the query's years: the evaluator sees the target with its target year (and baseline
 * year) replaced, so every kind honours them the same way; the result keeps the stored target and says which
 * years it used instead of the target's own.
 */
function evaluateInYears(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number>,
  query: TargetQuery,
): TargetEvaluation {
  const year = query.year ?? target.targetYear;
  const baselineYear = query.baselineYear ?? target.baselineYear;
  if (year === target.targetYear && baselineYear === target.baselineYear) return evaluateTarget(p, target, weights);
  const asked: TargetRow = { ...target, targetYear: year };
  if (baselineYear !== undefined) asked.baselineYear = baselineYear;
  const e = evaluateTarget(p, asked, weights);
  const said: string[] = [];
  if (year !== target.targetYear)
    said.push(`Projected to ${year} (chosen in the query) instead of the target's own year ${target.targetYear}.`);
  if (query.baselineYear !== undefined && query.baselineYear !== target.baselineYear)
    said.push(
      `Baseline measured in ${query.baselineYear} (chosen in the query) instead of ${target.baselineYear === undefined ? 'the latest year with statistics' : `the target's own ${target.baselineYear}`}.`,
    );
  // The evaluator saw the query's baseline year as the target's own; say where it came from instead.
  const own = query.baselineYear === undefined ? null : `Baseline year ${query.baselineYear} (from the target).`;
  return { ...e, target, assumptions: [...said, ...e.assumptions.filter((a) => a !== own)] };
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

/**
 * The baseline year of a target: its own, else the latest year with production statistics of the material at the
 * stage at or before the target year (else the target year); what was used is added to `assumptions`.
 */
function baselineYearOf(p: Projection, target: TargetRow, m: number, stage: Stage, assumptions: string[]): number {
  if (target.baselineYear !== undefined) {
    assumptions.push(`Baseline year ${target.baselineYear} (from the target).`);
    return target.baselineYear;
  }
  const years = p.yearsByMaterialStage.get(materialStageKey(m, STAGE_INDEX[stage])) ?? [];
  const before = years.filter((y) => y <= target.targetYear);
  const year = before[before.length - 1] ?? target.targetYear;
  assumptions.push(
    before.length > 0
      ? `The target has no baseline year: the latest year with production statistics for ${target.material} ${stage} at or before ${target.targetYear}, ${year}, is used.`
      : `The target has no baseline year and there are no production statistics for ${target.material} ${stage} up to ${target.targetYear}: ${year} is used.`,
  );
  return year;
}

/** An evaluation with no figures: status NO_BASELINE and the reason. */
function withoutBaseline(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number>,
  reason: string,
  extra: { baselineYear?: number; base?: DependencyResult; assumptions?: string[]; pipeline?: PipelineProject[] } = {},
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
    gapToMax: null,
    cutToMax: null,
    minimum: MINIMUM_KINDS.includes(target.kind) ? (target.share ?? null) : null,
    domesticSupply: null,
    projectedDomesticSupply: null,
    gap: null,
    floored: false,
    contributions: [],
    pipeline: extra.pipeline ?? [],
    weights,
    assumptions: [...(extra.assumptions ?? []), reason],
    sources: [...new Set([...(extra.base?.sources ?? []), ...target.sources])].sort(),
  };
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
  const m = materialOf(p, target.material);
  const scope = resolveScope(p, target.scope);
  const { min, max } = thresholds(target);
  const assumptions: string[] = [];

  const baselineYear = baselineYearOf(p, target, m, stage, assumptions);

  if (target.targetYear < baselineYear)
    return withoutBaseline(
      p,
      target,
      weights,
      `The projection year ${target.targetYear} is before the baseline year ${baselineYear}: there is nothing to project.`,
      { baselineYear, assumptions },
    );

  const base = dependency(p, { scope: target.scope, material: target.material, stage, year: baselineYear });
  const sources = new SourceCollector();
  const D = base.topThirdCountry;
  const projects = (dominant: number | null) =>
    pipelineProjects(
      p,
      { stage, m, scope: scope.id, mask: scope.mask, dominant, baselineYear, targetYear: target.targetYear },
      weights,
      sources,
      assumptions,
    );
  // Without a baseline the dominant country is unknown: the pipeline lists the projects inside the scope only.
  const noBaseline = (reason: string) =>
    withoutBaseline(p, target, weights, reason, { baselineYear, base, assumptions, pipeline: projects(null) });
  if (base.evidence === 'NONE')
    return noBaseline(
      `No supply of ${target.material} at ${stage} into ${target.scope} is recorded for ${baselineYear}: the baseline cannot be known.`,
    );
  if (base.importsRecorded === false)
    return noBaseline(
      `No imports of ${target.material} at ${stage} into ${target.scope} are recorded for ${baselineYear}: its third-country dependency, and so the baseline, is unknown.`,
    );
  const incomplete = base.gaps.filter((g) => g.incomplete === true);
  if (incomplete.length > 0)
    return noBaseline(
      `The ${baselineYear} supply of ${target.material} at ${stage} into ${target.scope} is known to be incomplete (${incomplete
        .map((g) => g.title)
        .join('; ')}): its third-country dependency, and so the baseline, is unknown.`,
    );
  if (!D)
    return noBaseline(
      `No named third country supplies ${target.material} at ${stage} into ${target.scope} in ${baselineYear}: there is no dominant country to measure against.`,
    );
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
  );
  // A maximum-share target is checked against its share (below), not against reduction thresholds.
  if (target.kind === 'SINGLE_COUNTRY_REDUCTION')
    assumptions.push(
      `Thresholds: reduction ≥ ${max} is MET_50, ≥ ${min} is MET_30 (from the target${target.reductionMin === undefined || target.reductionMax === undefined ? ', defaults where it gives none' : ''}).`,
    );

  const pipeline = projects(dominantIndex);
  const contributions: ProjectContribution[] = pipeline.map((x) => ({ ...x, contribution: 0 }));
  const projectSupply = pipeline.reduce((sum, x) => sum + x.adds, 0);

  const nonDominant = base.total - dominantValue + projectSupply;
  const projected = (supply: number) => (demand > 0 ? Math.max(0, demand - supply) / demand : 0);
  const P = projected(nonDominant);
  for (const c of contributions) c.contribution = projected(nonDominant - c.adds) - P;
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
  let gapToMax: number | null = null;
  let cutToMax: number | null = null;
  if (target.kind === 'MAX_SINGLE_COUNTRY_SHARE') {
    const share = target.share ?? DEFAULT_MAX_SHARE;
    meetsMaxShare = P <= share;
    status = meetsMaxShare ? 'WITHIN_MAX' : 'ABOVE_MAX';
    ({ gapToMax, cutToMax } = maxShareGaps(demand, nonDominant, share));
    assumptions.push(
      `Maximum share ${share} of a single third country, checked against P. Gap to the maximum = max(0, demand × (1 − ${share}) − non-dominant supply) at the same demand; without replacement the dominant country's projected supply must fall by that gap / (1 − ${share}).`,
    );
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
    gapToMax,
    cutToMax,
    minimum: null,
    domesticSupply: null,
    projectedDomesticSupply: null,
    gap: null,
    floored: demand > 0 && nonDominant >= demand,
    contributions,
    pipeline,
    weights,
    assumptions,
    sources: [...new Set([...base.sources, ...sources.ids(p), ...target.sources])].sort(),
  };
}

/**
 * The gaps of a MAX_SINGLE_COUNTRY_SHARE target (one rule, used by every view): with the dominant country's projected
 * supply Dp = demand − non-dominant, `gapToMax` = max(0, Dp − s·demand) = max(0, demand·(1 − s) − non-dominant) is
 * the supply others must add (displacing as much of Dp) at the same demand; `cutToMax` = gapToMax / (1 − s) is the
 * fall of Dp with nothing replacing it, from (Dp − x) / (demand − x) = s. Material's unit; 0 when within.
 * @example maxShareGaps(2000, 677.5, 0.65) // gapToMax 2000·0.35 − 677.5 = 22.5; cutToMax 22.5 / 0.35 ≈ 64.29
 */
export function maxShareGaps(
  demand: number,
  nonDominant: number,
  share: number,
): { gapToMax: number; cutToMax: number } {
  const gapToMax = Math.max(0, demand * (1 - share) - nonDominant);
  return { gapToMax, cutToMax: share < 1 ? gapToMax / (1 - share) : 0 };
}

function percent(share: number): string {
  return `${Number((share * 100).toPrecision(4))} %`;
}

function noMinimum(target: TargetRow): string {
  return `Target ${target.id} gives no minimum share: there is nothing to check.`;
}

/** The evaluation of a minimum-share target from its figures: MET when the projected share reaches the minimum. */
function minimumShareResult(
  target: TargetRow,
  weights: Record<FacilityStatus, number>,
  minimum: number,
  f: Pick<
    TargetEvaluation,
    | 'unit'
    | 'baselineYear'
    | 'baselineTotal'
    | 'baselineShare'
    | 'demand'
    | 'projectedShare'
    | 'contributions'
    | 'pipeline'
    | 'assumptions'
    | 'sources'
  > & { domesticSupply: number; projectedDomesticSupply: number },
): TargetEvaluation {
  const { min, max } = thresholds(target);
  return {
    ...f,
    target,
    scope: target.scope,
    targetYear: target.targetYear,
    dominant: null,
    dominantValue: 0,
    nonDominant: 0,
    reduction: 0,
    status: f.projectedShare >= minimum ? 'MET' : 'BELOW',
    reason: null,
    reductionMin: min,
    reductionMax: max,
    gapTo30: 0,
    gapTo50: 0,
    meetsMaxShare: null,
    gapToMax: null,
    cutToMax: null,
    minimum,
    gap: Math.max(0, minimum * f.demand - f.projectedDomesticSupply),
    floored: false,
    weights,
  };
}

/**
 * MIN_DOMESTIC_SHARE (CRMA benchmarks: EU extraction ≥ 10 %, processing ≥ 40 %, recycling ≥ 25 % of the EU's annual
 * consumption). Consumption C: the target's `demand` if given (for both years), else the supply into the scope at the
 * baseline year (production + recorded imports, SPEC 4.1; at RECYCLING the REFINING supply, where recovered metal
 * re-enters) — only when imports are recorded and no gap marks them incomplete, else NO_BASELINE. Domestic supply:
 * at EXTRACTION/REFINING the production inside the scope (statistics, or capacity standing in), projected to the
 * target year like SPEC 4.5 (+ Σ weight(status) × increase of each project inside the scope); at RECYCLING the
 * recovered metal in the scope (SPEC 4.7) in each year. Shares = domestic / C; MET when the projected share reaches
 * the target's share, else BELOW; `gap` = the supply still missing. See docs/methodology.md.
 */
export function evaluateDomesticShare(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number> = { ...DEFAULT_STATUS_WEIGHTS },
): TargetEvaluation {
  if (!target.stage)
    return withoutBaseline(p, target, weights, `Target ${target.id} has no stage: there is no consumption to measure.`);
  if (target.share === undefined) return withoutBaseline(p, target, weights, noMinimum(target));
  const minimum = target.share;
  const stage: Stage = target.stage;
  const isRecycling = stage === 'RECYCLING';
  const consumptionStage: Stage = isRecycling ? 'REFINING' : stage;
  const m = materialOf(p, target.material);
  const unit = p.materialUnit[m]!;
  const scope = resolveScope(p, target.scope);
  const T = target.targetYear;
  const assumptions: string[] = [];
  const baselineYear = baselineYearOf(p, target, m, consumptionStage, assumptions);
  if (T < baselineYear)
    return withoutBaseline(
      p,
      target,
      weights,
      `The projection year ${T} is before the baseline year ${baselineYear}: there is nothing to project.`,
      { baselineYear, assumptions },
    );
  const base = dependency(p, {
    scope: target.scope,
    material: target.material,
    stage: consumptionStage,
    year: baselineYear,
  });
  const sources = new SourceCollector();
  const pipeline = isRecycling
    ? []
    : pipelineProjects(
        p,
        { stage, m, scope: scope.id, mask: scope.mask, dominant: null, baselineYear, targetYear: T, recyclers: false },
        weights,
        sources,
        assumptions,
      );
  const noBaseline = (reason: string) =>
    withoutBaseline(p, target, weights, reason, { baselineYear, base, assumptions, pipeline });
  const what = `${target.material} at ${consumptionStage} into ${target.scope}`;

  // Consumption.
  let consumption: number;
  if (target.demand !== undefined) {
    if (!(target.demand > 0))
      return noBaseline(`Target ${target.id} gives a demand of ${target.demand}: no share of it can be computed.`);
    consumption = target.demand;
    assumptions.push(
      `Consumption: ${fmt(consumption)} ${unit} (the target's demand), for the baseline and the target year.`,
    );
  } else {
    const without = ' The target gives no demand, so the consumption, and the domestic share, cannot be known.';
    if (base.evidence === 'NONE') return noBaseline(`No supply of ${what} is recorded for ${baselineYear}.${without}`);
    if (base.importsRecorded === false)
      return noBaseline(
        `No imports of ${what} are recorded for ${baselineYear}: consumption (production + imports, SPEC 4.1) would be production alone.${without}`,
      );
    const incomplete = base.gaps.filter((g) => g.incomplete === true);
    if (incomplete.length > 0)
      return noBaseline(
        `The recorded imports of ${what} in ${baselineYear} are known to be incomplete (${incomplete.map((g) => g.title).join('; ')}): consumption would be understated and the domestic share overstated.${without}`,
      );
    consumption = base.total;
    assumptions.push(
      `Consumption in ${baselineYear} and ${T} = the supply of ${what} in ${baselineYear} (production + recorded imports, SPEC 4.1): ${fmt(consumption)} ${unit}; the target gives no demand, so consumption is held at the baseline.`,
    );
  }

  // Domestic supply at the baseline and in the target year.
  let domestic: number;
  let projectedDomestic: number;
  const extraSources: string[] = [];
  if (isRecycling) {
    const recovered = (y: number) =>
      recoveredMetalByCountry(p, y, target.scope).filter(
        (r) => r.material === target.material && scope.mask[p.countryIndex.get(r.country) ?? -1] === 1,
      );
    const atBase = recovered(baselineYear);
    const atTarget = recovered(T);
    if (atBase.length === 0 && atTarget.length === 0)
      return noBaseline(
        `No recovered ${target.material} is known in ${target.scope} for ${baselineYear} or ${T}: no recycler there has a stated recovered-metal capacity, or a black-mass processing capacity with the content and recovery parameters to estimate one. The recycling share is unknown, not 0 %.`,
      );
    domestic = atBase.reduce((a, r) => a + r.value, 0);
    projectedDomestic = atTarget.reduce((a, r) => a + r.value, 0);
    for (const r of [...atBase, ...atTarget]) extraSources.push(...r.sources);
    assumptions.push(
      `Recycling supply = recovered ${target.material} in ${target.scope} (recycling balance, SPEC 4.7): ${fmt(domestic)} ${unit} in ${baselineYear}, ${fmt(projectedDomestic)} ${unit} in ${T}, each from the recyclers' installed capacity while operating or ramping up in that year (SPEC 4.0: announced capacity is not counted and no status weights apply to recyclers).`,
    );
    const keys = [
      ...new Set([...atBase, ...atTarget].filter((r) => r.basis === 'PARAMETER').flatMap((r) => r.parameters)),
    ];
    if (keys.length > 0)
      assumptions.push(
        `Estimate resting on parameters (${keys.join(', ')}): black mass processed × metal content × recovery efficiency, not a reported quantity.`,
      );
  } else {
    const supply = scopeSupply(p, scope, m, STAGE_INDEX[stage], baselineYear);
    const members = [...supply.statistics.keys()].filter((c) => c !== p.unattributedCountry);
    if (members.length === 0 && supply.standIns.size === 0) {
      const xw = p.unattributedCountry >= 0 ? supply.cell.production.get(p.unattributedCountry) : undefined;
      return noBaseline(
        `No production of ${target.material} at ${stage} is recorded for any member of ${target.scope} in ${baselineYear} (no statistic names one and no member facility supplies)${xw !== undefined ? `; members may be part of the unattributed rest of the world (XW, ${fmt(xw)} ${unit})` : ''}: the domestic share is unknown, not 0 %.`,
      );
    }
    // Recovered metal counts toward the recycling benchmark, not the processing one (no tonne in two benchmarks).
    domestic = supply.producedInScope - supply.recoveredAdded;
    projectedDomestic = domestic + pipeline.reduce((a, x) => a + x.adds, 0);
    assumptions.push(
      `Domestic supply in ${baselineYear} = production of ${target.material} at ${stage} inside ${target.scope} (member statistics; where a member has none, the installed capacity of its operating facilities): ${fmt(domestic)} ${unit}.${supply.recoveredAdded > 0 ? ` Recovered metal (${fmt(supply.recoveredAdded)} ${unit}) is in the consumption but counts toward the recycling benchmark, not this one.` : ''}`,
      `Projected to ${T}: + Σ over facilities at ${stage} inside ${target.scope} whose projected capacity in ${T} (latest row of either basis at or before it) exceeds the supply they gave in ${baselineYear} of weight(current status) × that increase = ${fmt(projectedDomestic)} ${unit}.`,
      `Status weights: ${FACILITY_STATUSES.map((x) => `${x} ${weights[x]}`).join(', ')}.`,
    );
  }
  const baselineShare = domestic / consumption;
  const projectedShare = projectedDomestic / consumption;
  assumptions.push(
    `Domestic share = domestic supply / consumption: ${percent(baselineShare)} in ${baselineYear}, ${percent(projectedShare)} projected for ${T}, against the minimum ${percent(minimum)} (MET when the projected share reaches it, else BELOW).`,
  );
  return minimumShareResult(target, weights, minimum, {
    unit,
    baselineYear,
    baselineTotal: consumption,
    baselineShare,
    demand: consumption,
    projectedShare,
    domesticSupply: domestic,
    projectedDomesticSupply: projectedDomestic,
    // A project's contribution: the points it adds to the projected domestic share.
    contributions: pipeline
      .map((x) => ({ ...x, contribution: x.adds / consumption }))
      .sort((a, b) => b.contribution - a.contribution || (a.facility < b.facility ? -1 : 1)),
    pipeline,
    assumptions,
    sources: [...new Set([...base.sources, ...sources.ids(p), ...extraSources, ...target.sources])].sort(),
  });
}

/**
 * RECYCLED_CONTENT (Batteries Regulation minimums): the recycling analytics' recycled content of the scope in the
 * target year — recovered metal in the scope / (the scope's cell supply in GWh × MATERIAL_INTENSITY), both by the
 * SPEC 4.0 supply rule in that year — MET when it reaches the target's share, else BELOW, always marked as an
 * estimate resting on parameters; NO_BASELINE where the recycling figures cannot say (their reason). The baseline is
 * the same figure at the baseline year (the target's, else the latest year with cell statistics).
 */
export function evaluateRecycledContent(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number> = { ...DEFAULT_STATUS_WEIGHTS },
): TargetEvaluation {
  if (target.share === undefined) return withoutBaseline(p, target, weights, noMinimum(target));
  const minimum = target.share;
  const m = materialOf(p, target.material);
  const unit = p.materialUnit[m]!;
  const T = target.targetYear;
  const assumptions: string[] = [];
  const cells = p.materialIndex.get('cells');
  const baselineYear =
    cells === undefined ? T : baselineYearOf(p, { ...target, material: 'cells' }, cells, 'CELL', assumptions);
  const figure = (y: number) => {
    const result = recycling(p, { scope: target.scope, year: y });
    return { result, content: result.recycledContent.find((x) => x.material === target.material) ?? null };
  };
  const atTarget = figure(T);
  const c = atTarget.content;
  if (!c || c.status === 'NO_BASELINE' || c.share === null || c.cellDemand === null)
    return withoutBaseline(
      p,
      target,
      weights,
      c?.reason ??
        `The recycling figures of ${target.scope} for ${T} hold no recycled content of ${target.material}: no recovered ${target.material} or no cell production with a material intensity for it.`,
      { baselineYear, assumptions },
    );
  const used = new Map(atTarget.result.parameters.map((x) => [x.key, x]));
  const resting = c.parameters.map((k) => (used.get(k) ? describeParameter(used.get(k)!) : k));
  let baseline = figure(baselineYear).content;
  let shownBaselineYear = baselineYear;
  if (!baseline || baseline.share === null || baseline.status === 'NO_BASELINE') {
    assumptions.push(
      `No recycled content of ${target.material} is known for ${baselineYear} (${baseline?.reason ?? 'no figure'}): the baseline shown is the ${T} figure.`,
    );
    baseline = c;
    shownBaselineYear = T;
  }
  assumptions.push(
    `Recycled content in ${T} = recovered ${target.material} in ${target.scope} ${fmt(c.recovered)} ${unit} / (cell supply of ${target.scope} × material intensity) ${fmt(c.cellDemand)} ${unit} = ${percent(c.share)}; both by the SPEC 4.0 supply rule in ${T} (installed capacity while operating or ramping up; announced capacity is not counted, no status weights).`,
    `Estimate resting on parameters: ${resting.length > 0 ? resting.join('; ') : 'none listed'} — not a reported recycled content.`,
    `With each parameter at the low, then the high end of its range: ${c.shareLow === null ? 'no figure' : percent(c.shareLow)} to ${c.shareHigh === null ? 'no upper bound' : percent(c.shareHigh)}${c.shareLow !== null && c.shareLow < minimum && (c.shareHigh === null || c.shareHigh >= minimum) ? ` — the minimum ${percent(minimum)} lies inside that range, so the status holds at the central values only` : ''}.`,
    `MET when the ${T} share reaches the minimum ${percent(minimum)}, else BELOW.`,
  );
  const parameterSources = c.parameters.flatMap((k) => used.get(k)?.sources ?? []);
  return minimumShareResult(target, weights, minimum, {
    unit,
    baselineYear: shownBaselineYear,
    baselineTotal: baseline.cellDemand ?? c.cellDemand,
    baselineShare: baseline.share ?? c.share,
    demand: c.cellDemand,
    projectedShare: c.share,
    domesticSupply: baseline.recovered,
    projectedDomesticSupply: c.recovered,
    contributions: [],
    pipeline: [],
    assumptions,
    sources: [...new Set([...atTarget.result.sources, ...parameterSources, ...target.sources])].sort(),
  });
}

/**
 * RECOVERY_RATE (Batteries Regulation material-recovery targets): always NO_BASELINE. No plant publishes the share
 * of a metal it actually recovers, so the data cannot check the target; the literature recovery efficiency the
 * recycling figures assume is shown in the reason as an assumption, never as a measured rate.
 */
export function evaluateRecoveryRate(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number> = { ...DEFAULT_STATUS_WEIGHTS },
): TargetEvaluation {
  const efficiency = resolveParameters(p).filter(
    (x) => x.kind === 'RECOVERY_EFFICIENCY' && x.material === target.material,
  );
  const asked =
    target.share === undefined ? 'the target' : `the ${percent(target.share)} target for ${target.targetYear}`;
  const reason = `No plant publishes the share of ${target.material} it actually recovers from waste batteries, so ${asked} cannot be checked against data. ${
    efficiency.length > 0
      ? `The recycling figures assume a literature recovery efficiency (${efficiency.map(describeParameter).join('; ')}): an assumption, not a measured rate.`
      : `No recovery-efficiency parameter for ${target.material} is in the data either.`
  }`;
  const e = withoutBaseline(p, target, weights, reason);
  return { ...e, sources: [...new Set([...e.sources, ...efficiency.flatMap((x) => x.sources)])].sort() };
}

/**
 * The projects of a target (SPEC 4.5): facilities at the stage with capacity of the material, not in the dominant
 * country, whose projected capacity in the target year exceeds the supply they gave in the baseline year (inside
 * the scope), or whose flow into the scope grows (outside it). With the dominant country unknown (null), only the
 * facilities inside the scope are listed. At REFINING the scope's recyclers too ({@link recyclerProjects}). Ordered by
 * what they add, largest first. What the recyclers rest on is added to `assumptions`.
 */
function pipelineProjects(
  p: Projection,
  q: PipelineQuery,
  weights: Record<FacilityStatus, number>,
  sources: SourceCollector,
  assumptions: string[],
): PipelineProject[] {
  const s = STAGE_INDEX[q.stage];
  const out: PipelineProject[] = [];
  for (const f of p.facilitiesByStage[s]!) {
    if (p.facilityCountry[f] === q.dominant) continue;
    let capacity: number;
    let baselineSupply: number;
    let viaFlow = false;
    if (q.mask[p.facilityCountry[f]!]) {
      const entry = projectedEntry(p, f, q.m, q.targetYear);
      if (entry < 0) continue;
      capacity = projectedCapacity(p, f, q.m, q.targetYear);
      baselineSupply = supplyCapacity(p, f, q.m, q.baselineYear);
      if (capacity <= baselineSupply) continue;
      sources.capacities.add(p.capRow[entry]!);
    } else {
      if (q.dominant === null) continue;
      const flow = flowIntoScope(p, f, q.m, s, q.mask, q.targetYear, sources);
      if (flow === null) continue;
      capacity = flow;
      baselineSupply = flowInYear(p, f, q.m, s, q.mask, q.baselineYear);
      if (capacity <= baselineSupply) continue;
      viaFlow = true;
    }
    out.push(project(p, f, weights, capacity, baselineSupply, viaFlow ? 'FLOW' : 'CAPACITY', []));
  }
  if (s === STAGE_INDEX.REFINING && q.recyclers !== false)
    out.push(...recyclerProjects(p, q, weights, sources, assumptions));
  return out.sort((a, b) => b.adds - a.adds || (a.facility < b.facility ? -1 : 1));
}

interface PipelineQuery {
  stage: Stage;
  m: number;
  /** The target's scope id (the recycling balance of recyclers' projects is that scope's) and its member mask. */
  scope: string;
  mask: Uint8Array;
  dominant: number | null;
  baselineYear: number;
  targetYear: number;
  /** At REFINING, also the scope's recyclers recovering the material (SPEC 4.7); default true. */
  recyclers?: boolean;
}

function project(
  p: Projection,
  f: number,
  weights: Record<FacilityStatus, number>,
  capacity: number,
  baselineSupply: number,
  basis: PipelineProject['basis'],
  parameters: string[],
): PipelineProject {
  const status = p.dataset.facilities[f]!.status;
  const weight = weights[status];
  return {
    facility: p.facilityIds[f]!,
    status,
    country: p.countryIds[p.facilityCountry[f]!]!,
    startYear: p.facilityStartYear[f]!,
    weight,
    capacity,
    viaFlow: basis === 'FLOW',
    baselineSupply,
    adds: weight * (capacity - baselineSupply),
    basis,
    parameters,
  };
}

/**
 * Recyclers as projects of a REFINING target (SPEC 4.7: recovered metal is REFINING supply of the recovering
 * country). A recycler's "capacity" is the metal it recovers in the target year in the recycling balance of the
 * target's scope with every recycler's projected capacity (latest row of either basis at or before the year, any
 * status; the scope's black mass pooled as in `recycling`), its baseline supply what it recovers in the baseline year
 * (SPEC 4.0 supply, as the shares count it); it adds weight(its status) × the increase. The figure is the plant's
 * stated RECOVERED_METAL capacity (basis CAPACITY) or, for a plant processing black mass, black mass processed ×
 * BLACK_MASS_CONTENT × RECOVERY_EFFICIENCY (basis PARAMETER, the parameters named). A plant whose recovered metal cannot
 * be estimated (a parameter missing) is not a project, and the assumptions say so: unknown, not zero.
 */
function recyclerProjects(
  p: Projection,
  q: PipelineQuery,
  weights: Record<FacilityStatus, number>,
  sources: SourceCollector,
  assumptions: string[],
): PipelineProject[] {
  const material = p.materialIds[q.m]!;
  const { scope, baselineYear: b, targetYear: T } = q;
  const before = new Map(
    recoveredMetalByPlant(p, b, { scope })
      .filter((x) => x.material === material)
      .map((x) => [x.facility, x.value]),
  );
  const parameters = resolveParameters(p);
  const rows = new Map(parameters.map((x) => [x.key, x]));
  const unit = p.materialUnit[q.m]!;
  const out: PipelineProject[] = [];
  const estimated: string[] = [];
  const projected = recoveredMetalByPlant(p, T, { scope, capacity: 'PROJECTED' }).filter(
    (x) => x.material === material,
  );
  for (const x of projected) {
    const f = x.facilityIndex;
    if (f < 0 || p.facilityCountry[f] === q.dominant || !q.mask[x.countryIndex]) continue;
    const baselineSupply = before.get(x.facility) ?? 0;
    if (x.value <= baselineSupply) continue;
    for (const r of x.capacityRows) sources.capacities.add(r);
    for (const id of x.sources) sources.direct.add(id);
    const words = x.parameters.map((k) => {
      const row = rows.get(k);
      return row ? describeParameter(row) : k;
    });
    const e = project(p, f, weights, x.value, baselineSupply, x.basis, x.basis === 'PARAMETER' ? words : []);
    out.push(e);
    if (x.basis === 'PARAMETER')
      estimated.push(
        `${p.dataset.facilities[f]!.name} ${fmt(x.value)} ${unit} in ${T} (${fmt(baselineSupply)} ${unit} in ${b}): ${words.join('; ')}`,
      );
  }
  // Plants that process black mass but whose recovered metal has no figure: a parameter is missing for them.
  const figured = new Set(projected.map((x) => x.facility));
  const unknown = recyclingInput(p, { scope, year: T, capacity: 'PROJECTED' })
    .recyclers.filter(
      (r) => r.blackMassInput !== undefined && r.recoveredMetal?.[material] === undefined && !figured.has(r.id),
    )
    .map((r) => {
      const lacking = (['BLACK_MASS_CONTENT', 'RECOVERY_EFFICIENCY'] as const).filter(
        (kind) => pickParameter(parameters, kind, material, r.chemistry) === null,
      );
      const why = lacking.map((k) => `${k} of ${material}`).join(' or ');
      return `${r.name} (${why ? `no ${why}` : 'no black-mass feed known'})`;
    });
  if (projected.length === 0 && unknown.length === 0) return out;
  assumptions.push(
    `Recyclers in ${scope} are projects too (recovered metal is REFINING supply of the recovering country, SPEC 4.7): the ${material} each recovers in the recycling balance of ${scope} with every recycler's projected capacity in ${T} (latest row of either basis, any status; the scope's black mass pooled), against what it recovered in ${b}; each adds weight(its status) × the increase.`,
  );
  if (estimated.length > 0)
    assumptions.push(
      `Recovered ${material} estimated from parameters (black mass processed × BLACK_MASS_CONTENT × RECOVERY_EFFICIENCY, not reported; ${unit}): ${estimated.join('. ')}.`,
    );
  if (unknown.length > 0)
    assumptions.push(
      `Not counted as projects: ${unknown.join(', ')} process black mass, but their recovered ${material} cannot be estimated; what they add is unknown, not zero.`,
    );
  return out;
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
