import type { CapacityRow, FacilityRow, OwnershipRow } from '../../dataset/types.js';
import { pageSize } from '../../errors.js';
import { loadOne, type Loaders } from '../../loaders.js';
import { cursor, type FacilityFilter, type GraphStore, type Page } from '../../store/graph-store.js';

/** The largest page a client may ask for. */
export const MAX_PAGE = 500;

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

/** Turns a store page into a GraphQL connection. */
export function toConnection<T extends { id: string }>(page: Page<T>): Connection<T> {
  return {
    edges: page.items.map((node) => ({ node, cursor: cursor.encode(node.id) })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

export class FacilitiesService {
  constructor(
    private readonly store: GraphStore,
    private readonly loaders: Loaders,
  ) {}

  async list(
    filter: FacilityFilter | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ) {
    const page = await this.store.findFacilities(filter ?? {}, {
      first: pageSize(first, 50, MAX_PAGE),
      after: after ?? undefined,
    });
    return toConnection(page);
  }

  get(id: string): Promise<FacilityRow | null> {
    return loadOne(this.loaders, 'facility', id);
  }

  owners(id: string): Promise<OwnershipRow[]> {
    return this.loaders.owners.load(id);
  }

  capacities(id: string): Promise<CapacityRow[]> {
    return this.loaders.capacities.load(id);
  }
}
