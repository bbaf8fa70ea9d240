/* eslint-disable @typescript-eslint/no-non-null-assertion -- node and edge indices into the typed arrays and CSR offsets are in range by construction (EdgeTable below). */
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
  type GraphEdgeType,
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
  private readonly regionsOf = new Map<string, readonly string[]>();
  /** Every relationship as a row of {@link EdgeTable}, and the edges of each node (ids, see {@link nodeOf}). */
  private readonly edges: EdgeTable;
  private readonly adjacency: { start: Int32Array; list: Int32Array };
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
    this.edges = new EdgeTable(dataset);
    this.adjacency = this.edges.adjacency();
    this.searchIndex = new MiniSearch<SearchDocument>({
      fields: ['name', 'aliases', 'id'],
      // Kind and name are read from the entity itself: storing them in the index would hold a second copy.
      storeFields: [],
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

  /** The ownership rows in which the entity is owned, in dataset order. */
  ownersOf(id: string): OwnershipRow[] {
    return this.rowsAt(id, OWNS, 'target', this.dataset.ownership);
  }

  /** The ownership rows in which the company is the owner, in dataset order. */
  holdingsOf(id: string): OwnershipRow[] {
    return this.rowsAt(id, OWNS, 'source', this.dataset.ownership);
  }

  /** The capacity rows of a facility, in dataset order. */
  capacitiesOf(id: string): CapacityRow[] {
    return this.rowsAt(id, HAS_CAPACITY, 'source', this.dataset.capacities);
  }

  /** The facilities a company operates, by id. */
  operatedBy(id: string): FacilityRow[] {
    return this.rowsAt(id, OPERATES, 'source', this.dataset.facilities).sort(byId);
  }

  /** The rows behind the edges of one type that leave (`source`) or reach (`target`) a node. */
  private rowsAt<T>(id: string, type: number, end: 'source' | 'target', rows: readonly T[]): T[] {
    const table = this.edges;
    const node = table.nodeOf(id);
    const ends = table[end];
    const out: T[] = [];
    for (let i = this.adjacency.start[node]!; i < this.adjacency.start[node + 1]!; i++) {
      const e = this.adjacency.list[i]!;
      if (table.type[e] === type && ends[e] === node) out.push(rows[table.row[e]!]!);
    }
    return out;
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
      const capacities = this.capacitiesOf(facility.id);
      if (!filter.material.some((m) => capacities.some((c) => c.material === m))) return false;
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
      const name = entity ? nameOf(entity) : String(r.id);
      const aliases = entity && 'aliases' in entity.row ? (entity.row.aliases ?? []) : [];
      const matched = fields.has('name')
        ? name
        : fields.has('aliases')
          ? (aliases.find((a) => r.terms.some((t) => a.toLowerCase().includes(t))) ?? aliases[0] ?? String(r.id))
          : String(r.id);
      return { id: String(r.id), kind: entity?.kind as EntityKind, name, score: r.score, matched };
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
    const { start, list } = this.adjacency;
    const table = this.edges;
    for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
      const next = new Set<string>();
      for (const id of frontier) {
        const node = table.nodeOf(id);
        for (let i = start[node]!; i < start[node + 1]!; i++) {
          const e = list[i]!;
          const other = table.ids[table.source[e] === node ? table.target[e]! : table.source[e]!]!;
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
    // Each edge between two kept nodes once (it is listed at both ends), made into an object only then.
    const between = new Set<number>();
    for (const id of kept) {
      const node = table.nodeOf(id);
      for (let i = start[node]!; i < start[node + 1]!; i++) {
        const e = list[i]!;
        if (!between.has(e) && kept.has(table.ids[table.source[e]!]!) && kept.has(table.ids[table.target[e]!]!))
          between.add(e);
      }
    }
    const edges = new Map<string, GraphEdge>();
    for (const e of [...between].sort((a, b) => a - b)) {
      const edge = table.edge(e);
      edges.set(edge.id, edge);
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
  const table = new EdgeTable(dataset);
  return Array.from({ length: table.size }, (_, e) => table.edge(e));
}

/** The relationship types in the order the table lists them, with the dataset key each edge's row is read from. */
const RELATIONSHIPS = [
  ['IN_REGION', 'countries'],
  ['HEADQUARTERED_IN', 'companies'],
  ['LOCATED_IN', 'facilities'],
  ['OPERATES', 'facilities'],
  ['OWNS', 'ownership'],
  ['HAS_CAPACITY', 'capacities'],
  ['PRODUCED', 'production'],
  ['SUPPLIES', 'flows'],
] as const satisfies readonly (readonly [GraphEdgeType, keyof Dataset])[];
const OPERATES = 3;
const OWNS = 4;
const HAS_CAPACITY = 5;

/**
 * The relationships of one dataset version as four typed arrays (type, row, source node, target node) instead of
 * an object per edge: at 100k facilities (1.1 M relationships) the objects with their ids and copies of the rows
 * took ~330 MB of heap, the table takes ~15 MB. A {@link GraphEdge} is made only for the edges a caller asks for,
 * with the same id and data as the objects had.
 */
class EdgeTable {
  /** Node ids: every id an edge touches, in the order first seen. */
  readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  readonly type: Uint8Array;
  readonly row: Int32Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly size: number;

  constructor(private readonly dataset: Dataset) {
    let size = 0;
    for (const c of dataset.countries) size += c.regions.length;
    size += dataset.companies.length + dataset.facilities.length;
    for (const f of dataset.facilities) if (f.operator !== undefined) size++;
    size += dataset.ownership.length + dataset.capacities.length + dataset.production.length + dataset.flows.length;
    this.size = size;
    this.type = new Uint8Array(size);
    this.row = new Int32Array(size);
    this.source = new Int32Array(size);
    this.target = new Int32Array(size);
    let e = 0;
    const add = (type: number, row: number, source: string, target: string) => {
      this.type[e] = type;
      this.row[e] = row;
      this.source[e] = this.intern(source);
      this.target[e] = this.intern(target);
      e++;
    };
    dataset.countries.forEach((c, i) => {
      for (const r of c.regions) add(0, i, c.id, r);
    });
    dataset.companies.forEach((c, i) => add(1, i, c.id, c.country));
    dataset.facilities.forEach((f, i) => {
      add(2, i, f.id, f.country);
      if (f.operator !== undefined) add(3, i, f.operator, f.id);
    });
    dataset.ownership.forEach((o, i) => add(4, i, o.owner, o.owned));
    dataset.capacities.forEach((c, i) => add(5, i, c.facility, c.material));
    dataset.production.forEach((p, i) => add(6, i, p.country, p.material));
    dataset.flows.forEach((f, i) => add(7, i, f.from, f.to));
  }

  private intern(id: string): number {
    let n = this.index.get(id);
    if (n === undefined) {
      n = this.ids.length;
      this.ids.push(id);
      this.index.set(id, n);
    }
    return n;
  }

  /** The node index of an id (an id no edge touches gets the empty slot at `ids.length`). */
  nodeOf(id: string): number {
    return this.index.get(id) ?? this.ids.length;
  }

  /** CSR over nodes (plus one empty slot): the edges touching each node, a self-loop once. */
  adjacency(): { start: Int32Array; list: Int32Array } {
    const nodes = this.ids.length + 1;
    const start = new Int32Array(nodes + 1);
    for (let e = 0; e < this.size; e++) {
      start[this.source[e]! + 1]!++;
      if (this.target[e] !== this.source[e]) start[this.target[e]! + 1]!++;
    }
    for (let n = 0; n < nodes; n++) start[n + 1]! += start[n]!;
    const fill = start.slice(0, nodes);
    const list = new Int32Array(start[nodes]!);
    for (let e = 0; e < this.size; e++) {
      list[fill[this.source[e]!]!++] = e;
      if (this.target[e] !== this.source[e]) list[fill[this.target[e]!]!++] = e;
    }
    return { start, list };
  }

  /** Edge `e` as a {@link GraphEdge}: id `TYPE:source->target` plus the row's natural key beyond its endpoints. */
  edge(e: number): GraphEdge {
    const [type, key] = RELATIONSHIPS[this.type[e]!]!;
    const source = this.ids[this.source[e]!]!;
    const target = this.ids[this.target[e]!]!;
    // Relationship rows carry their data (and, like the Neo4j store's edge ids, their natural key); the edges
    // drawn from an entity's own fields carry none.
    const isRelationshipRow = key === 'ownership' || key === 'capacities' || key === 'production' || key === 'flows';
    const row = isRelationshipRow ? (this.dataset[key][this.row[e]!] as object) : null;
    return {
      id: `${type}:${source}->${target}${row ? edgeKeySuffix(key, row) : ''}`,
      source,
      target,
      type,
      data: row ? { ...row } : {},
    };
  }
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
