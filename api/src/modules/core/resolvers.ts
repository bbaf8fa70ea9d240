import { JSONResolver } from 'graphql-scalars';
import { loadKind, loadOne } from '../../loaders.js';
import type { Resolvers } from '../resolvers-type.js';

export const coreResolvers: Resolvers = {
  JSON: JSONResolver,
  Query: {
    materials: (_, __, { store }) => store.listMaterials(),
    countries: (_, __, { store }) => store.listCountries(),
    regions: (_, __, { store }) => store.listRegions(),
    sources: async (_, __, { store }) => (await store.snapshot()).sources,
    source: (_, { id }, { loaders }) => loadOne(loaders, 'source', id),
  },
  Mutation: { _noop: () => true },
  Country: {
    regions: (country, _, { loaders }) => loadKind(loaders, 'region', country.regions),
  },
  Region: {
    countries: async (region, _, { store }) =>
      (await store.listCountries()).filter((c) => c.regions.includes(region.id)),
  },
};
