import { capacityByInvestorRegion, type InvestorRegionQuery } from '../../analytics/investor-region.js';
import { ownershipOf, type OwnershipResult } from '../../analytics/ownership.js';
import type { OriginShare } from '../../analytics/shares.js';
import type { CompanyRow, SourceRow } from '../../dataset/types.js';
import { AnalyticsAccess, guard } from '../scenarios/analytics-access.js';

export type OwnershipRecord = Omit<OwnershipResult, 'ultimateOwners' | 'effectiveOwners' | 'byCountry' | 'sources'> & {
  ultimateOwners: { owner: CompanyRow; share: number }[];
  effectiveOwners: { owner: CompanyRow; share: number; isUltimate: boolean }[];
  byCountry: { origin: string; share: number }[];
  sources: SourceRow[];
};

/** Effective ownership and control of capacity, on the projection. */
export class OwnershipService {
  constructor(private readonly access: AnalyticsAccess) {}

  async ownership(entity: string): Promise<OwnershipRecord> {
    const { base } = await this.access.projections(null);
    const p = base.projection;
    const r = await guard(() => ownershipOf(p, entity));
    return {
      ...r,
      ultimateOwners: r.ultimateOwners.map((o) => ({ owner: AnalyticsAccess.company(p, o.owner), share: o.share })),
      effectiveOwners: r.effectiveOwners.map((o) => ({ ...o, owner: AnalyticsAccess.company(p, o.owner) })),
      byCountry: r.byCountry.map((o) => ({ origin: o.owner, share: o.share })),
      sources: AnalyticsAccess.sources(p, r.sources),
    };
  }

  async capacityByInvestorRegion(
    query: InvestorRegionQuery,
    scenario: string | null | undefined,
  ): Promise<OriginShare[]> {
    const { base, scenario: applied } = await this.access.projections(scenario);
    return guard(() => capacityByInvestorRegion((applied ?? base).projection, query).shares);
  }
}
