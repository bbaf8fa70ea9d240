import { createServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../api/src/store/graph-store.js';
import { createNeo4jStore, type Neo4jStore } from '../../../api/src/store/neo4j/neo4j-store.js';
import { needsSeed } from '../../../api/src/store/neo4j/seed-on-first-start.js';
import { EDITOR_TOKEN, apiFor } from '../../api/harness.js';
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

/** A loopback server that accepts connections and never answers (a hung Neo4j): its port, and how to stop it. */
async function hungServer(): Promise<{ port: number; stop: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

describe('a hung Neo4j (accepts connections, never answers) answers STORE_UNAVAILABLE, not INTERNAL_SERVER_ERROR', () => {
  let hung: Awaited<ReturnType<typeof hungServer>>;
  let store: Neo4jStore;

  beforeAll(async () => {
    hung = await hungServer();
    // Opening must not fail either (it did: the schema set-up's timeout was not a known driver error).
    store = await createNeo4jStore({
      uri: `bolt://127.0.0.1:${hung.port}`,
      user: 'neo4j',
      password: 'not-used',
      maxRetryTimeMs: 200,
      connectionTimeoutMs: 1000,
    });
  });
  afterAll(async () => {
    await store?.close();
    await hung?.stop();
  });

  it('fails reads and imports with StoreUnavailableError within the connection timeout', async () => {
    await expect(store.findFacilities({}, { first: 5 })).rejects.toThrow(/Neo4j did not answer in time/);
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.importDataset(fixture('contract.json'), { replace: false })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  it('answers GraphQL queries and mutations with STORE_UNAVAILABLE, naming no host or port', async () => {
    const query = apiFor(store);
    for (const response of [
      await query('{ materials { id } }'),
      await query('mutation { deleteScenario(id: "scn-cut") { ok } }', {}, EDITOR_TOKEN),
    ]) {
      expect(response.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
      expect(response.errors?.[0]?.message).toMatch(/^The data store is unavailable \(Neo4j did not answer in time/);
      expect(response.errors?.[0]?.message).not.toContain('127.0.0.1');
      expect(response.errors?.[0]?.message).not.toContain(String(hung.port));
    }
  });
});

describe('API errors never expose the internal host and port of Neo4j', () => {
  it.each(['bolt', 'neo4j'])('%s:// to a closed port: STORE_UNAVAILABLE without address or port', async (scheme) => {
    const port = await closedPort();
    const store = await createNeo4jStore({
      uri: `${scheme}://127.0.0.1:${port}`,
      user: 'neo4j',
      password: 'not-used',
      maxRetryTimeMs: 200,
      connectionTimeoutMs: 1000,
    });
    try {
      const response = await apiFor(store)(
        '{ dependency(material: "lithium", stage: REFINING, year: 2024) { total } }',
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
      expect(response.errors?.[0]?.message).not.toContain('127.0.0.1');
      expect(response.errors?.[0]?.message).not.toContain(String(port));
    } finally {
      await store.close();
    }
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
