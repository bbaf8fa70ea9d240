import { afterAll } from 'vitest';
import type { Dataset } from '../../api/src/dataset/types.js';
import { createGraphQL } from '../../api/src/server.js';
import { openEmbeddedStore } from '../../api/src/store/embedded/embedded-store.js';
import type { GraphStore } from '../../api/src/store/graph-store.js';
import type { Neo4jStore } from '../../api/src/store/neo4j/neo4j-store.js';
import { openNeo4jStore } from '../contract/neo4j-contract-store.js';
import { neo4jTarget } from '../contract/neo4j-target.js';

export const EDITOR_TOKEN = 'test-editor-token';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string } }[];
}

/** An in-process API over `store` (no open port): `query(text, variables, token?)`. */
export function apiFor(store: GraphStore) {
  const yoga = createGraphQL({ store, editorToken: EDITOR_TOKEN });
  return async function query<T = Record<string, unknown>>(
    text: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ): Promise<GraphQLResponse<T>> {
    const response = await yoga.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: text, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}

/**
 * Which store `apiOn` opens: the embedded store, or (in the vitest project `neo4j`, `TEST_STORE=neo4j`) the test
 * Neo4j, so every API test runs on both stores with the same assertions.
 */
export const STORE_UNDER_TEST: 'embedded' | 'neo4j' =
  process.env['TEST_STORE'] === 'neo4j' && neo4jTarget() !== null ? 'neo4j' : 'embedded';

let neo4jStore: Promise<Neo4jStore> | null = null;
if (STORE_UNDER_TEST === 'neo4j') {
  afterAll(async () => {
    if (neo4jStore) await (await neo4jStore).close();
    neo4jStore = null;
  });
}

/**
 * An in-process API over a store holding `dataset`. On Neo4j one store serves the whole test file and each call
 * replaces its data, so an API from an earlier call sees the later data (tests use one API at a time).
 */
export async function apiOn(dataset: Dataset) {
  if (STORE_UNDER_TEST === 'neo4j') {
    const target = neo4jTarget()!;
    neo4jStore ??= openNeo4jStore(target, { batchSize: 500 });
    const store = await neo4jStore;
    await store.importDataset(dataset, { replace: true, origin: 'api-test' });
    return { store: store as GraphStore, query: apiFor(store) };
  }
  const store = await openEmbeddedStore({ seed: dataset });
  return { store: store as GraphStore, query: apiFor(store) };
}

/** Wraps a store so every call is counted by method name. */
export function countingStore(inner: GraphStore): { store: GraphStore; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(property), (calls.get(String(property)) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, calls };
}
