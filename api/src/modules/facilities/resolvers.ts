import type { CapacityRow, FacilityRow, OwnershipRow } from '../../dataset/types.js';
import { loadKind, loadOne } from '../../loaders.js';
import type { FacilityFilter } from '../../store/graph-store.js';
import type { Resolvers } from '../resolvers-type.js';

interface FacilitiesArgs {
  filter?: FacilityFilter | null;
  first?: number | null;
  after?: string | null;
}

export const facilitiesResolvers: Resolvers = {
  Query: {
    facilities: (_, { filter, first, after }: FacilitiesArgs, { services }) =>
      services.facilities.list(filter, first, after),
    facility: (_, { id }: { id: string }, { services }) => services.facilities.get(id),
  },
  Facility: {
    aliases: (f: FacilityRow) => f.aliases ?? [],
    operator: (f: FacilityRow, _, { loaders }) => (f.operator ? loadOne(loaders, 'company', f.operator) : null),
    country: (f: FacilityRow, _, { loaders }) => loadOne(loaders, 'country', f.country),
    owners: (f: FacilityRow, _, { services }) => services.facilities.owners(f.id),
    capacities: (f: FacilityRow, _, { services }) => services.facilities.capacities(f.id),
    sources: (f: FacilityRow, _, { loaders }) => loadKind(loaders, 'source', f.sources),
  },
  Holding: {
    owner: (h: OwnershipRow, _, { loaders }) => loadOne(loaders, 'company', h.owner),
    owned: async (h: OwnershipRow, _, { loaders }) => (await loaders.entity.load(h.owned))?.row ?? null,
    sources: (h: OwnershipRow, _, { loaders }) => loadKind(loaders, 'source', h.sources),
  },
  Owned: {
    __resolveType: (row: object) => ('type' in row && 'stage' in row ? 'Facility' : 'Company'),
  },
  Capacity: {
    material: (c: CapacityRow, _, { loaders }) => loadOne(loaders, 'material', c.material),
    kind: (c: CapacityRow) => c.kind ?? 'INSTALLED',
    sources: (c: CapacityRow, _, { loaders }) => loadKind(loaders, 'source', c.sources),
  },
};
