import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { countRows, type Dataset, type DatasetKey, type RowCounts } from '../../dataset/types.js';
import {
  StoreUnavailableError,
  cursor,
  type CompanyFilter,
  type Entity,
  type FacilityFilter,
  type GraphEdge,
  type GraphStore,
  type ImportOptions,
  type Page,
  type PageArgs,
  type SearchHit,
  type Subgraph,
  type SubgraphArgs,
} from '../graph-store.js';
import type { CapacityRow, CompanyRow, FacilityRow, OwnershipRow } from '../../dataset/types.js';
import { CYPHER, SCHEMA, UPSERT, type Statement } from './cypher.js';
import { ImportBatchError, mapDriverError } from './errors.js';
import {
  edgeFromRelationship,
  entityFromRecord,
  fromNeo4j,
  gapFromProps,
  graphNode,
  luceneQuery,
  matchedField,
  nameOf,
  planBatches,
  relationshipRow,
  type EntityRecord,
} from './model.js';

/** Default rows per write transaction (the issue asks for 1,000–10,000). */
export const DEFAULT_BATCH_SIZE = 5000;

export interface Neo4jStoreConfig {
  /** `neo4j://`, `neo4j+s://` (cluster, Aura), `bolt://` … */
  uri: string;
  user: string;
  password: string;
  /** Database to use; default `neo4j`. Every session names it explicitly. */
  database?: string;
  /** Rows per write transaction when loading; default {@link DEFAULT_BATCH_SIZE}. */
  batchSize?: number;
  /** How long the driver retries a transaction on transient errors (ms); default 5000. */
  maxRetryTimeMs?: number;
  /** Connection timeout (ms); default 5000. */
  connectionTimeoutMs?: number;
}

/** Where the last import left the database. */
export interface ImportState {
  /** Bumped at the start and at the end of every import; 0 before the first. */
  version: number;
  /** False while an import runs, or when one was interrupted (re-run it to complete it). */
  complete: boolean;
  /** What the last import said it was (`bundled` for the data loaded on first start, …), or null. */
  origin: string | null;
}

/** The Neo4j store, with what the compose start-up and the tests need beyond {@link GraphStore}. */
export interface Neo4jStore extends GraphStore {
  readonly kind: 'neo4j';
  readonly database: string;
  importState(): Promise<ImportState>;
  importDataset(dataset: Dataset, options: ImportOptions & { origin?: string }): Promise<RowCounts>;
}

/**
 * Opens the Neo4j store: one driver for the process, a session per unit of work on the configured database,
 * `executeRead`/`executeWrite` (the driver retries transient failures), parameterized statements from `cypher.ts`
 * only. Schema setup (constraints, indexes, full-text index) runs now; when Neo4j cannot be reached the store
 * still opens, every call fails with {@link StoreUnavailableError}, and setup is retried by the next call, so the
 * API recovers by itself when Neo4j comes back.
 */
export async function createNeo4jStore(config: Neo4jStoreConfig): Promise<Neo4jStore> {
  const store = new Neo4jGraphStore(config);
  try {
    await store.ensureSchema();
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) {
      await store.close();
      throw error;
    }
    console.warn(`Neo4j store: ${error.message}. Serving STORE_UNAVAILABLE until it can be reached.`);
  }
  return store;
}

type Row = Record<string, unknown>;

const NO_FILTER = {
  types: null,
  stages: null,
  statuses: null,
  countries: null,
  regions: null,
  materials: null,
  text: null,
};

/** The parameters of `FACILITY_FILTER` (cypher.ts): absent = null (no condition), text lower-cased. */
export function facilityFilterParams(filter: FacilityFilter | undefined): Row {
  if (!filter) return { ...NO_FILTER };
  return {
    types: filter.type ?? null,
    stages: filter.stage ?? null,
    statuses: filter.status ?? null,
    countries: filter.country ?? null,
    regions: filter.region ?? null,
    materials: filter.material ?? null,
    text: filter.text === undefined || filter.text === '' ? null : filter.text.toLowerCase(),
  };
}

class Neo4jGraphStore implements Neo4jStore {
  readonly kind = 'neo4j' as const;
  readonly database: string;
  private readonly driver: Driver;
  private readonly batchSize: number;
  private schemaReady: Promise<void> | null = null;
  /** Imports are serialised within the process. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(config: Neo4jStoreConfig) {
    this.database = config.database ?? 'neo4j';
    this.batchSize = config.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1)
      throw new Error(`NEO4J_BATCH_SIZE must be a positive whole number; got ${config.batchSize}`);
    this.driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
      maxTransactionRetryTime: config.maxRetryTimeMs ?? 5000,
      connectionTimeout: config.connectionTimeoutMs ?? 5000,
      connectionAcquisitionTimeout: (config.connectionTimeoutMs ?? 5000) * 2,
      userAgent: 'battery-raw-materials-graph',
    });
  }

  /** Creates constraints and indexes once per process (every statement is IF NOT EXISTS); retried after failure. */
  ensureSchema(): Promise<void> {
    if (!this.schemaReady) {
      this.schemaReady = (async () => {
        for (const statement of SCHEMA) await this.session('WRITE', 'schema', (tx) => run(tx, statement));
      })();
      this.schemaReady.catch(() => {
        this.schemaReady = null;
      });
    }
    return this.schemaReady;
  }

  /** One unit of work: a session on the configured database, a managed transaction, errors mapped. */
  private async session<T>(
    mode: 'READ' | 'WRITE',
    operation: string,
    work: (tx: ManagedTransaction) => Promise<T>,
  ): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const txConfig = { metadata: { app: 'battery-raw-materials-graph', operation } };
    try {
      return mode === 'READ' ? await session.executeRead(work, txConfig) : await session.executeWrite(work, txConfig);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
    }
  }

  private async read<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.ensureSchema();
    return this.session('READ', operation, work);
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      const mapped = mapDriverError(error);
      throw mapped instanceof StoreUnavailableError ? mapped : new StoreUnavailableError(String(error));
    }
  }

  async importState(): Promise<ImportState> {
    const [meta] = await this.read('importState', (tx) => run(tx, CYPHER.readMeta));
    return {
      version: typeof meta?.['version'] === 'number' ? meta['version'] : 0,
      complete: meta?.['complete'] !== false,
      origin: typeof meta?.['origin'] === 'string' ? meta['origin'] : null,
    };
  }

  async dataVersion(): Promise<string> {
    const state = await this.importState();
    return `neo4j:${this.database}:${state.version}`;
  }

  async snapshot(): Promise<Dataset> {
    return this.read('snapshot', async (tx) => {
      const entities = async (statement: Statement) =>
        (await run(tx, statement)).flatMap((r) => {
          const entity = entityFromRecord(r as unknown as EntityRecord);
          return entity ? [entity.row] : [];
        });
      const relationships = async (statement: Statement, key: 'capacities' | 'ownership' | 'production' | 'flows') =>
        (await run(tx, statement)).map((r) =>
          relationshipRow(key, String(r['source']), String(r['target']), r['props'] as Row),
        );
      return {
        version: 2,
        sources: await entities(CYPHER.listSources),
        regions: await entities(CYPHER.listRegions),
        countries: await entities(CYPHER.listCountries),
        materials: await entities(CYPHER.listMaterials),
        companies: await entities(CYPHER.listCompanies),
        facilities: await entities(CYPHER.listFacilities),
        capacities: await relationships(CYPHER.listCapacities, 'capacities'),
        ownership: await relationships(CYPHER.listOwnership, 'ownership'),
        production: await relationships(CYPHER.listProduction, 'production'),
        flows: await relationships(CYPHER.listFlows, 'flows'),
        targets: await entities(CYPHER.listTargets),
        scenarios: await entities(CYPHER.listScenarios),
        gaps: (await run(tx, CYPHER.listGaps)).map((r) => gapFromProps(r['props'] as Row)),
      } as Dataset;
    });
  }

  async getEntities(ids: readonly string[]): Promise<Map<string, Entity>> {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map();
    return this.read('getEntities', (tx) => entitiesById(tx, unique));
  }

  private async list<K extends Entity['kind']>(statement: Statement, operation: string) {
    const records = await this.read(operation, (tx) => run(tx, statement));
    return records.flatMap((r) => {
      const entity = entityFromRecord(r as unknown as EntityRecord);
      return entity ? [entity.row] : [];
    }) as Extract<Entity, { kind: K }>['row'][];
  }

  listMaterials() {
    return this.list<'material'>(CYPHER.listMaterials, 'listMaterials');
  }
  listCountries() {
    return this.list<'country'>(CYPHER.listCountries, 'listCountries');
  }
  listRegions() {
    return this.list<'region'>(CYPHER.listRegions, 'listRegions');
  }
  listTargets() {
    return this.list<'target'>(CYPHER.listTargets, 'listTargets');
  }
  listScenarios() {
    return this.list<'scenario'>(CYPHER.listScenarios, 'listScenarios');
  }

  async findFacilities(filter: FacilityFilter, page: PageArgs): Promise<Page<FacilityRow>> {
    return this.page(CYPHER.facilityPage, facilityFilterParams(filter), page, 'findFacilities');
  }

  async findCompanies(filter: CompanyFilter, page: PageArgs): Promise<Page<CompanyRow>> {
    const params = {
      countries: filter.country ?? null,
      text: filter.text === undefined || filter.text === '' ? null : filter.text.toLowerCase(),
    };
    return this.page(CYPHER.companyPage, params, page, 'findCompanies');
  }

  private async page<T extends FacilityRow | CompanyRow>(
    statement: Statement,
    params: Row,
    page: PageArgs,
    operation: string,
  ): Promise<Page<T>> {
    return this.read(operation, async (tx) => {
      const [result] = await run(tx, statement, {
        ...params,
        after: page.after === undefined ? null : cursor.decode(page.after),
        first: neo4j.int(Math.max(0, page.first)),
      });
      const ids = (result?.['ids'] as string[] | undefined) ?? [];
      const found = await entitiesById(tx, ids);
      const items = ids.flatMap((id) => {
        const entity = found.get(id);
        return entity ? [entity.row as T] : [];
      });
      const last = items[items.length - 1];
      return {
        items,
        totalCount: Number(result?.['totalCount'] ?? 0),
        hasNextPage: result?.['hasNextPage'] === true,
        endCursor: last ? cursor.encode(last.id) : null,
      };
    });
  }

  private async relationshipsBy(
    statement: Statement,
    key: 'ownership' | 'capacities',
    by: 'source' | 'target',
    ids: readonly string[],
    operation: string,
  ) {
    const result = new Map<string, (OwnershipRow | CapacityRow)[]>(ids.map((id) => [id, []]));
    const unique = [...new Set(ids)];
    if (unique.length === 0) return result;
    const records = await this.read(operation, (tx) => run(tx, statement, { ids: unique }));
    for (const r of records) {
      const row = relationshipRow(key, String(r['source']), String(r['target']), r['props'] as Row);
      result.get(String(r[by]))?.push(row as OwnershipRow | CapacityRow);
    }
    return result;
  }

  async ownersOf(ids: readonly string[]) {
    return (await this.relationshipsBy(CYPHER.ownersOf, 'ownership', 'target', ids, 'ownersOf')) as Map<
      string,
      OwnershipRow[]
    >;
  }
  async holdingsOf(ids: readonly string[]) {
    return (await this.relationshipsBy(CYPHER.holdingsOf, 'ownership', 'source', ids, 'holdingsOf')) as Map<
      string,
      OwnershipRow[]
    >;
  }
  async capacitiesOf(ids: readonly string[]) {
    return (await this.relationshipsBy(CYPHER.capacitiesOf, 'capacities', 'source', ids, 'capacitiesOf')) as Map<
      string,
      CapacityRow[]
    >;
  }

  async operatedBy(ids: readonly string[]): Promise<Map<string, FacilityRow[]>> {
    const result = new Map<string, FacilityRow[]>(ids.map((id) => [id, []]));
    const unique = [...new Set(ids)];
    if (unique.length === 0) return result;
    const records = await this.read('operatedBy', (tx) => run(tx, CYPHER.operatedBy, { ids: unique }));
    for (const r of records) {
      const entity = entityFromRecord(r as unknown as EntityRecord);
      if (entity?.kind === 'facility' && entity.row.operator !== undefined)
        result.get(entity.row.operator)?.push(entity.row);
    }
    return result;
  }

  async search(text: string, first: number): Promise<SearchHit[]> {
    const query = luceneQuery(text);
    if (query === '' || first < 1) return [];
    const records = await this.read('search', (tx) => run(tx, CYPHER.search, { query, limit: neo4j.int(first) }));
    return records.flatMap((r) => {
      const entity = entityFromRecord(r as unknown as EntityRecord);
      if (!entity) return [];
      return [
        {
          id: entity.row.id,
          kind: entity.kind,
          name: nameOf(entity),
          score: Number(r['score']),
          matched: matchedField(entity, text),
        },
      ];
    });
  }

  /**
   * Breadth-first in `depth + 3` queries, one per hop (never one per node), with the embedded store's rules:
   * neighbours visited in id order, facilities not matching the filter left out (start nodes always kept), at most
   * `limit` nodes, and every edge between two kept nodes.
   */
  async subgraph({ ids, depth, filter, limit }: SubgraphArgs): Promise<Subgraph> {
    return this.read('subgraph', async (tx) => {
      const start = [...new Set(ids)];
      const existing = start.length === 0 ? [] : [...(await entitiesById(tx, start)).keys()].sort();
      const kept: string[] = [];
      let truncated = false;
      const keep = (candidates: readonly string[]) => {
        const added: string[] = [];
        for (const id of candidates) {
          if (kept.length >= limit) {
            truncated = true;
            break;
          }
          kept.push(id);
          added.push(id);
        }
        return added;
      };
      let frontier = keep(existing);
      const filterParams = facilityFilterParams(filter);
      for (let hop = 0; hop < depth && frontier.length > 0 && !truncated; hop++) {
        const next = await run(tx, CYPHER.neighbours, { ...filterParams, frontier, kept });
        frontier = keep(next.map((r) => String(r['id'])).sort());
      }
      if (kept.length === 0) return { nodes: [], edges: [], truncated };
      const entities = await entitiesById(tx, kept);
      const nodes = [...kept].sort().flatMap((id) => {
        const entity = entities.get(id);
        return entity ? [graphNode(entity)] : [];
      });
      const edges = new Map<string, GraphEdge>();
      for (const r of await run(tx, CYPHER.edgesAmong, { ids: kept })) {
        const edge = edgeFromRelationship(
          String(r['type']),
          String(r['source']),
          String(r['target']),
          r['props'] as Row,
        );
        edges.set(edge.id, edge);
      }
      return { nodes, edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), truncated };
    });
  }

  importDataset(dataset: Dataset, options: ImportOptions & { origin?: string }): Promise<RowCounts> {
    const run = this.writing.then(() => this.load(dataset, options));
    this.writing = run.catch(() => undefined);
    return run;
  }

  /**
   * Writes a validated dataset in batches of `batchSize` rows, each its own transaction, in dependency order.
   * With `replace` our nodes are deleted first, in batches. The data version is bumped before and after, and the
   * `Meta` node says whether the last import completed. A failed batch throws {@link ImportBatchError} (or
   * {@link StoreUnavailableError} naming the batch, when Neo4j went away); every earlier batch stays committed
   * and the same load can be re-run to completion.
   */
  private async load(dataset: Dataset, options: ImportOptions & { origin?: string }): Promise<RowCounts> {
    await this.ensureSchema();
    const progress = options.onProgress ?? (() => undefined);
    await this.session('WRITE', 'beginImport', (tx) =>
      run(tx, CYPHER.beginImport, { origin: options.origin ?? (options.replace ? 'replace' : 'upsert') }),
    );
    if (options.replace) {
      const [count] = await this.session('READ', 'countEntities', (tx) => run(tx, CYPHER.countEntities));
      const total = Number(count?.['total'] ?? 0);
      let done = 0;
      progress({ key: 'clear', done, total });
      for (;;) {
        const [result] = await this.session('WRITE', 'clear', (tx) =>
          run(tx, CYPHER.clearBatch, { limit: neo4j.int(this.batchSize) }),
        );
        const deleted = Number(result?.['deleted'] ?? 0);
        if (deleted === 0) break;
        done += deleted;
        progress({ key: 'clear', done: Math.min(done, total), total });
      }
    }
    const batches = planBatches(dataset, this.batchSize);
    const totals = new Map<DatasetKey, number>();
    for (const b of batches) totals.set(b.key, (totals.get(b.key) ?? 0) + b.rows.length);
    for (const batch of batches) {
      try {
        await this.session('WRITE', `import ${batch.key} ${batch.index + 1}/${batch.of}`, (tx) =>
          run(tx, UPSERT[batch.key], { rows: batch.rows }),
        );
      } catch (error) {
        const failure = new ImportBatchError(batch.key, batch.index, batch.of, batch.start, batch.rows.length, error);
        throw error instanceof StoreUnavailableError
          ? new StoreUnavailableError(failure.message, { cause: failure })
          : failure;
      }
      progress({ key: batch.key, done: batch.start + batch.rows.length, total: totals.get(batch.key) ?? 0 });
    }
    await this.session('WRITE', 'finishImport', (tx) => run(tx, CYPHER.finishImport));
    return countRows(dataset);
  }

  async close(): Promise<void> {
    await this.writing;
    await this.driver.close();
  }
}

/** Runs one catalog statement in a transaction and returns its records as plain objects. */
async function run(tx: ManagedTransaction, statement: Statement, params: Row = {}): Promise<Row[]> {
  const result = await tx.run(statement, params);
  return result.records.map((record) => fromNeo4j(record.toObject()) as Row);
}

/** Entities by id in one query. */
async function entitiesById(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, Entity>> {
  const found = new Map<string, Entity>();
  if (ids.length === 0) return found;
  for (const r of await run(tx, CYPHER.entitiesById, { ids: [...ids] })) {
    const entity = entityFromRecord(r as unknown as EntityRecord);
    if (entity) found.set(entity.row.id, entity);
  }
  return found;
}
