import type { InvestorRegionResult } from './investor-region.js';
import type { LookThroughResult } from './look-through.js';
import type { DependencyResult, OriginShare } from './shares.js';
import type { TargetEvaluation } from './targets.js';

/**
 * Scenario minus baseline, for every analytic that answers both side by side (SPEC 4.6): the one place these
 * differences are computed, so every view and export shows the same ones. A difference is null where either side
 * has no figure (no supply recorded, third-country share unknown, no baseline for a target) — never 0, which would
 * read as "no change".
 */

/** One origin's change: in the material's unit, and in share of the total (0–1 points). */
export interface OriginShareDifference {
  origin: string;
  /** Scenario value − baseline value (an origin absent on one side counts 0 there). */
  value: number;
  /** Scenario share − baseline share; null when either side has no supply at all (a share of nothing). */
  share: number | null;
  baselineShare: number | null;
  scenarioShare: number | null;
}

export interface DependencyDifference {
  /** Scenario total − baseline total, material's unit. */
  total: number;
  /** Change of the largest origin's share (whichever origin is largest on each side); null when either has none. */
  topShare: number | null;
  /** True when the largest origin is another one in the scenario. */
  topChanged: boolean;
  /** Change of the top third country's share; null when either side's third-country share is unknown. */
  topThirdCountryShare: number | null;
  topThirdCountryChanged: boolean;
  /** Change of the HHI; null when either side has no supply recorded. */
  hhi: number | null;
  /** Every origin of either side whose value or share changed, largest change first. */
  shares: OriginShareDifference[];
}

export interface LookThroughDifference {
  /** Change of the top third country's share of the upstream exposure; null when either side's is unknown. */
  topThirdCountryShare: number | null;
  topThirdCountryChanged: boolean;
  /** Change of the share resting on the self-sourcing assumption. */
  assumed: number;
  /** Exposure by upstream origin, changed ones, largest change first. */
  shares: OriginShareDifference[];
}

export interface TargetEvaluationDifference {
  /** Change of the baseline-year share B of the dominant country; null when either side has no baseline. */
  baselineShare: number | null;
  /** Change of the projected share P; null when either side has no baseline. */
  projectedShare: number | null;
  /** Change of the reduction 1 − P/B; null when either side has no baseline. */
  reduction: number | null;
  /** Change of the supply still missing for a 30 % (50 %) reduction; null when either side has no baseline. */
  gapTo30: number | null;
  gapTo50: number | null;
  /** Change of the supply still missing for the maximum share (MAX_SINGLE_COUNTRY_SHARE); null otherwise or without a baseline. */
  gapToMax: number | null;
  /** True when the dominant country is another one in the scenario. */
  dominantChanged: boolean;
  statusChanged: boolean;
  /** The status on the stored data and under the scenario (e.g. OFF_TRACK → MET_30). */
  fromStatus: string;
  toStatus: string;
}

export interface InvestorRegionsDifference {
  /** Scenario total − baseline total, material's unit. */
  total: number;
  /** Investor regions whose capacity or share changed, largest change first. */
  shares: OriginShareDifference[];
}

/** Differences smaller than this (rounding in sums over different row orders) count as no change. */
const EPSILON = 1e-12;

function minus(a: number, b: number): number {
  const d = a - b;
  return Math.abs(d) < EPSILON ? 0 : d;
}

/**
 * Per origin, scenario − baseline, over the origins of both sides; unchanged origins are left out; largest
 * absolute value change first (ties by origin id).
 */
export function originShareDifferences(
  baseline: readonly OriginShare[],
  baselineTotal: number,
  scenario: readonly OriginShare[],
  scenarioTotal: number,
): OriginShareDifference[] {
  const before = new Map(baseline.map((s) => [s.origin, s]));
  const after = new Map(scenario.map((s) => [s.origin, s]));
  const origins = [...new Set([...before.keys(), ...after.keys()])];
  const hasShares = baselineTotal > 0 && scenarioTotal > 0;
  return origins
    .map((origin) => {
      const b = before.get(origin);
      const a = after.get(origin);
      const baselineShare = baselineTotal > 0 ? (b?.share ?? 0) : null;
      const scenarioShare = scenarioTotal > 0 ? (a?.share ?? 0) : null;
      return {
        origin,
        value: minus(a?.value ?? 0, b?.value ?? 0),
        share: hasShares ? minus(scenarioShare ?? 0, baselineShare ?? 0) : null,
        baselineShare,
        scenarioShare,
      };
    })
    .filter((d) => d.value !== 0 || (d.share !== null && d.share !== 0))
    .sort((x, y) => Math.abs(y.value) - Math.abs(x.value) || (x.origin < y.origin ? -1 : 1));
}

function shareChange(
  baseline: OriginShare | null,
  scenario: OriginShare | null,
  known: boolean,
): { share: number | null; changed: boolean } {
  return {
    share: known ? minus(scenario?.share ?? 0, baseline?.share ?? 0) : null,
    changed: (baseline?.origin ?? null) !== (scenario?.origin ?? null),
  };
}

/** What a dependency difference reads of each side. */
export type DependencyFigures = Pick<
  DependencyResult,
  'total' | 'shares' | 'top' | 'topThirdCountry' | 'hhi' | 'evidence' | 'thirdCountryKnown'
>;

/** A dependency figure under a scenario minus the same figure on the stored data. */
export function dependencyDifference(baseline: DependencyFigures, scenario: DependencyFigures): DependencyDifference {
  const bothSupplied = baseline.evidence !== 'NONE' && scenario.evidence !== 'NONE';
  const top = shareChange(baseline.top, scenario.top, bothSupplied);
  const third = shareChange(
    baseline.topThirdCountry,
    scenario.topThirdCountry,
    baseline.thirdCountryKnown && scenario.thirdCountryKnown,
  );
  return {
    total: minus(scenario.total, baseline.total),
    topShare: top.share,
    topChanged: top.changed,
    topThirdCountryShare: third.share,
    topThirdCountryChanged: third.changed,
    hhi: bothSupplied ? minus(scenario.hhi, baseline.hhi) : null,
    shares: originShareDifferences(baseline.shares, baseline.total, scenario.shares, scenario.total),
  };
}

export type LookThroughFigures = Pick<LookThroughResult, 'shares' | 'topThirdCountry' | 'assumed'> & {
  direct: Pick<DependencyResult, 'total' | 'thirdCountryKnown'>;
};

/** Look-through exposure under a scenario minus the same on the stored data. */
export function lookThroughDifference(
  baseline: LookThroughFigures,
  scenario: LookThroughFigures,
): LookThroughDifference {
  const third = shareChange(
    baseline.topThirdCountry,
    scenario.topThirdCountry,
    baseline.direct.thirdCountryKnown && scenario.direct.thirdCountryKnown,
  );
  return {
    topThirdCountryShare: third.share,
    topThirdCountryChanged: third.changed,
    assumed: minus(scenario.assumed, baseline.assumed),
    shares: originShareDifferences(baseline.shares, baseline.direct.total, scenario.shares, scenario.direct.total),
  };
}

export type TargetFigures = Pick<
  TargetEvaluation,
  'status' | 'baselineShare' | 'projectedShare' | 'reduction' | 'gapTo30' | 'gapTo50' | 'gapToMax' | 'dominant'
>;

/** A target evaluated under a scenario minus the same evaluation on the stored data. */
export function targetEvaluationDifference(
  baseline: TargetFigures,
  scenario: TargetFigures,
): TargetEvaluationDifference {
  const both = baseline.status !== 'NO_BASELINE' && scenario.status !== 'NO_BASELINE';
  const change = (a: number, b: number) => (both ? minus(a, b) : null);
  return {
    baselineShare: change(scenario.baselineShare, baseline.baselineShare),
    projectedShare: change(scenario.projectedShare, baseline.projectedShare),
    reduction: change(scenario.reduction, baseline.reduction),
    gapTo30: change(scenario.gapTo30, baseline.gapTo30),
    gapTo50: change(scenario.gapTo50, baseline.gapTo50),
    gapToMax:
      scenario.gapToMax === null || baseline.gapToMax === null ? null : change(scenario.gapToMax, baseline.gapToMax),
    dominantChanged: baseline.dominant !== scenario.dominant,
    statusChanged: baseline.status !== scenario.status,
    fromStatus: baseline.status,
    toStatus: scenario.status,
  };
}

/** Capacity by investor region under a scenario minus the same on the stored data. */
export function investorRegionsDifference(
  baseline: Pick<InvestorRegionResult, 'total' | 'shares'>,
  scenario: Pick<InvestorRegionResult, 'total' | 'shares'>,
): InvestorRegionsDifference {
  return {
    total: minus(scenario.total, baseline.total),
    shares: originShareDifferences(baseline.shares, baseline.total, scenario.shares, scenario.total),
  };
}
