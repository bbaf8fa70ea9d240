import { loadKind, loadOne } from '../../loaders.js';
import { withoutNulls, type Resolvers } from '../resolvers-type.js';

export const facilitiesResolvers: Resolvers = {
  Query: {
    facilities: (_, { filter, first, after }, { services }) =>
      services.facilities.list(withoutNulls(filter), first, after),
    facility: (_, { id }, { services }) => services.facilities.get(id),
  },
  Facility: {
    aliases: (f) => f.aliases ?? [],
    operator: (f, _, { loaders }) => (f.operator ? loadOne(loaders, 'company', f.operator) : null),
    country: async (f, _, { loaders }) => required(await loadOne(loaders, 'country', f.country), f.country),
    owners: (f, _, { services }) => services.facilities.owners(f.id),
    capacities: (f, _, { services }) => services.facilities.capacities(f.id),
    sources: (f, _, { loaders }) => loadKind(loaders, 'source', f.sources),
    statusHistory: (f) => f.statusHistory ?? [],
    designations: (f) => f.designations ?? [],
  },
  Holding: {
    owner: async (h, _, { loaders }) => required(await loadOne(loaders, 'company', h.owner), h.owner),
    owned: async (h, _, { loaders }) => {
      const entity = await loaders.entity.load(h.owned);
      if (entity?.kind === 'company') return { __typename: 'Company', ...entity.row };
      if (entity?.kind === 'facility') return { __typename: 'Facility', ...entity.row };
      throw new Error(`ownership row points to missing entity ${h.owned}`);
    },
    sources: (h, _, { loaders }) => loadKind(loaders, 'source', h.sources),
  },
  Capacity: {
    material: async (c, _, { loaders }) => required(await loadOne(loaders, 'material', c.material), c.material),
    kind: (c) => (c.basis === 'ANNOUNCED' ? 'PLANNED' : 'INSTALLED'),
    sources: (c, _, { loaders }) => loadKind(loaders, 'source', c.sources),
  },
  StatusChange: {
    sources: (s, _, { loaders }) => loadKind(loaders, 'source', s.sources),
  },
  Designation: {
    sources: (d, _, { loaders }) => loadKind(loaders, 'source', d.sources),
  },
};

/** A reference the validator guarantees; its absence is a bug, not a user error. */
export function required<T>(row: T | null, id: string): T {
  if (row === null) throw new Error(`dangling reference to ${id}`);
  return row;
}
