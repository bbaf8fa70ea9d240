import { withoutNulls, type Resolvers } from '../resolvers-type.js';

export const graphResolvers: Resolvers = {
  Query: {
    search: (_, { text, first }, { services }) => services.graph.search(text, first),
    subgraph: (_, { ids, depth, filter, limit }, { services }) =>
      services.graph.subgraph({ ids, depth, filter: withoutNulls(filter), limit }),
  },
};
