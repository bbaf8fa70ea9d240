import { lookThrough, type LookThroughQuery, type LookThroughResult } from '../../analytics/look-through.js';
import type { Projection } from '../../analytics/projection.js';
import { dependency, dependencyMatrix, type DependencyQuery, type DependencyResult } from '../../analytics/shares.js';
import type { SourceRow, Stage } from '../../dataset/types.js';
import { userError } from '../../errors.js';
import { AnalyticsAccess, guard, type QueryProjection } from '../scenarios/analytics-access.js';

/** A dependency figure as the API returns it. */
export type DependencyRecord = Omit<DependencyResult, 'sources'> & {
  scenario: string | null;
  sources: SourceRow[];
  baseline: DependencyRecord | null;
};

export type LookThroughRecord = Omit<LookThroughResult, 'sources' | 'direct'> & {
  scenario: string | null;
  direct: DependencyRecord;
  sources: SourceRow[];
  baseline: LookThroughRecord | null;
};

export interface DependencyCellRecord {
  material: string;
  stage: Stage;
  dependency: DependencyRecord;
}

function toRecord(p: Projection, r: DependencyResult, q: QueryProjection): DependencyRecord {
  return {
    ...r,
    scenario: q.scenario,
    assumptions: [...r.assumptions, ...q.notes],
    sources: AnalyticsAccess.sources(p, r.sources),
    baseline: null,
  };
}

/** Dependency shares, the matrix and look-through, on the projection (never one store call per node). */
export class DependencyService {
  constructor(private readonly access: AnalyticsAccess) {}

  async dependency(query: DependencyQuery, scenario: string | null | undefined): Promise<DependencyRecord> {
    checkYear(query.year);
    const { base, scenario: applied } = await this.access.projections(scenario);
    const run = (q: QueryProjection) => toRecord(q.projection, dependency(q.projection, query), q);
    const baseline = await guard(() => run(base));
    if (!applied) return baseline;
    return { ...(await guard(() => run(applied))), baseline };
  }

  async matrix(
    query: { scope: string; year: number; basis: NonNullable<DependencyQuery['basis']> },
    scenario: string | null | undefined,
  ): Promise<DependencyCellRecord[]> {
    checkYear(query.year);
    const { base, scenario: applied } = await this.access.projections(scenario);
    const run = (q: QueryProjection) =>
      dependencyMatrix(q.projection, query).map((cell) => ({
        ...cell,
        dependency: toRecord(q.projection, cell.dependency, q),
      }));
    const baseline = await guard(() => run(base));
    if (!applied) return baseline;
    const cells = await guard(() => run(applied));
    return cells.map((cell, i) => ({
      ...cell,
      dependency: { ...cell.dependency, baseline: baseline[i]?.dependency ?? null },
    }));
  }

  async lookThrough(query: LookThroughQuery, scenario: string | null | undefined): Promise<LookThroughRecord> {
    checkYear(query.year);
    if (query.paths !== undefined && (query.paths < 0 || query.paths > 100))
      throw userError('VALIDATION_FAILED', `"paths" must be from 0 to 100; got ${query.paths}.`);
    const { base, scenario: applied } = await this.access.projections(scenario);
    const run = (q: QueryProjection): LookThroughRecord => {
      const r = lookThrough(q.projection, query);
      return {
        ...r,
        scenario: q.scenario,
        direct: toRecord(q.projection, r.direct, q),
        assumptions: [...r.assumptions, ...q.notes],
        sources: AnalyticsAccess.sources(q.projection, r.sources),
        baseline: null,
      };
    };
    const baseline = await guard(() => run(base));
    if (!applied) return baseline;
    return { ...(await guard(() => run(applied))), baseline };
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1950 || year > 2100)
    throw userError('VALIDATION_FAILED', `"year" must be a year from 1950 to 2100; got ${year}.`);
}
