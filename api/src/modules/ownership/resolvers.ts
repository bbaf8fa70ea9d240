import type { Resolvers } from '../resolvers-type.js';

export const ownershipResolvers: Resolvers = {
  Query: {
    ownership: (_, { entity }, { services }) => services.ownership.ownership(entity),
    capacityByInvestorRegion: (_, { stage, year, scope, material, scenario }, { services }) =>
      services.ownership.capacityByInvestorRegion(
        { stage, year, scope: scope ?? 'EU', ...(material ? { material } : {}) },
        scenario,
      ),
  },
};
