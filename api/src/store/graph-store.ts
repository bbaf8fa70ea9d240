import type {
  CapacityRow,
  CompanyRow,
  CountryRow,
  Dataset,
  EntityKey,
  FacilityRow,
  FacilityStatus,
  FacilityType,
  MaterialRow,
  OwnershipRow,
  RegionRow,
  RowCounts,
  ScenarioRow,
  SourceRow,
  Stage,
  TargetRow,
} from '../dataset/types.js';

/**
 * The one door the API uses to reach data. Two implementations: `store/embedded` (in-process, a JSON file in
 * `DATA_DIR`) and `store/neo4j`. Both pass the contract suite in `tests/contract/`. Nothing outside
 * `api/src/store/` knows which one is in use.
 *
 * Ordering rule shared by every implementation: lists and pages are ordered by `id` (ascending, plain
 * code-unit order; ids are ASCII), so pages and cursors agree across stores.
 */
export interface GraphStore {
  readonly kind: 'embedded' | 'neo4j';

  /** Throws {@link StoreUnavailableError} when the store cannot be reached. */
  ping(): Promise<void>;
  /** An opaque token that changes whenever the data changes (the analytics projection is cached on it). */
  dataVersion(): Promise<string>;
  /** The whole dataset, in the interchange format (for the analytics projection and for export). */
  snapshot(): Promise<Dataset>;
  /**
   * Registers `prepare`, awaited with each next data version (its `dataVersion()` and `snapshot()`) before the
   * store serves it — the embedded store calls it after the data file is written and before the swap, for its own
   * imports and for a data file another process wrote — so that what is built from the data (the analytics
   * projection) is ready when the version is served, while reads are still answered on the current one. An error
   * of `prepare` is ignored (the cache then builds on demand). Optional: a store without it (Neo4j) serves a new
   * version at once. Returns the function that unregisters `prepare`.
   */
  onNextVersion?(prepare: (next: NextVersion) => Promise<void>): () => void;

  /** Entities by id, any kind, for DataLoaders; ids that do not exist are absent from the map. */
  getEntities(ids: readonly string[]): Promise<Map<string, Entity>>;
  listMaterials(): Promise<MaterialRow[]>;
  listCountries(): Promise<CountryRow[]>;
  listRegions(): Promise<RegionRow[]>;
  listTargets(): Promise<TargetRow[]>;
  listScenarios(): Promise<ScenarioRow[]>;
  findFacilities(filter: FacilityFilter, page: PageArgs): Promise<Page<FacilityRow>>;
  findCompanies(filter: CompanyFilter, page: PageArgs): Promise<Page<CompanyRow>>;

  /** Batch lookups, keyed by the id asked for (every id asked for is a key, possibly with an empty list). */
  ownersOf(ownedIds: readonly string[]): Promise<Map<string, OwnershipRow[]>>;
  holdingsOf(ownerIds: readonly string[]): Promise<Map<string, OwnershipRow[]>>;
  capacitiesOf(facilityIds: readonly string[]): Promise<Map<string, CapacityRow[]>>;
  operatedBy(companyIds: readonly string[]): Promise<Map<string, FacilityRow[]>>;

  /** Type-ahead search over names, aliases and ids of every entity kind: prefix and fuzzy matches, best first. */
  search(text: string, first: number): Promise<SearchHit[]>;
  /** The neighbourhood of some nodes up to `depth` hops, shaped for the graph view. */
  subgraph(args: SubgraphArgs): Promise<Subgraph>;

  /**
   * Writes a dataset that has already been validated (merged with the current data unless `replace`). With
   * `replace` the whole dataset is swapped; otherwise rows are upserted by id (entities) or natural key
   * (relationship rows, see `rowKey`). Either all of it is written or, on failure, the store keeps what it had;
   * readers see the old data until the new is there whole (both stores).
   */
  importDataset(dataset: Dataset, options: ImportOptions): Promise<RowCounts>;

  /**
   * Deletes the stored scenario `id` (the one kind of row the API deletes: nothing refers to a scenario), under the
   * same writer discipline as {@link importDataset}: one write, the data version bumped, `expectedVersion` checked
   * inside it ({@link DataChangedError}, nothing written). Returns false, writing nothing, when there is no such
   * scenario.
   */
  deleteScenario(id: string, options: Pick<ImportOptions, 'expectedVersion'>): Promise<boolean>;

  close(): Promise<void>;
}

export interface ImportOptions {
  replace: boolean;
  /**
   * The `dataVersion()` the dataset was validated against. Every store checks it inside its write (the embedded
   * store under the data file's lock, Neo4j inside the write transaction, after taking the Meta node's lock) and
   * writes nothing, throwing {@link DataChangedError}, when the data is no longer that version, so validation and
   * commit act as one step against the current data, across processes too.
   */
  expectedVersion?: string;
  /** Called as rows are written (the Neo4j store reports every batch), for progress output. */
  onProgress?: (progress: ImportProgress) => void;
  /**
   * Awaited at each step of the write ({@link ImportStep}); the import goes on when it resolves. Tests hold an
   * import at a step to see what readers get meanwhile (tests/unit/store/import-reads.test.ts).
   */
  onStep?: (step: ImportStep) => Promise<void> | void;
}

/**
 * The steps of an import: `validated` (the document checked against the current data, by the datasets service),
 * `indexed` (the embedded store's indexes of the next version built), `written` (the data file replaced, the
 * next version not yet served). Readers get the current version until the import has returned.
 */
export type ImportStep = 'validated' | 'indexed' | 'written';

export interface ImportProgress {
  /** The dataset key being written (`facilities` …), or `clear` while `replace` empties the store. */
  key: string;
  done: number;
  total: number;
}

/** A data version about to be served (see {@link GraphStore.onNextVersion}). */
export interface NextVersion {
  version: string;
  dataset: Dataset;
}

/** The row type of each entity kind. */
export interface RowByKind {
  source: SourceRow;
  region: RegionRow;
  country: CountryRow;
  material: MaterialRow;
  company: CompanyRow;
  facility: FacilityRow;
  target: TargetRow;
  scenario: ScenarioRow;
}

/** An entity of any kind, tagged with its kind. */
export type Entity = { [K in keyof RowByKind]: { kind: K; row: RowByKind[K] } }[keyof RowByKind];
export type EntityKind = Entity['kind'];

/**
 * The name an entity is shown and searched by, in both stores: a source's title, else its name, else its id.
 * (`?? row.id`: rows are validated before they reach a store, but an index must not be what fails on one that is
 * not; the write that carries it fails on its own terms.)
 */
export function nameOf(entity: Entity): string {
  const row = entity.row;
  if (entity.kind === 'source') return (entity.row.title as string | undefined) ?? row.id;
  return 'name' in row && typeof row.name === 'string' ? row.name : row.id;
}

/** Node label of each entity kind (SPEC section 2). */
export const LABEL_OF_KIND: Readonly<Record<EntityKind, GraphNodeLabel>> = {
  source: 'Source',
  region: 'Region',
  country: 'Country',
  material: 'Material',
  company: 'Company',
  facility: 'Facility',
  target: 'Target',
  scenario: 'Scenario',
};

/**
 * The dataset keys whose rows are graph entities (nodes with edges, found by id and search). A gap or parameter row
 * has an id (unique across kinds) but is not a graph entity: it reaches the API through `snapshot()` only.
 */
export type GraphEntityKey = Exclude<EntityKey, 'gaps' | 'parameters'>;

/** The kind of entity each entity array of a dataset document holds. */
export const KIND_OF_KEY: Readonly<Record<GraphEntityKey, EntityKind>> = {
  sources: 'source',
  regions: 'region',
  countries: 'country',
  materials: 'material',
  companies: 'company',
  facilities: 'facility',
  targets: 'target',
  scenarios: 'scenario',
};

export interface FacilityFilter {
  type?: readonly FacilityType[];
  stage?: readonly Stage[];
  status?: readonly FacilityStatus[];
  /** ISO country ids the facility is located in. */
  country?: readonly string[];
  /** Region ids: the facility's country is in one of them. */
  region?: readonly string[];
  /** Material ids: the facility has a capacity row for one of them. */
  material?: readonly string[];
  /** Case-insensitive substring of name, id or an alias. */
  text?: string;
}

export interface CompanyFilter {
  country?: readonly string[];
  text?: string;
}

export interface PageArgs {
  /** At most this many items (the service caps it). */
  first: number;
  /** An `endCursor` from a previous page; the next page starts after it. */
  after?: string | undefined;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  /** Cursor of the last item on this page (null on an empty page). */
  endCursor: string | null;
}

export interface SearchHit {
  id: string;
  kind: EntityKind;
  name: string;
  /** Higher is better; only comparable within one result list. */
  score: number;
  /** What matched: the name, an alias or the id. */
  matched: string;
}

export interface SubgraphArgs {
  ids: readonly string[];
  /** Hops from the start nodes (0 = the nodes themselves). */
  depth: number;
  /** Facilities not matching the filter are left out (with their edges). */
  filter?: FacilityFilter | undefined;
  /** Cap on nodes; the result says when it was reached. */
  limit: number;
}

export type GraphNodeLabel =
  'Source' | 'Region' | 'Country' | 'Material' | 'Company' | 'Facility' | 'Target' | 'Scenario';

export type GraphEdgeType =
  'IN_REGION' | 'LOCATED_IN' | 'HEADQUARTERED_IN' | 'OWNS' | 'OPERATES' | 'HAS_CAPACITY' | 'PRODUCED' | 'SUPPLIES';

export interface GraphNode {
  id: string;
  label: GraphNodeLabel;
  /** Facility type (MINE …) for facilities, else the label in upper case. */
  type: string;
  name: string;
  /** The entity's row. */
  data: Record<string, unknown>;
}

export interface GraphEdge {
  /** Deterministic: `TYPE:source->target` plus the distinguishing properties (year, material, stage, basis). */
  id: string;
  source: string;
  target: string;
  type: GraphEdgeType;
  data: Record<string, unknown>;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** True when `limit` cut the neighbourhood short. */
  truncated: boolean;
}

/** Thrown by a store that cannot be reached; the API maps it to the GraphQL code `STORE_UNAVAILABLE`. */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /**
   * True when the store lost the connection while committing an import, so the import may or may not have been
   * written (otherwise a failed import wrote nothing).
   */
  readonly mayHaveWritten: boolean;
  constructor(message: string, options?: ErrorOptions & { mayHaveWritten?: boolean }) {
    super(message, options);
    this.mayHaveWritten = options?.mayHaveWritten ?? false;
  }
}

/**
 * The store cannot take this write whole (a limit of the store, e.g. Neo4j's transaction memory); it was rolled back
 * and nothing was written. The message names the limit and what to do; the API answers `TOO_LARGE`.
 */
export class StoreLimitError extends Error {
  override readonly name: string = 'StoreLimitError';
}

/** The data changed between validation and commit; validate again against the current data. */
export class DataChangedError extends Error {
  override readonly name = 'DataChangedError';
}

/** Opaque page cursors: base64url of the id of the last item. Shared by every store. */
export const cursor = {
  encode(id: string): string {
    return Buffer.from(id, 'utf8').toString('base64url');
  },
  decode(value: string): string {
    return Buffer.from(value, 'base64url').toString('utf8');
  },
};
