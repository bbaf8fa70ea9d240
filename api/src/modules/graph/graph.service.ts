import { investorProfiles } from '../../analytics/investor-region.js';
import { pageSize, userError } from '../../errors.js';
import type { FacilityFilter, GraphStore, SearchHit, Subgraph } from '../../store/graph-store.js';
import type { AnalyticsAccess } from '../scenarios/analytics-access.js';

export const MAX_DEPTH = 4;
export const MAX_NODES = 5000;

/** Search and neighbourhoods for the graph explorer. */
export class GraphService {
  constructor(
    private readonly store: GraphStore,
    private readonly analytics: AnalyticsAccess,
  ) {}

  search(text: string, first: number | null | undefined): Promise<SearchHit[]> {
    if (text.length > 200) throw userError('VALIDATION_FAILED', '"text" must be at most 200 characters.');
    return this.store.search(text, pageSize(first, 10, 100));
  }

  /**
   * The neighbourhood from the store; each company's and facility's `data` gains its investor profile from the
   * ownership analytics on the projection (SPEC 4.3): `controller` (company id, null when UNKNOWN),
   * `controllerRegion` (region id or UNKNOWN) and `investorRegions` (the effective split, `[{origin, share}]`).
   * The web colours "by investor region" from these and never walks ownership chains itself.
   */
  async subgraph(args: {
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
    const [subgraph, { base }] = await Promise.all([
      this.store.subgraph({
        ids: args.ids,
        depth,
        filter: args.filter ?? undefined,
        limit: pageSize(args.limit, 500, MAX_NODES, 'limit'),
      }),
      this.analytics.projections(null),
    ]);
    const owned = subgraph.nodes.filter((n) => n.label === 'Company' || n.label === 'Facility').map((n) => n.id);
    const profiles = investorProfiles(base.projection, owned);
    return {
      ...subgraph,
      nodes: subgraph.nodes.map((node) => {
        const profile = profiles.get(node.id);
        if (!profile) return node;
        return {
          ...node,
          data: {
            ...node.data,
            controller: profile.controller,
            controllerRegion: profile.controllerRegion,
            investorRegions: profile.byRegion.map(({ origin, share }) => ({ origin, share })),
          },
        };
      }),
    };
  }
}
