import type { Resolvers } from '../resolvers-type.js';

export const scenariosResolvers: Resolvers = {
  Query: {
    scenarios: (_, __, { store }) => store.listScenarios(),
  },
};
