import type { CompanyRow } from '../../dataset/types.js';
import { loadKind, loadOne } from '../../loaders.js';
import type { CompanyFilter } from '../../store/graph-store.js';
import type { Resolvers } from '../resolvers-type.js';

interface CompaniesArgs {
  filter?: CompanyFilter | null;
  first?: number | null;
  after?: string | null;
}

export const companiesResolvers: Resolvers = {
  Query: {
    companies: (_, { filter, first, after }: CompaniesArgs, { services }) =>
      services.companies.list(filter, first, after),
    company: (_, { id }: { id: string }, { services }) => services.companies.get(id),
  },
  Company: {
    aliases: (c: CompanyRow) => c.aliases ?? [],
    country: (c: CompanyRow, _, { loaders }) => loadOne(loaders, 'country', c.country),
    owners: (c: CompanyRow, _, { loaders }) => loaders.owners.load(c.id),
    holdings: (c: CompanyRow, _, { loaders }) => loaders.holdings.load(c.id),
    operates: (c: CompanyRow, _, { loaders }) => loaders.operated.load(c.id),
    sources: (c: CompanyRow, _, { loaders }) => loadKind(loaders, 'source', c.sources),
  },
};
