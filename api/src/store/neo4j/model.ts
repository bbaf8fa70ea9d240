import neo4j from 'neo4j-driver';
import { edgeKeySuffix, rowKey } from '../../dataset/merge.js';
import { integerFields, jsonFields } from '../../dataset/model.js';
import {
  DATASET_KEYS,
  type CapacityRow,
  type Dataset,
  type DatasetKey,
  type FlowRow,
  type GapRow,
  type OwnershipRow,
  type ParameterRow,
  type ProductionRow,
} from '../../dataset/types.js';
import {
  KIND_OF_KEY,
  LABEL_OF_KIND,
  nameOf,
  type Entity,
  type EntityKind,
  type GraphEdge,
  type GraphEdgeType,
  type GraphNode,
  type GraphNodeLabel,
} from '../graph-store.js';
import {
  SEARCH_FIELDS,
  bm25Frequency,
  boundedEditDistance,
  fuzziness,
  fuzzyWeight,
  prefixWeight,
  searchTerms,
  wordMatches,
  type SearchField,
} from '../search-rules.js';

/**
 * The pure half of the Neo4j store: how rows of the interchange format become Cypher parameters and how records
 * come back as rows, the allow-lists of labels and relationship types, Neo4j integers converted at the door, the
 * Lucene query for search. Nothing here talks to a server, so all of it is unit-tested without one.
 */

/** Extra label of each facility type. */
export const FACILITY_TYPE_LABELS = {
  MINE: 'Mine',
  REFINERY: 'Refinery',
  COMPONENT_PLANT: 'ComponentPlant',
  CELL_PLANT: 'CellPlant',
  RECYCLER: 'Recycler',
} as const;

/** Every node label the store writes or reads; anything else in the database is ignored. */
export const NODE_LABELS: readonly string[] = [
  'Entity',
  ...Object.values(LABEL_OF_KIND),
  ...Object.values(FACILITY_TYPE_LABELS),
  'Gap',
  'Parameter',
  'Meta',
];

/** Every relationship type of the model. */
export const RELATIONSHIP_TYPES: readonly GraphEdgeType[] = [
  'IN_REGION',
  'LOCATED_IN',
  'HEADQUARTERED_IN',
  'OWNS',
  'OPERATES',
  'HAS_CAPACITY',
  'PRODUCED',
  'SUPPLIES',
];

type RelationshipKey = 'capacities' | 'ownership' | 'production' | 'flows';

/**
 * The properties stored on each entity's node, in row order. The row's references are relationships instead:
 * a country's `regions` (IN_REGION), a company's `country` (HEADQUARTERED_IN), a facility's `country`
 * (LOCATED_IN) and `operator` (OPERATES). A target's `material` and `scope` stay properties (SPEC names no
 * relationship for them). A scenario's `overrides` and a facility's `statusHistory` and `designations` are stored
 * as JSON strings (see {@link JSON_PROPERTIES}).
 */
export const NODE_PROPERTIES: Readonly<Record<EntityKind, readonly string[]>> = {
  source: ['id', 'title', 'publisher', 'year', 'url', 'accessed', 'notes'],
  region: ['id', 'name', 'notes'],
  country: ['id', 'name', 'eu', 'oecd', 'notes'],
  material: ['id', 'name', 'unit', 'notes'],
  company: ['id', 'name', 'listed', 'aliases', 'notes', 'sources'],
  facility: [
    'id',
    'name',
    'type',
    'stage',
    'status',
    'statusDate',
    'startYear',
    'chemistry',
    'processStep',
    'lat',
    'lon',
    'aliases',
    'notes',
    'sources',
    'statusHistory',
    'designations',
  ],
  target: [
    'id',
    'name',
    'kind',
    'material',
    'stage',
    'scope',
    'baselineYear',
    'targetYear',
    'reductionMin',
    'reductionMax',
    'share',
    'demand',
    'notes',
    'sources',
  ],
  scenario: ['id', 'name', 'description', 'notes', 'overrides'],
};

/**
 * The properties of a `Gap` node (a dataset `gaps` row). Gaps carry the `Entity` label (ids are unique across kinds)
 * but are no graph entity: lookups by id and search skip them; they come back through `snapshot()` only.
 */
export const GAP_PROPERTIES: readonly string[] = [
  'id',
  'material',
  'stage',
  'scope',
  'year',
  'title',
  'detail',
  'lookAt',
  'incomplete',
  'sources',
];

/**
 * The properties of a `Parameter` node (a dataset `parameters` row): like a gap, an `Entity` (ids are unique across
 * kinds) that is no graph entity, read back through `snapshot()` only.
 */
export const PARAMETER_PROPERTIES: readonly string[] = [
  'id',
  'kind',
  'material',
  'chemistry',
  'value',
  'low',
  'high',
  'unit',
  'notes',
  'sources',
];

/** Row fields whose values are lists of maps, which Neo4j cannot hold as a property: stored as JSON strings. */
const JSON_PROPERTIES: ReadonlySet<string> = jsonFields();

/** The properties stored on each relationship row; its endpoints are the row's references. */
export const RELATIONSHIP_PROPERTIES: Readonly<Record<RelationshipKey, readonly string[]>> = {
  capacities: ['year', 'value', 'unit', 'basis', 'measure', 'notes', 'sources'],
  ownership: ['share', 'asOf', 'notes', 'sources'],
  production: ['material', 'stage', 'year', 'value', 'unit', 'publishedShare', 'notes', 'sources'],
  flows: ['material', 'stage', 'year', 'value', 'unit', 'notes', 'sources'],
};

/** Properties of the bookkeeping parts: IN_REGION's `rank`, the `Meta` node and the search words of entities. */
export const BOOKKEEPING_PROPERTIES: readonly string[] = [
  'rank',
  'epoch',
  'version',
  'complete',
  'origin',
  'startedAt',
  'finishedAt',
  'since',
  'searchName',
  'searchAliases',
  'searchId',
];

/** Fields stored as Neo4j integers (a JS number would be sent as a float): the row model's years. */
const INTEGER_FIELDS: ReadonlySet<string> = integerFields();

/** Every property key the store uses, for the Cypher checks. */
export function propertyKeys(): string[] {
  return [
    ...new Set([
      ...Object.values(NODE_PROPERTIES).flat(),
      ...GAP_PROPERTIES,
      ...PARAMETER_PROPERTIES,
      ...Object.values(RELATIONSHIP_PROPERTIES).flat(),
      ...BOOKKEEPING_PROPERTIES,
    ]),
  ];
}

// ---- values at the door ------------------------------------------------------------------------------------------

/**
 * Converts what the driver returns into plain data: Neo4j integers to numbers when safe (strings otherwise),
 * temporal and spatial values to their ISO strings, lists and maps recursively. Driver types never leave the store.
 */
export function fromNeo4j(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint')
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  if (Array.isArray(value)) return value.map(fromNeo4j);
  if (value !== null && typeof value === 'object') {
    if (Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromNeo4j(v)]));
    }
    // Dates, times, durations and points: their own ISO/WKT rendering.
    return String(value);
  }
  return value;
}

/** A value on its way in: integer fields as Neo4j integers, everything else as it is. */
function toNeo4jValue(field: string, value: unknown): unknown {
  return INTEGER_FIELDS.has(field) && typeof value === 'number' && Number.isInteger(value) ? neo4j.int(value) : value;
}

/** Picks `fields` of a row that are set, as node/relationship properties. */
function propsOf(row: object, fields: readonly string[]): Record<string, unknown> {
  const record = row as Record<string, unknown>;
  const props: Record<string, unknown> = {};
  for (const field of fields) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    props[field] = JSON_PROPERTIES.has(field) ? JSON.stringify(value) : toNeo4jValue(field, value);
  }
  return props;
}

/** The `UNWIND $rows` parameter of one row of `key`: the properties plus the references the statement matches. */
export function rowParams(key: DatasetKey, row: Dataset[DatasetKey][number]): Record<string, unknown> {
  const r = row as unknown as Record<string, unknown>;
  switch (key) {
    case 'countries':
      return {
        id: r['id'],
        props: entityProps('country', row),
        // A region named twice keeps its first place (the first region is the investor region).
        regions: [...new Set((r['regions'] as string[] | undefined) ?? [])],
      };
    case 'companies':
      return { id: r['id'], props: entityProps('company', row), country: r['country'] };
    case 'facilities':
      return {
        id: r['id'],
        props: entityProps('facility', row),
        country: r['country'],
        operator: r['operator'] ?? null,
      };
    case 'capacities': {
      const c = row as CapacityRow;
      return {
        facility: c.facility,
        material: c.material,
        props: propsOf(c, RELATIONSHIP_PROPERTIES.capacities),
      };
    }
    case 'ownership': {
      const o = row as OwnershipRow;
      return { owner: o.owner, owned: o.owned, props: propsOf(o, RELATIONSHIP_PROPERTIES.ownership) };
    }
    case 'production': {
      const p = row as ProductionRow;
      return { country: p.country, material: p.material, props: propsOf(p, RELATIONSHIP_PROPERTIES.production) };
    }
    case 'flows': {
      const f = row as FlowRow;
      return { from: f.from, to: f.to, props: propsOf(f, RELATIONSHIP_PROPERTIES.flows) };
    }
    case 'gaps':
      return { id: r['id'], props: propsOf(row, GAP_PROPERTIES) };
    case 'parameters':
      return { id: r['id'], props: propsOf(row, PARAMETER_PROPERTIES) };
    default:
      return { id: r['id'], props: entityProps(KIND_OF_KEY[key], row) };
  }
}

/** An entity node's properties: the row's fields plus the words the full-text index searches. */
function entityProps(kind: EntityKind, row: object): Record<string, unknown> {
  return { ...propsOf(row, NODE_PROPERTIES[kind]), ...searchProps(kind, row as Record<string, unknown>) };
}

// ---- records back to rows ----------------------------------------------------------------------------------------

/** What a node read returns (see `ENTITY_FIELDS` in cypher.ts), after {@link fromNeo4j}. */
export interface EntityRecord {
  props: Record<string, unknown>;
  labels: string[];
  regions: string[];
  countries: string[];
  operators: string[];
}

/** The entity kind of a node from its labels (the allow-list), or null for a node that is none of ours. */
export function kindOfLabels(labels: readonly string[]): EntityKind | null {
  for (const [kind, label] of Object.entries(LABEL_OF_KIND) as [EntityKind, GraphNodeLabel][]) {
    if (labels.includes(label)) return kind;
  }
  return null;
}

function pickProps(props: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const field of fields) {
    const value = props[field];
    if (value === undefined || value === null) continue;
    row[field] = JSON_PROPERTIES.has(field) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return row;
}

/** The interchange-format row of a node read, tagged with its kind; null for a node that is none of ours. */
export function entityFromRecord(record: EntityRecord): Entity | null {
  const kind = kindOfLabels(record.labels);
  if (kind === null) return null;
  const row = pickProps(record.props, NODE_PROPERTIES[kind]);
  if (kind === 'country') row['regions'] = record.regions;
  if (kind === 'company' || kind === 'facility') row['country'] = record.countries[0];
  if (kind === 'facility' && record.operators[0] !== undefined) row['operator'] = record.operators[0];
  return { kind, row } as unknown as Entity;
}

/** A gap row from the properties of its `Gap` node. */
export function gapFromProps(props: Record<string, unknown>): GapRow {
  return pickProps(props, GAP_PROPERTIES) as unknown as GapRow;
}

/** A parameter row from the properties of its `Parameter` node. */
export function parameterFromProps(props: Record<string, unknown>): ParameterRow {
  return pickProps(props, PARAMETER_PROPERTIES) as unknown as ParameterRow;
}

/** A relationship row from its endpoints and properties. */
export function relationshipRow(
  key: RelationshipKey,
  source: string,
  target: string,
  props: Record<string, unknown>,
): CapacityRow | OwnershipRow | ProductionRow | FlowRow {
  const picked = pickProps(props, RELATIONSHIP_PROPERTIES[key]);
  switch (key) {
    case 'capacities':
      return { facility: source, material: target, ...picked } as unknown as CapacityRow;
    case 'ownership':
      return { owner: source, owned: target, ...picked } as unknown as OwnershipRow;
    case 'production':
      return { country: source, material: target, ...picked } as unknown as ProductionRow;
    case 'flows':
      return { from: source, to: target, ...picked } as unknown as FlowRow;
  }
}

const KEY_OF_TYPE: Partial<Record<GraphEdgeType, RelationshipKey>> = {
  OWNS: 'ownership',
  HAS_CAPACITY: 'capacities',
  PRODUCED: 'production',
  SUPPLIES: 'flows',
};

/**
 * The graph-view edge of a relationship, with the same deterministic id and data as the embedded store:
 * `TYPE:source->target` plus the distinguishing properties; data is the relationship's row (empty for the
 * reference relationships). Throws for a type outside the allow-list.
 */
export function edgeFromRelationship(
  type: string,
  source: string,
  target: string,
  props: Record<string, unknown>,
): GraphEdge {
  if (!(RELATIONSHIP_TYPES as readonly string[]).includes(type)) throw new Error(`unexpected relationship ${type}`);
  const edgeType = type as GraphEdgeType;
  const key = KEY_OF_TYPE[edgeType];
  const data: Record<string, unknown> = key ? { ...relationshipRow(key, source, target, props) } : {};
  const suffix = key ? edgeKeySuffix(key, data) : '';
  return { id: `${edgeType}:${source}->${target}${suffix}`, source, target, type: edgeType, data };
}

/** The graph-view node of an entity. */
export function graphNode(entity: Entity): GraphNode {
  const label = LABEL_OF_KIND[entity.kind];
  return {
    id: entity.row.id,
    label,
    type: entity.kind === 'facility' ? entity.row.type : label.toUpperCase(),
    name: nameOf(entity),
    data: { ...entity.row },
  };
}

// ---- loading --------------------------------------------------------------------------------------------------------

/** One transaction's worth of rows of one key. */
export interface Batch {
  key: DatasetKey;
  /** 0-based index of the batch within its key. */
  index: number;
  /** How many batches the key has. */
  of: number;
  /** Index of the first row in the key's list. */
  start: number;
  rows: Record<string, unknown>[];
}

/**
 * Cuts a dataset into batches of at most `size` rows, key by key in dependency order (`DATASET_KEYS`: a row only
 * refers to kinds written before it). Rows with the same natural key are written once (the last one wins, as in
 * `mergeDatasets`).
 */
export function planBatches(dataset: Dataset, size: number): Batch[] {
  if (!Number.isInteger(size) || size < 1) throw new Error(`batch size must be a positive integer; got ${size}`);
  const batches: Batch[] = [];
  for (const key of DATASET_KEYS) {
    const byKey = new Map<string, Dataset[typeof key][number]>();
    for (const row of dataset[key]) byKey.set(rowKey(key, row), row);
    const rows = [...byKey.values()];
    const of = Math.ceil(rows.length / size);
    for (let index = 0; index < of; index++) {
      const start = index * size;
      batches.push({ key, index, of, start, rows: rows.slice(start, start + size).map((r) => rowParams(key, r)) });
    }
  }
  return batches;
}

// ---- search ---------------------------------------------------------------------------------------------------------

// The rules are both stores' (search-rules.ts); what is here is how this store applies them to Neo4j's full-text
// candidates. `searchTerms` is re-exported: it is what the store writes into the search properties.
export { searchTerms };

/**
 * Properties indexed by the full-text index `entity_search_tokens` (whitespace analyzer): the words of the name (a
 * source's title), the aliases and the id, tokenised by {@link searchTerms} here rather than by Lucene, so both
 * stores split text the same way. Gaps have none (they are not searchable entities).
 */
export const SEARCH_PROPERTIES = ['searchName', 'searchAliases', 'searchId'] as const;

/** The property holding each searched field's words. */
const SEARCH_PROPERTY: Record<SearchField, (typeof SEARCH_PROPERTIES)[number]> = {
  name: 'searchName',
  aliases: 'searchAliases',
  id: 'searchId',
};

/** The search properties of an entity row. */
export function searchProps(
  kind: EntityKind,
  row: Record<string, unknown>,
): Record<(typeof SEARCH_PROPERTIES)[number], string> {
  const name = kind === 'source' ? row['title'] : (row['name'] ?? row['id']);
  const aliases = Array.isArray(row['aliases']) ? (row['aliases'] as string[]) : [];
  return {
    searchName: searchTerms(String(name ?? '')).join(' '),
    searchAliases: aliases.flatMap(searchTerms).join(' '),
    searchId: searchTerms(String(row['id'])).join(' '),
  };
}

/** A term as a Lucene query-parser term: every character that is not a letter or digit escaped. */
function escapeTerm(term: string): string {
  return term.replace(/[^\p{L}\p{N}]/gu, (c) => `\\${c}`);
}

/**
 * The mean length in words of each field over the bundled data's entities (BM25 weighs a word found in a field by
 * the field's length against its mean; the store does not count the mean itself).
 */
const MEAN_LENGTH: Record<SearchField, number> = { name: 7, aliases: 1, id: 4 };

/** Each searched field's property, boost (search-rules.ts) and mean length. */
const FIELDS = SEARCH_FIELDS.map(({ field, boost }) => ({
  property: SEARCH_PROPERTY[field],
  boost,
  meanLength: MEAN_LENGTH[field],
}));

/**
 * Lucene counts every clause of the rewritten query against a limit of 1024, and a fuzzy term can expand into up to
 * 50 clauses. Each word costs 6 clauses (exact and prefix on three fields); fuzzy alternatives (name and aliases)
 * cost 100 more and are given to words in order while the budget lasts; at most {@link MAX_QUERY_WORDS} words go
 * into the query (the rest are checked on the candidates by {@link rankSearchHits}).
 */
const CLAUSE_BUDGET = 900;
export const MAX_QUERY_WORDS = 64;

/**
 * The Lucene query for a search text (a parameter value, never Cypher): every word must match a field, as the
 * word itself, as a prefix, or within the allowed edit distance. Empty when the text has no words. The query only
 * finds candidates; {@link rankSearchHits} ranks them as the embedded store does.
 */
export function luceneQuery(text: string): string {
  const terms = [...new Set(searchTerms(text))].slice(0, MAX_QUERY_WORDS);
  let budget = CLAUSE_BUDGET - terms.length * 6;
  return terms
    .map((term) => {
      const escaped = escapeTerm(term);
      const d = fuzziness(term);
      const fuzzy = d > 0 && budget >= 100;
      if (fuzzy) budget -= 100;
      const alternatives = FIELDS.flatMap(({ property, boost }) => [
        `${property}:${escaped}^${boost * 4}`,
        `${property}:${escaped}*^${boost * 2}`,
        ...(fuzzy && property !== 'searchId' ? [`${property}:${escaped}~${d}^${boost}`] : []),
      ]);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/**
 * How well one word of a field matches a query term (search-rules.ts): 1 for the word itself, a prefix weight (less
 * the longer the word), a fuzzy weight within the edit distance (less the further); 0 when it does not match. Both
 * weights take the matched word's length, as the embedded store (and MiniSearch) does; this store took the query
 * term's until the rules were gathered into one module (on "Poland" the two stores then put different entities first).
 */
function termWeight(term: string, word: string): number {
  if (word === term) return 1;
  if (word.startsWith(term)) return prefixWeight(word.length, word.length - term.length);
  const max = fuzziness(term);
  const d = boundedEditDistance(word, term, max);
  return d > max ? 0 : fuzzyWeight(word.length, d);
}

/**
 * The score of an entity for a search text, the way the embedded store scores it (search-index.ts: every query word must
 * match; per matching word of each field, the match weight times the field's boost times BM25+'s frequency and
 * length part, summed), without the embedded store's rarity factor (idf), which the store cannot know cheaply. 0 when a word does not
 * match (the entity is not a hit).
 */
export function searchScore(entity: Entity, terms: readonly string[]): number {
  const props = searchProps(entity.kind, entity.row as unknown as Record<string, unknown>);
  const fields = FIELDS.map(({ property, boost, meanLength }) => {
    const words = props[property] === '' ? [] : props[property].split(' ');
    const frequency = new Map<string, number>();
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1);
    return { frequency, length: words.length, boost, meanLength };
  });
  let total = 0;
  for (const term of new Set(terms)) {
    let forTerm = 0;
    for (const { frequency, length, boost, meanLength } of fields) {
      for (const [word, count] of frequency) {
        const weight = termWeight(term, word);
        if (weight > 0) forTerm += weight * boost * bm25Frequency(count, length, meanLength);
      }
    }
    if (forTerm === 0) return 0;
    total += forTerm;
  }
  return total;
}

/**
 * Ranks full-text candidates as the embedded store would: drops those that miss a word (beyond the words that went
 * into the Lucene query), orders by {@link searchScore}, then Lucene's score, then id.
 */
export function rankSearchHits<T extends { entity: Entity; score: number }>(
  candidates: readonly T[],
  text: string,
): (T & { rank: number })[] {
  const terms = searchTerms(text);
  return candidates
    .map((c) => ({ ...c, rank: searchScore(c.entity, terms) }))
    .filter((c) => c.rank > 0)
    .sort(
      (a, b) =>
        b.rank - a.rank ||
        b.score - a.score ||
        (a.entity.row.id < b.entity.row.id ? -1 : a.entity.row.id > b.entity.row.id ? 1 : 0),
    );
}

function fieldMatches(value: string, terms: readonly string[]): boolean {
  const words = searchTerms(value);
  return terms.some((t) => words.some((w) => wordMatches(t, w)));
}

/** What a search hit matched: its name if any word matches there, else the first matching alias, else the id. */
export function matchedField(entity: Entity, text: string): string {
  const terms = searchTerms(text);
  const name = nameOf(entity);
  if (fieldMatches(name, terms)) return name;
  const aliases = 'aliases' in entity.row ? (entity.row.aliases ?? []) : [];
  const alias = aliases.find((a) => fieldMatches(a, terms));
  if (alias !== undefined) return alias;
  return fieldMatches(entity.row.id, terms) ? entity.row.id : name;
}
