import type { Resolvers } from '../resolvers-type.js';

export const recyclingResolvers: Resolvers = {
  Query: {
    recycling: (_, { scope, year, scenario, exportBan, parameters }, { services }) =>
      services.recycling.recycling({ scope: scope ?? 'EU', year, scenario, exportBan, parameters }),
  },
};
