import { loadKind, loadOne } from '../../loaders.js';
import { required } from '../facilities/resolvers.js';
import { withoutNulls, type Resolvers } from '../resolvers-type.js';

export const companiesResolvers: Resolvers = {
  Query: {
    companies: (_, { filter, first, after }, { services }) =>
      services.companies.list(withoutNulls(filter), first, after),
    company: (_, { id }, { services }) => services.companies.get(id),
  },
  Company: {
    aliases: (c) => c.aliases ?? [],
    country: async (c, _, { loaders }) => required(await loadOne(loaders, 'country', c.country), c.country),
    owners: (c, _, { loaders }) => loaders.owners.load(c.id),
    holdings: (c, _, { loaders }) => loaders.holdings.load(c.id),
    operates: (c, _, { loaders }) => loaders.operated.load(c.id),
    sources: (c, _, { loaders }) => loadKind(loaders, 'source', c.sources),
  },
};
