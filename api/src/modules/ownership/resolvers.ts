import type { InvestorRegionQuery } from '../../analytics/investor-region.js';
import type { Resolvers } from '../resolvers-type.js';

function investorQuery(args: {
  stage: InvestorRegionQuery['stage'];
  year: number;
  scope?: string | null;
  material?: string | null;
  by?: InvestorRegionQuery['by'] | null;
}): InvestorRegionQuery {
  return {
    stage: args.stage,
    year: args.year,
    scope: args.scope ?? 'EU',
    by: args.by ?? 'EFFECTIVE',
    ...(args.material ? { material: args.material } : {}),
  };
}

export const ownershipResolvers: Resolvers = {
  Query: {
    ownership: (_, { entity, scenario }, { services }) => services.ownership.ownership(entity, scenario),
    investorRegions: (_, args, { services }) => services.ownership.investorRegions(investorQuery(args), args.scenario),
    capacityByInvestorRegion: (_, args, { services }) =>
      services.ownership.capacityByInvestorRegion(investorQuery(args), args.scenario),
  },
};
