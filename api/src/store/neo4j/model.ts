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
  type ProductionRow,
} from '../../dataset/types.js';
import {
  KIND_OF_KEY,
  LABEL_OF_KIND,
  type Entity,
  type EntityKind,
  type GraphEdge,
  type GraphEdgeType,
  type GraphNode,
  type GraphNodeLabel,
} from '../graph-store.js';

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
  'sources',
];

/** Row fields whose values are lists of maps, which Neo4j cannot hold as a property: stored as JSON strings. */
const JSON_PROPERTIES: ReadonlySet<string> = jsonFields();

/** The properties stored on each relationship row; its endpoints are the row's references. */
export const RELATIONSHIP_PROPERTIES: Readonly<Record<RelationshipKey, readonly string[]>> = {
  capacities: ['year', 'value', 'unit', 'basis', 'notes', 'sources'],
  ownership: ['share', 'asOf', 'notes', 'sources'],
  production: ['material', 'stage', 'year', 'value', 'unit', 'publishedShare', 'notes', 'sources'],
  flows: ['material', 'stage', 'year', 'value', 'unit', 'notes', 'sources'],
};

/** Properties of the bookkeeping parts: IN_REGION's `rank` and the `Meta` node. */
export const BOOKKEEPING_PROPERTIES: readonly string[] = [
  'rank',
  'version',
  'complete',
  'origin',
  'startedAt',
  'finishedAt',
];

/** Fields stored as Neo4j integers (a JS number would be sent as a float): the row model's years. */
const INTEGER_FIELDS: ReadonlySet<string> = integerFields();

/** Every property key the store uses, for the Cypher checks. */
export function propertyKeys(): string[] {
  return [
    ...new Set([
      ...Object.values(NODE_PROPERTIES).flat(),
      ...GAP_PROPERTIES,
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
      return { id: r['id'], props: propsOf(row, NODE_PROPERTIES.country), regions: r['regions'] ?? [] };
    case 'companies':
      return { id: r['id'], props: propsOf(row, NODE_PROPERTIES.company), country: r['country'] };
    case 'facilities':
      return {
        id: r['id'],
        props: propsOf(row, NODE_PROPERTIES.facility),
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
    default:
      return { id: r['id'], props: propsOf(row, NODE_PROPERTIES[KIND_OF_KEY[key]]) };
  }
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

/** The display name of an entity: a source's title, else its name, else its id. */
export function nameOf(entity: Entity): string {
  if (entity.kind === 'source') return entity.row.title;
  return 'name' in entity.row && typeof entity.row.name === 'string' ? entity.row.name : entity.row.id;
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

/** The words of a search text: letters and digits, lower-cased (what Lucene's standard analyzer indexes). */
export function searchTerms(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** Edit distance allowed for a term, as in the embedded store: none up to 3 letters, 1 up to 5, else 2. */
export function fuzziness(term: string): number {
  return term.length <= 3 ? 0 : term.length <= 5 ? 1 : 2;
}

/**
 * The Lucene query for a search text (a parameter value, never Cypher): every word must match a field, as the
 * word itself (best), as a prefix, or within the allowed edit distance; name and title weigh most, then aliases,
 * then the id. Terms hold only letters and digits, so nothing needs escaping. Empty when the text has no words.
 */
export function luceneQuery(text: string): string {
  const fields: [string, number][] = [
    ['name', 3],
    ['title', 3],
    ['aliases', 2],
    ['id', 1],
  ];
  return searchTerms(text)
    .map((term) => {
      const d = fuzziness(term);
      const alternatives = fields.flatMap(([field, boost]) => [
        `${field}:${term}^${boost * 4}`,
        `${field}:${term}*^${boost * 2}`,
        ...(d > 0 ? [`${field}:${term}~${d}^${boost}`] : []),
      ]);
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/** Levenshtein distance, stopping early above `max`. */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return (previous[b.length] ?? Infinity) <= max;
}

function fieldMatches(value: string, terms: readonly string[]): boolean {
  const words = searchTerms(value);
  return terms.some((t) => words.some((w) => w.startsWith(t) || withinDistance(w, t, fuzziness(t))));
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
