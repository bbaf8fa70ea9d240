import {
  investorRegions,
  type InvestorFacility,
  type InvestorRegionQuery,
  type InvestorRegionResult,
} from '../../analytics/investor-region.js';
import { investorRegionsDifference, type InvestorRegionsDifference } from '../../analytics/difference.js';
import { ownershipOf, type OwnershipResult } from '../../analytics/ownership.js';
import type { OriginShare } from '../../analytics/shares.js';
import type { CompanyRow, FacilityRow, SourceRow } from '../../dataset/types.js';
import type { Projection } from '../../projection/projection.js';
import { AnalyticsAccess, guard, type QueryProjection } from '../scenarios/analytics-access.js';

export type OwnershipRecord = Omit<
  OwnershipResult,
  'ultimateOwners' | 'effectiveOwners' | 'byCountry' | 'sources' | 'controller' | 'controlChain'
> & {
  ultimateOwners: { owner: CompanyRow; share: number }[];
  effectiveOwners: { owner: CompanyRow; share: number; isUltimate: boolean }[];
  byCountry: { origin: string; share: number }[];
  controller: CompanyRow | null;
  controllerUnknown: boolean;
  controlChain: CompanyRow[];
  sources: SourceRow[];
  scenario: string | null;
};

export type InvestorFacilityRecord = Omit<InvestorFacility, 'facility' | 'controller'> & {
  facility: FacilityRow;
  controller: CompanyRow | null;
};

export type InvestorRegionsRecord = Omit<InvestorRegionResult, 'facilities' | 'sources'> & {
  facilities: InvestorFacilityRecord[];
  sources: SourceRow[];
  scenario: string | null;
  baseline: InvestorRegionsRecord | null;
  /** Scenario − baseline (with a scenario), else null. */
  difference: InvestorRegionsDifference | null;
};

function toRecord(p: Projection, r: InvestorRegionResult, q: QueryProjection): InvestorRegionsRecord {
  return {
    ...r,
    facilities: r.facilities.map((x) => ({
      ...x,
      facility: AnalyticsAccess.facility(p, x.facility),
      controller: x.controller === null ? null : AnalyticsAccess.company(p, x.controller),
    })),
    assumptions: [...r.assumptions, ...q.notes],
    sources: AnalyticsAccess.sources(p, r.sources),
    scenario: q.scenario,
    baseline: null,
    difference: null,
  };
}

/** Effective ownership, control, and capacity by investor region, on the projection. */
export class OwnershipService {
  constructor(private readonly access: AnalyticsAccess) {}

  /**
   * No override changes ownership (SPEC 4.6), so a scenario changes nothing here but what can be asked for: a
   * facility the scenario adds (no owners recorded: wholly UNKNOWN). The answer says which data it was read on.
   */
  async ownership(entity: string, scenario: string | null | undefined): Promise<OwnershipRecord> {
    const { base, scenario: applied } = await this.access.projections(scenario);
    const q = applied ?? base;
    const p = q.projection;
    const r = await guard(() => ownershipOf(p, entity));
    return {
      ...r,
      scenario: q.scenario,
      assumptions: [...r.assumptions, ...q.notes],
      ultimateOwners: r.ultimateOwners.map((o) => ({ owner: AnalyticsAccess.company(p, o.owner), share: o.share })),
      effectiveOwners: r.effectiveOwners.map((o) => ({ ...o, owner: AnalyticsAccess.company(p, o.owner) })),
      byCountry: r.byCountry.map((o) => ({ origin: o.owner, share: o.share })),
      controller: r.controller === null ? null : AnalyticsAccess.company(p, r.controller),
      controllerUnknown: r.controller === null,
      controlChain: r.controlChain.map((id) => AnalyticsAccess.company(p, id)),
      sources: AnalyticsAccess.sources(p, r.sources),
    };
  }

  async investorRegions(
    query: InvestorRegionQuery,
    scenario: string | null | undefined,
  ): Promise<InvestorRegionsRecord> {
    const { base, scenario: applied } = await this.access.projections(scenario);
    const run = (q: QueryProjection) => toRecord(q.projection, investorRegions(q.projection, query), q);
    const baseline = await guard(() => run(base));
    if (!applied) return baseline;
    const scenarioResult = await guard(() => run(applied));
    return { ...scenarioResult, baseline, difference: investorRegionsDifference(baseline, scenarioResult) };
  }

  /** `investorRegions(...).shares`: one figure, one function. */
  async capacityByInvestorRegion(
    query: InvestorRegionQuery,
    scenario: string | null | undefined,
  ): Promise<OriginShare[]> {
    return (await this.investorRegions(query, scenario)).shares;
  }
}
