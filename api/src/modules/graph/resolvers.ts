import type { FacilityFilter } from '../../store/graph-store.js';
import type { Resolvers } from '../resolvers-type.js';

interface SubgraphArgs {
  ids: string[];
  depth?: number | null;
  filter?: FacilityFilter | null;
  limit?: number | null;
}

export const graphResolvers: Resolvers = {
  Query: {
    search: (_, { text, first }: { text: string; first?: number | null }, { services }) =>
      services.graph.search(text, first),
    subgraph: (_, args: SubgraphArgs, { services }) => services.graph.subgraph(args),
  },
};
