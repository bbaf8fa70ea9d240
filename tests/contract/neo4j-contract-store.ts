import type { Dataset } from '../../api/src/dataset/types.js';
import type { ImportOptions } from '../../api/src/store/graph-store.js';
import { createNeo4jStore, type Neo4jStore } from '../../api/src/store/neo4j/neo4j-store.js';
import type { Neo4jTarget } from './neo4j-target.js';

/** The `origin` every import of the contract suite writes into the Meta node. */
export const CONTRACT_ORIGIN = 'contract-test';

/** The Neo4j store of `target`, with small batches so a load takes several batches per kind. */
export async function openNeo4jStore(
  target: Neo4jTarget,
  options: { uri?: string; batchSize?: number } = {},
): Promise<Neo4jStore> {
  return createNeo4jStore({
    uri: options.uri ?? target.uri,
    user: target.user,
    password: target.password,
    ...(target.database ? { database: target.database } : {}),
    batchSize: options.batchSize ?? 3,
  });
}

/**
 * The store the contract suite runs on, loaded with `dataset` (replacing whatever the database held). Every import
 * through it is marked as the suite's own (`origin: contract-test`), so a later run on the same database knows the
 * data is the suite's and may replace it. On a server named by `NEO4J_URI` it refuses to wipe data some other load
 * put there, unless NEO4J_CONTRACT_WIPE=yes.
 */
export async function openContractStore(
  target: Neo4jTarget,
  dataset: Dataset,
  options: { uri?: string } = {},
): Promise<Neo4jStore> {
  const store = await openNeo4jStore(target, options);
  const state = await store.importState();
  const existing = await store.findFacilities({}, { first: 1 });
  if (
    target.external &&
    existing.totalCount > 0 &&
    state.origin !== CONTRACT_ORIGIN &&
    process.env['NEO4J_CONTRACT_WIPE'] !== 'yes'
  ) {
    await store.close();
    throw new Error(
      `Database "${store.database}" at ${target.uri} holds data the contract suite did not load ` +
        `(last import: ${state.origin ?? 'unknown'}). The suite replaces it with its fixture: point ` +
        `NEO4J_URI/NEO4J_DATABASE at a test database, or set NEO4J_CONTRACT_WIPE=yes to allow it.`,
    );
  }
  const marked = new Proxy(store, {
    get(inner, property, receiver) {
      if (property === 'importDataset')
        return (document: Dataset, opts: ImportOptions & { origin?: string }) =>
          inner.importDataset(document, { ...opts, origin: opts.origin ?? CONTRACT_ORIGIN });
      const value = Reflect.get(inner, property, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(inner) : value;
    },
  });
  await marked.importDataset(dataset, { replace: true });
  return marked;
}
