import type { Dataset } from '../../api/src/dataset/types.js';
import { createGraphQL } from '../../api/src/server.js';
import { openEmbeddedStore } from '../../api/src/store/embedded/embedded-store.js';
import type { GraphStore } from '../../api/src/store/graph-store.js';

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

export async function apiOn(dataset: Dataset) {
  const store = await openEmbeddedStore({ seed: dataset });
  return { store, query: apiFor(store) };
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
