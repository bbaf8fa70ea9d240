import {
  dependencyDifference,
  lookThroughDifference,
  type DependencyDifference,
  type LookThroughDifference,
} from '../../analytics/difference.js';
import { dataGaps } from '../../analytics/gaps.js';
import { lookThrough, type LookThroughQuery, type LookThroughResult } from '../../analytics/look-through.js';
import { dependencySeries, type DependencySeriesQuery } from '../../analytics/series.js';
import { dependency, dependencyMatrix, type DependencyQuery, type DependencyResult } from '../../analytics/shares.js';
import type { FacilityRow, FacilityStatus, GapRow, SourceRow, Stage } from '../../dataset/types.js';
import { facilityMaterial, statusIn, supplyCapacity } from '../../projection/capacity.js';
import type { Projection } from '../../projection/projection.js';
import { userError } from '../../errors.js';
import { AnalyticsAccess, guard, type QueryProjection } from '../scenarios/analytics-access.js';

/** A data gap as the API returns it. */
export type DataGapRecord = Omit<GapRow, 'sources' | 'incomplete'> & { incomplete: boolean; sources: SourceRow[] };

/** A dependency figure as the API returns it. */
export type DependencyRecord = Omit<DependencyResult, 'sources' | 'standIns' | 'gaps' | 'recovered'> & {
  scenario: string | null;
  sources: SourceRow[];
  standIns: { facility: FacilityRow; value: number; estimatedWith: string | null }[];
  recovered: (Omit<DependencyResult['recovered'][number], 'plants'> & { plants: FacilityRow[] })[];
  gaps: DataGapRecord[];
  baseline: DependencyRecord | null;
  /** Scenario − baseline (with a scenario), else null. */
  difference: DependencyDifference | null;
};

function gapRecord(p: Projection, g: GapRow): DataGapRecord {
  return { ...g, incomplete: g.incomplete === true, sources: AnalyticsAccess.sources(p, g.sources ?? []) };
}

export type LookThroughRecord = Omit<LookThroughResult, 'sources' | 'direct'> & {
  scenario: string | null;
  direct: DependencyRecord;
  sources: SourceRow[];
  baseline: LookThroughRecord | null;
  difference: LookThroughDifference | null;
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
    standIns: r.standIns.map((x) => ({
      facility: AnalyticsAccess.facility(p, x.facility),
      value: x.value,
      estimatedWith: x.estimatedWith,
    })),
    recovered: r.recovered.map((x) => ({ ...x, plants: x.plants.map((f) => AnalyticsAccess.facility(p, f)) })),
    gaps: r.gaps.map((g) => gapRecord(p, g)),
    baseline: null,
    difference: null,
  };
}

/** A scenario's figure with the stored data's beside it, and the difference between them. */
function sideBySide(scenario: DependencyRecord, baseline: DependencyRecord): DependencyRecord {
  return { ...scenario, baseline, difference: dependencyDifference(baseline, scenario) };
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
    return sideBySide(await guard(() => run(applied)), baseline);
  }

  /** {@link dependency} for every year in the data, ascending; with a scenario each year beside its baseline. */
  async series(query: DependencySeriesQuery, scenario: string | null | undefined): Promise<DependencyRecord[]> {
    const { base, scenario: applied } = await this.access.projections(scenario);
    const run = (q: QueryProjection) => dependencySeries(q.projection, query).map((r) => toRecord(q.projection, r, q));
    const baseline = await guard(() => run(base));
    if (!applied) return baseline;
    const byYear = new Map(baseline.map((b) => [b.year, b]));
    return (await guard(() => run(applied))).map((r) => {
      const before = byYear.get(r.year);
      return before ? sideBySide(r, before) : r;
    });
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
    const baselineOf = new Map(baseline.map((cell) => [`${cell.material}|${cell.stage}`, cell.dependency]));
    return cells.map((cell) => {
      const before = baselineOf.get(`${cell.material}|${cell.stage}`);
      return { ...cell, dependency: before ? sideBySide(cell.dependency, before) : cell.dependency };
    });
  }

  async dataGaps(query: { material?: string; stage?: Stage }): Promise<DataGapRecord[]> {
    const { base } = await this.access.projections(null);
    return dataGaps(base.projection, query).map((g) => gapRecord(base.projection, g));
  }

  /** A facility's status in a year (SPEC 4.0), or null when it did not exist yet (or is not in the data). */
  async statusIn(facility: string, year: number): Promise<FacilityStatus | null> {
    checkYear(year);
    const { base } = await this.access.projections(null);
    const f = base.projection.facilityIndex.get(facility);
    return f === undefined ? null : statusIn(base.projection, f, year);
  }

  /**
   * A facility's supply capacity in a year (SPEC 4.0). Material: the one given, else the stage's default, else
   * the facility's only material; null when there is none or the facility has no row of it.
   */
  async supplyCapacity(facility: string, material: string | null | undefined, year: number): Promise<number | null> {
    checkYear(year);
    const { base } = await this.access.projections(null);
    const p = base.projection;
    const f = p.facilityIndex.get(facility);
    if (f === undefined) return null;
    const m = facilityMaterial(p, f, material);
    if (m === null) return null;
    return supplyCapacity(p, f, m, year);
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
        difference: null,
      };
    };
    const baseline = await guard(() => run(base));
    if (!applied) return baseline;
    const scenarioResult = await guard(() => run(applied));
    return {
      ...scenarioResult,
      direct: sideBySide(scenarioResult.direct, baseline.direct),
      baseline,
      difference: lookThroughDifference(baseline, scenarioResult),
    };
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 1950 || year > 2100)
    throw userError('VALIDATION_FAILED', `"year" must be a year from 1950 to 2100; got ${year}.`);
}
