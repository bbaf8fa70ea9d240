import MiniSearch from 'minisearch';
import { edgeKeySuffix } from '../../dataset/merge.js';
import type { CapacityRow, CompanyRow, Dataset, FacilityRow, OwnershipRow } from '../../dataset/types.js';
import {
  KIND_OF_KEY,
  LABEL_OF_KIND,
  type Entity,
  type EntityKind,
  type FacilityFilter,
  type GraphEdge,
  type GraphNode,
  type SearchHit,
  type Subgraph,
  type SubgraphArgs,
} from '../graph-store.js';

interface SearchDocument {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string;
}

/**
 * Read-only indexes over one version of the dataset, rebuilt whole after every write (the dataset is small
 * enough that a rebuild costs milliseconds, and an immutable index needs no locking).
 */
export class MemoryIndex {
  readonly entities = new Map<string, Entity>();
  readonly facilities: readonly FacilityRow[];
  readonly companies: readonly CompanyRow[];
  readonly ownersOf = new Map<string, OwnershipRow[]>();
  readonly holdingsOf = new Map<string, OwnershipRow[]>();
  readonly capacitiesOf = new Map<string, CapacityRow[]>();
  readonly operatedBy = new Map<string, FacilityRow[]>();
  private readonly materialsOf = new Map<string, Set<string>>();
  private readonly regionsOf = new Map<string, readonly string[]>();
  private readonly adjacency = new Map<string, GraphEdge[]>();
  private readonly searchIndex: MiniSearch<SearchDocument>;
  /** Each filter's text, lowercased once per request rather than once per facility. */
  private readonly needles = new WeakMap<FacilityFilter, string>();

  constructor(readonly dataset: Dataset) {
    for (const key of Object.keys(KIND_OF_KEY) as (keyof typeof KIND_OF_KEY)[]) {
      const kind = KIND_OF_KEY[key];
      for (const row of dataset[key]) this.entities.set(row.id, { kind, row } as Entity);
    }
    this.facilities = [...dataset.facilities].sort(byId);
    this.companies = [...dataset.companies].sort(byId);
    for (const country of dataset.countries) this.regionsOf.set(country.id, country.regions);
    for (const o of dataset.ownership) {
      push(this.ownersOf, o.owned, o);
      push(this.holdingsOf, o.owner, o);
    }
    for (const c of dataset.capacities) {
      push(this.capacitiesOf, c.facility, c);
      let set = this.materialsOf.get(c.facility);
      if (!set) this.materialsOf.set(c.facility, (set = new Set()));
      set.add(c.material);
    }
    for (const f of this.facilities) if (f.operator !== undefined) push(this.operatedBy, f.operator, f);
    for (const edge of graphEdges(dataset)) {
      push(this.adjacency, edge.source, edge);
      if (edge.target !== edge.source) push(this.adjacency, edge.target, edge);
    }
    this.searchIndex = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases', 'id'],
      storeFields: ['kind', 'name'],
      searchOptions: {
        boost: { name: 3, aliases: 2, id: 1 },
        prefix: true,
        // Edit distance by term length: exact up to 3 letters, one typo up to 5, two beyond (a transposition is 2).
        fuzzy: (term) => (term.length <= 3 ? false : term.length <= 5 ? 1 : 2),
        combineWith: 'AND',
      },
    });
    this.searchIndex.addAll(
      [...this.entities.values()].map((e) => ({
        id: e.row.id,
        kind: e.kind,
        name: nameOf(e),
        aliases: 'aliases' in e.row ? (e.row.aliases ?? []).join(' ') : '',
      })),
    );
  }

  matches(facility: FacilityRow, filter: FacilityFilter | undefined): boolean {
    if (!filter) return true;
    if (filter.type && !filter.type.includes(facility.type)) return false;
    if (filter.stage && !filter.stage.includes(facility.stage)) return false;
    if (filter.status && !filter.status.includes(facility.status)) return false;
    if (filter.country && !filter.country.includes(facility.country)) return false;
    if (filter.region) {
      const regions = this.regionsOf.get(facility.country) ?? [];
      if (!filter.region.some((r) => regions.includes(r))) return false;
    }
    if (filter.material) {
      const materials = this.materialsOf.get(facility.id);
      if (!materials || !filter.material.some((m) => materials.has(m))) return false;
    }
    if (filter.text !== undefined && filter.text !== '') {
      let needle = this.needles.get(filter);
      if (needle === undefined) this.needles.set(filter, (needle = filter.text.toLowerCase()));
      const haystack = [facility.name, facility.id, ...(facility.aliases ?? [])];
      if (!haystack.some((h) => h.toLowerCase().includes(needle))) return false;
    }
    return true;
  }

  search(text: string, first: number): SearchHit[] {
    const query = text.trim();
    if (query === '') return [];
    const results = this.searchIndex.search(query);
    return results.slice(0, first).map((r) => {
      const fields = new Set(Object.values(r.match).flat());
      const entity = this.entities.get(String(r.id));
      const aliases = entity && 'aliases' in entity.row ? (entity.row.aliases ?? []) : [];
      const matched = fields.has('name')
        ? String(r['name'])
        : fields.has('aliases')
          ? (aliases.find((a) => r.terms.some((t) => a.toLowerCase().includes(t))) ?? aliases[0] ?? String(r.id))
          : String(r.id);
      return { id: String(r.id), kind: r['kind'] as EntityKind, name: String(r['name']), score: r.score, matched };
    });
  }

  /**
   * Breadth-first from the start nodes up to `depth` hops, visiting neighbours in id order, leaving out
   * facilities that do not match the filter (start nodes are always kept) and stopping at `limit` nodes; the
   * edges are every edge between two kept nodes.
   */
  subgraph({ ids, depth, filter, limit }: SubgraphArgs): Subgraph {
    const kept = new Set<string>();
    let truncated = false;
    let frontier = [...new Set(ids)].filter((id) => this.entities.has(id)).sort();
    for (const id of frontier) {
      if (kept.size >= limit) {
        truncated = true;
        break;
      }
      kept.add(id);
    }
    frontier = frontier.filter((id) => kept.has(id));
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
      const next = new Set<string>();
      for (const id of frontier) {
        for (const edge of this.adjacency.get(id) ?? []) {
          const other = edge.source === id ? edge.target : edge.source;
          if (!kept.has(other) && this.isVisible(other, filter)) next.add(other);
        }
      }
      frontier = [];
      for (const id of [...next].sort()) {
        if (kept.size >= limit) {
          truncated = true;
          break;
        }
        kept.add(id);
        frontier.push(id);
      }
    }
    const nodes = [...kept].sort().map((id) => this.node(id));
    const edges = new Map<string, GraphEdge>();
    for (const id of kept) {
      for (const edge of this.adjacency.get(id) ?? []) {
        if (kept.has(edge.source) && kept.has(edge.target)) edges.set(edge.id, edge);
      }
    }
    return { nodes, edges: [...edges.values()].sort(byId), truncated };
  }

  private isVisible(id: string, filter: FacilityFilter | undefined): boolean {
    const entity = this.entities.get(id);
    if (!entity) return false;
    return entity.kind !== 'facility' || this.matches(entity.row, filter);
  }

  private node(id: string): GraphNode {
    const entity = this.entities.get(id);
    if (!entity) throw new Error(`no entity ${id}`);
    const label = LABEL_OF_KIND[entity.kind];
    return {
      id,
      label,
      type: entity.kind === 'facility' ? entity.row.type : label.toUpperCase(),
      name: nameOf(entity),
      data: { ...entity.row },
    };
  }
}

function nameOf(entity: Entity): string {
  return entity.kind === 'source'
    ? entity.row.title
    : 'name' in entity.row
      ? (entity.row.name ?? entity.row.id)
      : entity.row.id;
}

/** Every relationship of the graph model (SPEC section 2) with its deterministic edge id. */
export function graphEdges(dataset: Dataset): GraphEdge[] {
  const edges: GraphEdge[] = [];
  const add = (type: GraphEdge['type'], source: string, target: string, data: object, suffix = '') =>
    edges.push({ id: `${type}:${source}->${target}${suffix}`, source, target, type, data: { ...data } });
  for (const c of dataset.countries) for (const r of c.regions) add('IN_REGION', c.id, r, {});
  for (const c of dataset.companies) add('HEADQUARTERED_IN', c.id, c.country, {});
  for (const f of dataset.facilities) {
    add('LOCATED_IN', f.id, f.country, {});
    if (f.operator !== undefined) add('OPERATES', f.operator, f.id, {});
  }
  // Edge ids end in the row's natural key beyond its endpoints (row model), as the Neo4j store's do.
  for (const o of dataset.ownership) add('OWNS', o.owner, o.owned, o, edgeKeySuffix('ownership', o));
  for (const c of dataset.capacities) add('HAS_CAPACITY', c.facility, c.material, c, edgeKeySuffix('capacities', c));
  for (const p of dataset.production) add('PRODUCED', p.country, p.material, p, edgeKeySuffix('production', p));
  for (const f of dataset.flows) add('SUPPLIES', f.from, f.to, f, edgeKeySuffix('flows', f));
  return edges;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
