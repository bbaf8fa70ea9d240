import { targetEvaluationDifference, type TargetEvaluationDifference } from '../../analytics/difference.js';
import type { Projection } from '../../projection/projection.js';
import {
  evaluateTargets,
  type PipelineProject,
  type ProjectContribution,
  type StatusWeights,
  type TargetEvaluation,
} from '../../analytics/targets.js';
import type { FacilityRow, SourceRow } from '../../dataset/types.js';
import { AnalyticsAccess, guard, type QueryProjection } from '../scenarios/analytics-access.js';

/** The figures that exist only with a baseline: null (never 0) when the status is NO_BASELINE. */
export const BASELINE_FIGURES = [
  'baselineTotal',
  'dominantValue',
  'baselineShare',
  'demand',
  'nonDominant',
  'projectedShare',
  'reduction',
  'gapTo30',
  'gapTo50',
] as const;
/** The gaps to a −30 / −50 % reduction: figures of single-country reduction targets only. */
const REDUCTION_GAPS = ['gapTo30', 'gapTo50'] as const;
type BaselineFigure = (typeof BASELINE_FIGURES)[number];

export type TargetEvaluationRecord = Omit<TargetEvaluation, 'contributions' | 'pipeline' | 'sources' | BaselineFigure> &
  Record<BaselineFigure, number | null> & {
    scenario: string | null;
    contributions: (Omit<ProjectContribution, 'facility'> & { facility: FacilityRow })[];
    pipeline: (Omit<PipelineProject, 'facility'> & { facility: FacilityRow })[];
    sources: SourceRow[];
    baseline: TargetEvaluationRecord | null;
    /** Scenario − baseline (with a scenario), else null. */
    difference: TargetEvaluationDifference | null;
  };

/**
 * The analytics' evaluation as the API answers it. Without a baseline the analytics hold 0 placeholders for the
 * figures; the API answers null there (the reason says why), as the reports do, so that no client can quote a 0 % that
 * is no answer. The −30/−50 % gaps are null for every kind but SINGLE_COUNTRY_REDUCTION, where they do not apply.
 */
function toRecord(p: Projection, e: TargetEvaluation, q: QueryProjection): TargetEvaluationRecord {
  const figures = {} as Record<BaselineFigure, number | null>;
  for (const k of BASELINE_FIGURES) figures[k] = e.status === 'NO_BASELINE' ? null : e[k];
  if (e.target.kind !== 'SINGLE_COUNTRY_REDUCTION') for (const k of REDUCTION_GAPS) figures[k] = null;
  return {
    ...e,
    ...figures,
    scenario: q.scenario,
    assumptions: [...e.assumptions, ...q.notes],
    contributions: e.contributions.map((c) => ({ ...c, facility: AnalyticsAccess.facility(p, c.facility) })),
    pipeline: e.pipeline.map((c) => ({ ...c, facility: AnalyticsAccess.facility(p, c.facility) })),
    sources: AnalyticsAccess.sources(p, e.sources),
    baseline: null,
    difference: null,
  };
}

/** Target tracking on the projection. */
export class TargetsService {
  constructor(private readonly access: AnalyticsAccess) {}

  async evaluations(
    query: { scope?: string; weights?: StatusWeights; year?: number; baselineYear?: number },
    scenario: string | null | undefined,
  ): Promise<TargetEvaluationRecord[]> {
    const { base, scenario: applied } = await this.access.projections(scenario);
    const stored = await guard(() => evaluateTargets(base.projection, query));
    const pairs = stored.map((raw) => ({ raw, record: toRecord(base.projection, raw, base) }));
    if (!applied) return pairs.map((x) => x.record);
    const byId = new Map(pairs.map((x) => [x.raw.target.id, x]));
    // The difference is taken on the analytics' figures (it is null wherever either side has no baseline).
    return (await guard(() => evaluateTargets(applied.projection, query))).map((e) => {
      const record = toRecord(applied.projection, e, applied);
      const before = byId.get(e.target.id);
      return before
        ? { ...record, baseline: before.record, difference: targetEvaluationDifference(before.raw, e) }
        : record;
    });
  }
}
