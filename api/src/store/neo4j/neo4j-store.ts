import { randomUUID } from 'node:crypto';
import neo4j, { Neo4jError, type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import {
  DATASET_KEYS,
  FORMAT_VERSION,
  countRows,
  type Dataset,
  type DatasetKey,
  type RowCounts,
} from '../../dataset/types.js';
import {
  DataChangedError,
  StoreUnavailableError,
  cursor,
  nameOf,
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
import { CREATE_ON_REPLACE, CYPHER, SCHEMA, UPSERT, type Statement } from './cypher.js';
import { ImportBatchError, ImportTooLargeError, isTransactionMemoryLimit, mapDriverError } from './errors.js';
import {
  edgeFromRelationship,
  entityFromRecord,
  fromNeo4j,
  gapFromProps,
  parameterFromProps,
  graphNode,
  luceneQuery,
  matchedField,
  planBatches,
  rankSearchHits,
  relationshipRow,
  searchProps,
  type EntityRecord,
} from './model.js';

/** Default rows per `UNWIND` statement of an import (all statements of one import share one transaction). */
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
  /** Random, set when the Meta node is created (the first import into an empty or wiped database); null before. */
  epoch: string | null;
  /** Bumped by the commit of every import; 0 before the first. */
  version: number;
  /**
   * False only in a database an older version of the store was loading when it was interrupted (imports are one
   * transaction now: they commit whole or not at all).
   */
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
      // A server that accepts connections but never answers (hung) is only noticed by this timeout (the connection
      // timeout ends when TCP connects): kept at the connection timeout, well inside the API's execution timeout,
      // so such a request answers STORE_UNAVAILABLE rather than TIMEOUT.
      connectionAcquisitionTimeout: config.connectionTimeoutMs ?? 5000,
      userAgent: 'battery-raw-materials-graph',
    });
  }

  /**
   * Creates constraints and indexes once per process (every statement is idempotent), waits until they are online,
   * and gives entities written by an older version of the store their search words; retried after failure.
   */
  ensureSchema(): Promise<void> {
    if (!this.schemaReady) {
      this.schemaReady = (async () => {
        for (const statement of SCHEMA) await this.session('WRITE', 'schema', (tx) => run(tx, statement));
        await this.session('READ', 'awaitIndexes', (tx) => run(tx, CYPHER.awaitIndexes));
        await this.addMissingSearchWords();
      })();
      this.schemaReady.catch(() => {
        this.schemaReady = null;
      });
    }
    return this.schemaReady;
  }

  /** Search words for entities that have none (a database loaded before they existed), in batches. */
  private async addMissingSearchWords(): Promise<void> {
    for (;;) {
      const written = await this.session('WRITE', 'addSearchWords', async (tx) => {
        const records = await run(tx, CYPHER.entitiesWithoutSearchWords, { limit: neo4j.int(this.batchSize) });
        const rows = records.flatMap((r) => {
          const entity = entityFromRecord(r as unknown as EntityRecord);
          if (!entity) return [];
          return [{ id: entity.row.id, props: searchProps(entity.kind, entity.row as unknown as Row) }];
        });
        if (rows.length > 0) await run(tx, CYPHER.setSearchWords, { rows });
        return rows.length;
      });
      if (written < this.batchSize) return;
    }
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

  /**
   * A read in one read transaction, bracketed by two reads of the Meta node: when an import was committing at
   * either end, or the version changed in between, the read is repeated (Neo4j is read-committed and applies a
   * large commit record by record, so one read could otherwise see half an import).
   */
  private async read<T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    await this.ensureSchema();
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.session('READ', operation, async (tx) => {
        const before = await readMeta(tx);
        if (before.committing) return null;
        const value = await work(tx);
        const after = await readMeta(tx);
        return after.committing || versionToken(this.database, after) !== versionToken(this.database, before)
          ? null
          : { value };
      });
      if (outcome) return outcome.value;
      if (attempt >= READ_ATTEMPTS)
        throw new StoreUnavailableError('an import kept committing while the data was read; try again');
      await new Promise((resolve) => setTimeout(resolve, Math.min(25 * attempt, 250)));
    }
  }

  async ping(): Promise<void> {
    try {
      await this.driver.verifyConnectivity({ database: this.database });
    } catch (error) {
      const mapped = mapDriverError(error);
      throw mapped instanceof StoreUnavailableError ? mapped : new StoreUnavailableError(String(error));
    }
  }

  /** Where the last import left the database (read like every read: never the state of a half-applied commit). */
  async importState(): Promise<ImportState> {
    const { committing: _committing, ...state } = await this.read('importState', readMeta);
    return state;
  }

  /** `neo4j:<database>:<epoch>:<version>`: changes with every committed import and after a wipe and reload. */
  async dataVersion(): Promise<string> {
    return versionToken(this.database, await this.importState());
  }

  /**
   * The whole dataset from one read transaction: one streamed statement (rows are turned into dataset rows as they
   * arrive; no result set is buffered), checked against concurrent commits like every read (see `read`).
   */
  async snapshot(): Promise<Dataset> {
    return this.read('snapshot', async (tx) => {
      const dataset = emptyDataset();
      const rows = dataset as unknown as Record<DatasetKey, unknown[] | undefined>;
      for await (const record of tx.run(CYPHER.snapshot)) {
        const r = fromNeo4j(record.toObject()) as Row;
        const key = r['key'] as DatasetKey;
        if (RELATIONSHIP_KEYS.has(key)) {
          rows[key]?.push(
            relationshipRow(
              key as 'capacities' | 'ownership' | 'production' | 'flows',
              String(r['source']),
              String(r['target']),
              r['props'] as Row,
            ),
          );
        } else if (key === 'gaps') rows.gaps?.push(gapFromProps(r['props'] as Row));
        else if (key === 'parameters') rows.parameters?.push(parameterFromProps(r['props'] as Row));
        else {
          const entity = entityFromRecord(r as unknown as EntityRecord);
          if (entity) rows[key]?.push(entity.row);
        }
      }
      return dataset;
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

  /**
   * Full-text candidates from Neo4j (words split as the embedded store splits them, a bounded Lucene query), ranked
   * by `rankSearchHits` as the embedded store ranks them.
   */
  async search(text: string, first: number): Promise<SearchHit[]> {
    const query = luceneQuery(text);
    if (query === '' || first < 1) return [];
    const limit = Math.min(Math.max(first * 5, 50), 500);
    const records = await this.read('search', (tx) => run(tx, CYPHER.search, { query, limit: neo4j.int(limit) }));
    const candidates = records.flatMap((r) => {
      const entity = entityFromRecord(r as unknown as EntityRecord);
      return entity ? [{ entity, score: Number(r['score']) }] : [];
    });
    return rankSearchHits(candidates, text)
      .slice(0, first)
      .map(({ entity, rank }) => ({
        id: entity.row.id,
        kind: entity.kind,
        name: nameOf(entity),
        score: rank,
        matched: matchedField(entity, text),
      }));
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
   * Writes a validated dataset in ONE write transaction, as `UNWIND` statements of `batchSize` rows each, key by key
   * in dependency order; with `replace` our nodes are deleted first, in the same transaction. The data version is
   * bumped by the transaction's last statement. So an import commits whole or not at all, and readers see the old
   * data until it commits. A failing statement throws {@link ImportBatchError} (nothing was written); a connection
   * lost before the commit throws {@link StoreUnavailableError} (nothing was written) and one lost during the commit
   * a {@link StoreUnavailableError} with `mayHaveWritten` (the outcome is unknown; re-running the load is safe).
   * Failures the driver calls retriable (a leader change, a deadlock) are retried up to 3 times.
   */
  private async load(dataset: Dataset, options: ImportOptions & { origin?: string }): Promise<RowCounts> {
    await this.ensureSchema();
    const progress = options.onProgress ?? (() => undefined);
    const origin = options.origin ?? (options.replace ? 'replace' : 'upsert');
    const batches = planBatches(dataset, this.batchSize);
    const totals = new Map<DatasetKey, number>();
    for (const b of batches) totals.set(b.key, (totals.get(b.key) ?? 0) + b.rows.length);

    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
      const tx = session.beginTransaction({ metadata: { app: 'battery-raw-materials-graph', operation: 'import' } });
      let committing = false;
      try {
        await this.lockAt(tx, options.expectedVersion);
        if (options.replace) {
          const [count] = (await tx.run(CYPHER.countEntities)).records.map((r) => fromNeo4j(r.toObject()) as Row);
          const total = Number(count?.['total'] ?? 0);
          let done = 0;
          progress({ key: 'clear', done, total });
          for (;;) {
            const result = await tx.run(CYPHER.clearBatch, { limit: neo4j.int(this.batchSize) });
            const deleted = Number(fromNeo4j(result.records[0]?.get('deleted') ?? 0));
            if (deleted === 0) break;
            done += deleted;
            progress({ key: 'clear', done: Math.min(done, total), total });
          }
        }
        for (const batch of batches) {
          try {
            const statement =
              options.replace && batch.key in CREATE_ON_REPLACE
                ? CREATE_ON_REPLACE[batch.key as keyof typeof CREATE_ON_REPLACE]
                : UPSERT[batch.key];
            await tx.run(statement, { rows: batch.rows });
          } catch (error) {
            throw new ImportBatchError(batch.key, batch.index, batch.of, batch.start, batch.rows.length, error);
          }
          progress({ key: batch.key, done: batch.start + batch.rows.length, total: totals.get(batch.key) ?? 0 });
        }
        await tx.run(CYPHER.commitImport, { origin });
        await this.session('WRITE', 'markCommitting', (t) => run(t, CYPHER.markCommitting));
        committing = true;
        try {
          await tx.commit();
        } finally {
          await this.session('WRITE', 'clearCommitting', (t) => run(t, CYPHER.clearCommitting)).catch(() => undefined);
        }
        return countRows(dataset);
      } catch (error) {
        if (!committing) await tx.rollback().catch(() => undefined);
        const cause = error instanceof ImportBatchError ? error.cause : error;
        if (isTransactionMemoryLimit(cause)) throw new ImportTooLargeError(countRows(dataset), cause);
        if (!committing && attempt < 3 && cause instanceof Neo4jError && cause.retriable) continue;
        const mapped = mapDriverError(cause);
        if (mapped instanceof StoreUnavailableError) {
          const where = error instanceof ImportBatchError ? `${error.message} ` : '';
          throw committing
            ? new StoreUnavailableError(
                `${mapped.message}; the connection was lost while the import was being committed, so it may or ` +
                  `may not have been written (re-running the same load is safe: rows are merged)`,
                { cause: error, mayHaveWritten: true },
              )
            : new StoreUnavailableError(`${where}${mapped.message}`, { cause: error });
        }
        throw error;
      } finally {
        await session.close().catch(() => undefined);
      }
    }
  }

  /**
   * Takes the write lock (the Meta node) as the first statement of a write transaction and checks, inside the
   * transaction, that the data is still the version the write was validated against: two processes writing at once
   * cannot both pass validation on the data as it was before the other wrote.
   * @throws DataChangedError when it is not (the transaction is then rolled back: nothing written).
   */
  private async lockAt(tx: Transaction | ManagedTransaction, expectedVersion: string | undefined): Promise<void> {
    const result = await tx.run(CYPHER.lockImport, { epoch: randomUUID() });
    const locked = fromNeo4j(result.records[0]?.toObject() ?? {}) as Row;
    const before = versionToken(this.database, {
      epoch: typeof locked['epoch'] === 'string' ? locked['epoch'] : null,
      version: typeof locked['version'] === 'number' ? locked['version'] : 0,
    });
    if (expectedVersion !== undefined && before !== expectedVersion)
      throw new DataChangedError('the data changed while the document was being validated');
  }

  deleteScenario(id: string, options: Pick<ImportOptions, 'expectedVersion'>): Promise<boolean> {
    const write = this.writing.then(async () => {
      await this.ensureSchema();
      return this.session('WRITE', 'deleteScenario', async (tx) => {
        await this.lockAt(tx, options.expectedVersion);
        const [row] = await run(tx, CYPHER.deleteScenario, { id });
        if (Number(row?.['deleted'] ?? 0) === 0) return false;
        await run(tx, CYPHER.commitChange);
        return true;
      });
    });
    this.writing = write.catch(() => undefined);
    return write;
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

/** How often a read is tried while imports keep committing (a commit is applied in well under a second). */
const READ_ATTEMPTS = 60;

/** The Meta node's state (a database nothing was imported into has none), and whether an import is committing. */
async function readMeta(tx: ManagedTransaction): Promise<ImportState & { committing: boolean }> {
  const [meta] = await run(tx, CYPHER.readMeta);
  return {
    committing: meta?.['committing'] === true,
    epoch: typeof meta?.['epoch'] === 'string' ? meta['epoch'] : null,
    version: typeof meta?.['version'] === 'number' ? meta['version'] : 0,
    complete: meta?.['complete'] !== false,
    origin: typeof meta?.['origin'] === 'string' ? meta['origin'] : null,
  };
}

function versionToken(database: string, state: Pick<ImportState, 'epoch' | 'version'>): string {
  return `neo4j:${database}:${state.epoch ?? 'none'}:${state.version}`;
}

const RELATIONSHIP_KEYS: ReadonlySet<DatasetKey> = new Set(['capacities', 'ownership', 'production', 'flows']);

function emptyDataset(): Dataset {
  const dataset: Record<string, unknown> = { version: FORMAT_VERSION };
  for (const key of DATASET_KEYS) dataset[key] = [];
  return dataset as unknown as Dataset;
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
