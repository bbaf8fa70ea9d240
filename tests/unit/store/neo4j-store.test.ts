import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../api/src/store/graph-store.js';
import { createNeo4jStore, type Neo4jStore } from '../../../api/src/store/neo4j/neo4j-store.js';
import { needsSeed } from '../../../api/src/store/neo4j/seed-on-first-start.js';
import { apiFor } from '../../api/harness.js';
import { fixture } from '../../helpers.js';

/** A loopback port nobody listens on: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Faults without a server: the driver points at a closed loopback port. The store must open (so the API starts),
 * and every call must fail fast with StoreUnavailableError, which the API turns into STORE_UNAVAILABLE.
 */
describe('Neo4j store while Neo4j is unreachable', () => {
  let store: Neo4jStore;

  beforeAll(async () => {
    store = await createNeo4jStore({
      uri: `bolt://127.0.0.1:${await closedPort()}`,
      user: 'neo4j',
      password: 'not-used',
      maxRetryTimeMs: 200,
      connectionTimeoutMs: 1000,
    });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('opens anyway', () => {
    expect(store.kind).toBe('neo4j');
    expect(store.database).toBe('neo4j');
  });

  it('fails ping, reads and imports with StoreUnavailableError', async () => {
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.findFacilities({}, { first: 5 })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.dataVersion()).rejects.toThrow(/Neo4j cannot be reached/);
    await expect(store.importDataset(fixture('contract.json'), { replace: false })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  it('answers GraphQL with a clear STORE_UNAVAILABLE error', async () => {
    const query = apiFor(store);
    const response = await query('{ materials { id } }');
    expect(response.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(response.errors?.[0]?.message).toMatch(/The data store is unavailable \(Neo4j cannot be reached/);
  });
});

describe('first-start load (docker compose)', () => {
  it('loads into a database nothing was ever imported into, or finishes its own interrupted load', () => {
    expect(needsSeed({ version: 0, complete: true, origin: null })).toBe(true);
    expect(needsSeed({ version: 1, complete: false, origin: 'bundled' })).toBe(true);
  });

  it('never loads over data that is there or that a user is loading', () => {
    expect(needsSeed({ version: 2, complete: true, origin: 'bundled' })).toBe(false);
    expect(needsSeed({ version: 5, complete: false, origin: 'upsert' })).toBe(false);
  });
});
