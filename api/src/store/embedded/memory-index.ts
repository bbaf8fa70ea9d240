/* eslint-disable @typescript-eslint/no-non-null-assertion -- node and edge indices into the typed arrays and CSR offsets are in range by construction (EdgeTable below). */
import { edgeKeySuffix } from '../../dataset/merge.js';
import type { CapacityRow, CompanyRow, CountryRow, Dataset, FacilityRow, OwnershipRow } from '../../dataset/types.js';
import {
  KIND_OF_KEY,
  LABEL_OF_KIND,
  nameOf,
  type Entity,
  type FacilityFilter,
  type GraphEdge,
  type GraphEdgeType,
  type GraphNode,
  type SearchHit,
  type Subgraph,
  type SubgraphArgs,
} from '../graph-store.js';
import { SearchIndex } from './search-index.js';

/** The entity kinds of the dataset, by key. */
const ENTITY_KINDS = Object.keys(KIND_OF_KEY) as (keyof typeof KIND_OF_KEY)[];

/**
 * Read-only indexes over one version of the dataset. Built whole when a data version is read; after an import,
 * derived from the previous version's index and the imported rows (see the constructor), sharing what the
 * import did not change, with the same answers as a build from scratch (tests/unit/store/incremental-index.test.ts).
 * Immutable once served, so it needs no locking.
 */
export class MemoryIndex {
  readonly entities: Map<string, Entity>;
  readonly facilities: readonly FacilityRow[];
  readonly companies: readonly CompanyRow[];
  private readonly regionsOf = new Map<string, readonly string[]>();
  /** Every relationship as a row of {@link EdgeTable}, and the edges of each node (ids, see {@link nodeOf}). */
  private readonly edges: EdgeTable;
  private readonly adjacency: { start: Int32Array; list: Int32Array };
  /** Full-text search over every entity's name, aliases and id. */
  readonly searchIndex: SearchIndex;
  /** Each filter's text, lowercased once per request rather than once per facility. */
  private readonly needles = new WeakMap<FacilityFilter, string>();

  /**
   * The index of `dataset`: built whole, or, given the `previous` version's index and the `patch` that made this
   * one (`dataset` = `mergeDatasets(previous.dataset, patch)`), derived from it: the edge table is shared when no
   * relationship changed (a new row of a relationship kind, a new company or facility, a changed country,
   * operator or region list rebuild it), the search index is updated only for entities whose name, aliases or id
   * changed (else shared), the sorted lists are patched rather than sorted again.
   */
  constructor(
    readonly dataset: Dataset,
    from?: { previous: MemoryIndex; patch: Dataset },
  ) {
    for (const country of dataset.countries) this.regionsOf.set(country.id, country.regions);
    if (from === undefined) {
      this.entities = new Map();
      for (const key of ENTITY_KINDS) {
        const kind = KIND_OF_KEY[key];
        for (const row of dataset[key]) this.entities.set(row.id, { kind, row } as Entity);
      }
      this.facilities = [...dataset.facilities].sort(byId);
      this.companies = [...dataset.companies].sort(byId);
      this.edges = new EdgeTable(dataset);
      this.adjacency = this.edges.adjacency();
      this.searchIndex = SearchIndex.build(this.entities.values());
      return;
    }
    const { previous, patch } = from;
    this.entities = new Map(previous.entities);
    // The patch's entities by id, the last row winning as in the merge.
    const changed = new Map<string, Entity>();
    for (const key of ENTITY_KINDS) {
      const kind = KIND_OF_KEY[key];
      for (const row of patch[key]) changed.set(row.id, { kind, row } as Entity);
    }
    const searchChanged: Entity[] = [];
    for (const [id, entity] of changed) {
      const before = previous.entities.get(id);
      this.entities.set(id, entity);
      if (before === undefined || !sameSearchText(before, entity)) searchChanged.push(entity);
    }
    this.facilities = patchSorted(previous.facilities, patch.facilities);
    this.companies = patchSorted(previous.companies, patch.companies);
    if (sameRelationships(previous, patch, dataset)) {
      this.edges = previous.edges.over(dataset);
      this.adjacency = previous.adjacency;
    } else {
      this.edges = new EdgeTable(dataset);
      this.adjacency = this.edges.adjacency();
    }
    this.searchIndex =
      searchChanged.length === 0
        ? previous.searchIndex
        : previous.searchIndex.update(
            searchChanged.map((e) => e.row.id),
            searchChanged,
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
    return this.searchIndex.search(text, first, (id) => this.entities.get(id));
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
  readonly ids: string[];
  private readonly index: Map<string, number>;
  readonly type: Uint8Array;
  readonly row: Int32Array;
  readonly source: Int32Array;
  readonly target: Int32Array;
  readonly size: number;

  /** The table of `dataset`; or, given `shared`, the table it holds, reading edge data from `dataset` ({@link over}). */
  constructor(
    private readonly dataset: Dataset,
    shared?: EdgeTable,
  ) {
    if (shared) {
      ({ ids: this.ids, index: this.index, type: this.type, row: this.row } = shared);
      ({ source: this.source, target: this.target, size: this.size } = shared);
      return;
    }
    this.ids = [];
    this.index = new Map();
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

  /**
   * This table over another version of the data with the same relationships, each at the same row index (what
   * {@link sameRelationships} checks): the arrays are shared, edge data is read from `dataset`.
   */
  over(dataset: Dataset): EdgeTable {
    return new EdgeTable(dataset, this);
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

/**
 * True when `mergeDatasets(previous.dataset, patch)` has exactly the relationships of `previous`, each drawn from a
 * row at the same index: the merge keeps a replaced row in its place and appends new rows, so it is enough that
 * no relationship kind gains a row (its length is unchanged: a replaced relationship row has the same natural
 * key, hence the same endpoints) and that every entity row that draws edges (a country's regions; a company's country; a facility's
 * country and operator) either replaces one with the same endpoints or is a new country with no regions (it
 * draws none).
 */
function sameRelationships(previous: MemoryIndex, patch: Dataset, next: Dataset): boolean {
  for (const key of ['ownership', 'capacities', 'production', 'flows'] as const)
    if (next[key].length !== previous.dataset[key].length) return false;
  const before = <T>(row: { id: string }): T | undefined => previous.entities.get(row.id)?.row as T | undefined;
  for (const c of patch.countries) {
    const old = before<CountryRow>(c);
    if (old === undefined ? c.regions.length > 0 : !sameList(old.regions, c.regions)) return false;
  }
  for (const c of patch.companies) if (before<CompanyRow>(c)?.country !== c.country) return false;
  for (const f of patch.facilities) {
    const old = before<FacilityRow>(f);
    if (old === undefined || old.country !== f.country || old.operator !== f.operator) return false;
  }
  return true;
}

/** True when the search index holds the same of both: same kind, name (or title), aliases. */
function sameSearchText(a: Entity, b: Entity): boolean {
  const aliases = (e: Entity) => ('aliases' in e.row ? (e.row.aliases ?? []) : []);
  return a.kind === b.kind && nameOf(a) === nameOf(b) && sameList(aliases(a), aliases(b));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * `rows` (sorted by id) with the `patch` rows upserted by id, still sorted: a row whose id is held replaces it in
 * place, new rows are merged in (O(n + k log k) for k patch rows, instead of sorting n again).
 */
function patchSorted<T extends { id: string }>(rows: readonly T[], patch: readonly T[]): readonly T[] {
  if (patch.length === 0) return rows;
  const out = [...rows];
  const fresh = new Map<string, T>();
  for (const row of patch) {
    const at = lowerBound(out, row.id);
    if (out[at]?.id === row.id) out[at] = row;
    else fresh.set(row.id, row);
  }
  if (fresh.size === 0) return out;
  const sorted = [...fresh.values()].sort(byId);
  const merged: T[] = new Array<T>(out.length + sorted.length);
  let [i, j, k] = [0, 0, 0];
  while (i < out.length || j < sorted.length)
    merged[k++] = j >= sorted.length || (i < out.length && out[i]!.id < sorted[j]!.id) ? out[i++]! : sorted[j++]!;
  return merged;
}

/** The first index whose id is not below `id`. */
function lowerBound(rows: readonly { id: string }[], id: string): number {
  let [low, high] = [0, rows.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (rows[mid]!.id < id) low = mid + 1;
    else high = mid;
  }
  return low;
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
