/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import {
  FACILITY_STATUSES,
  type FacilityStatus,
  type Stage,
  type TargetKind,
  type TargetRow,
} from '../dataset/types.js';
import { STAGE_INDEX, capacityEntryAt, materialStageKey, type Projection } from './projection.js';
import { AnalyticsInputError, materialOf, resolveScope } from './scope.js';
import { SourceCollector, dependency } from './shares.js';

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

/** The target kinds this module evaluates. */
export const EVALUATED_KINDS: readonly TargetKind[] = ['SINGLE_COUNTRY_REDUCTION', 'MAX_SINGLE_COUNTRY_SHARE'];

export type TargetStatus = 'MET_50' | 'MET_30' | 'OFF_TRACK' | 'WITHIN_MAX' | 'ABOVE_MAX' | 'NO_THIRD_COUNTRY';

/** What one project adds to the non-dominant supply, and how much the projected share would rise without it. */
export interface ProjectContribution {
  facility: string;
  status: FacilityStatus;
  country: string;
  startYear: number;
  weight: number;
  /** Capacity in the target year (inside the scope) or the flow into the scope (outside it), in the material's unit. */
  capacity: number;
  /** True when the project is outside the scope and counts through its flow into it. */
  viaFlow: boolean;
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

/**
 * Evaluates every SINGLE_COUNTRY_REDUCTION and MAX_SINGLE_COUNTRY_SHARE target that has a stage (SPEC 4.5),
 * in target-id order. Other kinds are not evaluated here.
 */
export function evaluateTargets(p: Projection, query: TargetQuery = {}): TargetEvaluation[] {
  const weights = statusWeights(query.weights);
  const only = query.targets ? new Set(query.targets) : null;
  return p.dataset.targets
    .filter(
      (t) =>
        EVALUATED_KINDS.includes(t.kind) &&
        t.stage !== undefined &&
        (query.scope === undefined || t.scope === query.scope) &&
        (!only || only.has(t.id)),
    )
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((t) => evaluateTarget(p, t, weights));
}

/**
 * One target: baseline top third country D and its share B (LOCATION basis); projected share P in the target
 * year from the weighted capacity of new projects outside D; reduction 1 − P/B, status band, gaps to 30 % and
 * 50 %, and each project's contribution. See docs/methodology.md for a worked example.
 */
export function evaluateTarget(
  p: Projection,
  target: TargetRow,
  weights: Record<FacilityStatus, number> = { ...DEFAULT_STATUS_WEIGHTS },
): TargetEvaluation {
  if (!target.stage)
    throw new AnalyticsInputError(`Target ${target.id} has no stage; it cannot be evaluated.`, 'VALIDATION_FAILED');
  const stage: Stage = target.stage;
  const s = STAGE_INDEX[stage];
  const m = materialOf(p, target.material);
  const scope = resolveScope(p, target.scope);
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
  const sources = new SourceCollector();
  const D = base.topThirdCountry;
  const dominantIndex = D ? p.countryIndex.get(D.origin)! : -1;
  const B = D?.share ?? 0;
  const dominantValue = D?.value ?? 0;
  const demand = target.demand ?? base.total;
  assumptions.push(
    target.demand !== undefined
      ? `Demand in ${target.targetYear}: ${target.demand} ${base.unit} (from the target).`
      : `Demand in ${target.targetYear} = the baseline total, ${fmt(base.total)} ${base.unit} (the target gives none).`,
  );
  assumptions.push(
    `Status weights: ${FACILITY_STATUSES.map((x) => `${x} ${weights[x]}`).join(', ')}.`,
    `Projects: facilities at ${stage} with ${target.material} capacity, not in ${D?.origin ?? 'the dominant country'}, starting after ${baselineYear} and no later than ${target.targetYear}; capacity = the latest row at or before ${target.targetYear}; projects outside ${target.scope} count their flow into it.`,
  );

  // Projects.
  const contributions: ProjectContribution[] = [];
  let projectSupply = 0;
  let noStartYear = 0;
  for (const f of p.facilitiesByStage[s]!) {
    if (p.facilityCountry[f] === dominantIndex) continue;
    const entry = capacityEntryAt(p, f, m, target.targetYear);
    const start = p.facilityStartYear[f]!;
    if (start === 0) {
      if (entry >= 0) noStartYear++;
      continue;
    }
    if (start <= baselineYear || start > target.targetYear) continue;
    let capacity: number;
    let viaFlow = false;
    if (scope.mask[p.facilityCountry[f]!]) {
      if (entry < 0) continue;
      capacity = p.capValue[entry]!;
      sources.capacities.add(p.capRow[entry]!);
    } else {
      const flow = flowIntoScope(p, f, m, s, scope.mask, target.targetYear, sources);
      if (flow === null) continue;
      capacity = flow;
      viaFlow = true;
    }
    const status = p.dataset.facilities[f]!.status;
    const weight = weights[status];
    projectSupply += weight * capacity;
    contributions.push({
      facility: p.facilityIds[f]!,
      status,
      country: p.countryIds[p.facilityCountry[f]!]!,
      startYear: start,
      weight,
      capacity,
      viaFlow,
      contribution: 0,
    });
  }
  if (noStartYear > 0)
    assumptions.push(
      `${noStartYear} facilities at ${stage} with ${target.material} capacity have no start year and are not counted as projects.`,
    );

  const nonDominant = base.total - dominantValue + projectSupply;
  const projected = (supply: number) => (demand > 0 ? Math.max(0, demand - supply) / demand : 0);
  const P = D ? projected(nonDominant) : 0;
  for (const c of contributions) c.contribution = D ? projected(nonDominant - c.weight * c.capacity) - P : 0;
  contributions.sort((a, b) => b.contribution - a.contribution || (a.facility < b.facility ? -1 : 1));
  const reduction = B > 0 ? 1 - P / B : 0;
  let status: TargetStatus;
  let meetsMaxShare: boolean | null = null;
  if (!D) status = 'NO_THIRD_COUNTRY';
  else if (target.kind === 'MAX_SINGLE_COUNTRY_SHARE') {
    meetsMaxShare = P <= (target.share ?? 0.65);
    status = meetsMaxShare ? 'WITHIN_MAX' : 'ABOVE_MAX';
  } else status = reduction >= 0.5 ? 'MET_50' : reduction >= 0.3 ? 'MET_30' : 'OFF_TRACK';
  if (target.kind === 'MAX_SINGLE_COUNTRY_SHARE')
    assumptions.push(`Maximum share ${target.share ?? 0.65} of a single third country, checked against P.`);
  if (!D) assumptions.push(`No third country supplies ${target.scope} at the baseline: nothing to reduce.`);

  return {
    target,
    scope: target.scope,
    unit: base.unit,
    baselineYear,
    targetYear: target.targetYear,
    dominant: D?.origin ?? null,
    baselineTotal: base.total,
    dominantValue,
    baselineShare: B,
    demand,
    nonDominant,
    projectedShare: P,
    reduction,
    status,
    gapTo30: D ? Math.max(0, demand * (1 - 0.7 * B) - nonDominant) : 0,
    gapTo50: D ? Math.max(0, demand * (1 - 0.5 * B) - nonDominant) : 0,
    meetsMaxShare,
    contributions,
    weights,
    assumptions,
    sources: [...new Set([...base.sources, ...sources.ids(p), ...target.sources])].sort(),
  };
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
