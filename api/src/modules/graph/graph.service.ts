import { pageSize, userError } from '../../errors.js';
import type { FacilityFilter, GraphStore, SearchHit, Subgraph } from '../../store/graph-store.js';

export const MAX_DEPTH = 4;
export const MAX_NODES = 5000;

/** Search and neighbourhoods for the graph explorer. */
export class GraphService {
  constructor(private readonly store: GraphStore) {}

  search(text: string, first: number | null | undefined): Promise<SearchHit[]> {
    if (text.length > 200) throw userError('VALIDATION_FAILED', '"text" must be at most 200 characters.');
    return this.store.search(text, pageSize(first, 10, 100));
  }

  subgraph(args: {
    ids: readonly string[];
    depth?: number | null;
    filter?: FacilityFilter | null;
    limit?: number | null;
  }): Promise<Subgraph> {
    const depth = args.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH)
      throw userError('VALIDATION_FAILED', `"depth" must be a whole number from 0 to ${MAX_DEPTH}; got ${depth}.`);
    if (args.ids.length === 0 || args.ids.length > 1000)
      throw userError('VALIDATION_FAILED', '"ids" must name 1 to 1000 nodes.');
    return this.store.subgraph({
      ids: args.ids,
      depth,
      filter: args.filter ?? undefined,
      limit: pageSize(args.limit, 500, MAX_NODES, 'limit'),
    });
  }
}
