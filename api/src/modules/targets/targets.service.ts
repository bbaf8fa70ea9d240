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

export type TargetEvaluationRecord = Omit<TargetEvaluation, 'contributions' | 'pipeline' | 'sources'> & {
  scenario: string | null;
  contributions: (Omit<ProjectContribution, 'facility'> & { facility: FacilityRow })[];
  pipeline: (Omit<PipelineProject, 'facility'> & { facility: FacilityRow })[];
  sources: SourceRow[];
  baseline: TargetEvaluationRecord | null;
  /** Scenario − baseline (with a scenario), else null. */
  difference: TargetEvaluationDifference | null;
};

function toRecord(p: Projection, e: TargetEvaluation, q: QueryProjection): TargetEvaluationRecord {
  return {
    ...e,
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
    const run = (q: QueryProjection) => evaluateTargets(q.projection, query).map((e) => toRecord(q.projection, e, q));
    const baseline = await guard(() => run(base));
    if (!applied) return baseline;
    const byId = new Map(baseline.map((e) => [e.target.id, e]));
    return (await guard(() => run(applied))).map((e) => {
      const before = byId.get(e.target.id);
      return before ? { ...e, baseline: before, difference: targetEvaluationDifference(before, e) } : e;
    });
  }
}
