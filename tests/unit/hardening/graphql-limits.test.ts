import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { GRAPHQL_LIMITS, workCost } from '../../../api/src/hardening/graphql-limits.js';
import { buildSchema } from '../../../api/src/modules/index.js';
import { createGraphQL, withoutAddresses } from '../../../api/src/server.js';
import { openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { StoreUnavailableError, type GraphStore } from '../../../api/src/store/graph-store.js';
import { fixture } from '../../helpers.js';

type Response = {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};

async function api(options: Parameters<typeof createGraphQL>[1] = {}, wrap?: (s: GraphStore) => GraphStore) {
  const inner = await openEmbeddedStore({ seed: fixture('small.json') });
  const yoga = createGraphQL({ store: wrap ? wrap(inner) : inner, editorToken: null }, options);
  return async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await yoga.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as Response };
  };
}

describe('GraphQL limits (issue 13 §1, §7)', () => {
  it('facilities(filter: {text}) of 1 MB is rejected before any work (it froze every request for 79 s)', async () => {
    const query = await api();
    const started = Date.now();
    const { body } = await query('query($t: String) { facilities(filter: { text: $t }) { totalCount } }', {
      t: 'x'.repeat(1_000_000),
    });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(body.errors?.[0]?.message).toBe('"filter.text" is 1000000 characters long; at most 200 are allowed.');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('VALIDATION_FAILED');
  });

  it('a text of 200 characters still searches', async () => {
    const query = await api();
    const { body } = await query('query($t: String) { facilities(filter: { text: $t }) { totalCount } }', {
      t: 'a'.repeat(200),
    });
    expect(body.data).toEqual({ facilities: { totalCount: 0 } });
  });

  it('30 aliased exportDataset are rejected (they returned 10.3 MB for a 600-byte anonymous request)', async () => {
    const query = await api();
    const aliases = Array.from({ length: 30 }, (_, i) => `e${i}: exportDataset`).join(' ');
    const { body } = await query(`{ ${aliases} }`);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/Aliases limit of 15 exceeded, found 30/);
  });

  it('two exports in one request exceed the work budget; one passes', async () => {
    const query = await api();
    const two = await query('{ a: exportDataset b: exportDataset }');
    expect(two.body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
    expect(two.body.errors?.[0]?.message).toMatch(/cost 6000 units of work; the limit is 5000/);
    const one = await query('{ exportDataset }');
    expect(one.body.errors).toBeUndefined();
    expect((one.body.data?.['exportDataset'] as { facilities: unknown[] }).facilities).toHaveLength(5);
  });

  it('a page size hidden in a variable is still paid for (Armor counted only literals)', async () => {
    const schema = buildSchema();
    const selection =
      'edges { node { id country { id } operator { id country { id } } owners { owner { id } } sources { id } ' +
      'capacities { year material { id } } } }';
    const literal = workCost(schema, parse(`{ facilities(first: 500) { ${selection} } }`));
    const variable = workCost(schema, parse(`query($n: Int) { facilities(first: $n) { ${selection} } }`), { n: 500 });
    // Per facility: edges, node, country, operator, its country, owners, owner, sources, capacities, material.
    expect(literal).toBe(1 + 500 * 10);
    expect(variable).toBe(literal);
    const query = await api();
    const { body } = await query(`query($n: Int) { facilities(first: $n) { ${selection} } }`, { n: 500 });
    expect(body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COSTLY');
  });

  it('rejects depth beyond the limit and more than 1000 tokens', async () => {
    const query = await api();
    const nest = (n: number): string => (n === 0 ? 'id' : `owners { owner { ${nest(n - 1)} } }`);
    const deep = await query(`{ facilities { edges { node { ${nest(GRAPHQL_LIMITS.maxDepth)} } } } }`);
    expect(deep.body.errors?.[0]?.message).toMatch(new RegExp(`depth limit of ${GRAPHQL_LIMITS.maxDepth} exceeded`));
    const long = await query(`{ ${Array.from({ length: 600 }, () => 'materials { id }').join(' ')} }`);
    expect(long.body.errors?.[0]?.message).toMatch(/Token limit of 1000 exceeded/);
  });

  it('does not suggest field names (a probe learned the schema from them)', async () => {
    const query = await api();
    const { body } = await query('{ facilitie { totalCount } }');
    expect(body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it('rejects a Float argument of 1e400 (Infinity) with the argument named', async () => {
    const query = await api();
    const { body } = await query('{ targetEvaluations(weights: { OPERATING: 1e400 }) { status } }');
    expect(body.errors?.[0]?.message).toMatch(/"weights.OPERATING" must be a finite number/);
  });

  it('answers TIMEOUT when a query runs past the execution timeout', async () => {
    const query = await api({ executionTimeoutMs: 50 }, (store) => {
      const slow = Object.create(store) as GraphStore;
      slow.listMaterials = () => new Promise((resolve) => setTimeout(() => resolve(store.listMaterials()), 1000));
      return slow;
    });
    const started = Date.now();
    const { body } = await query('{ materials { id } }');
    expect(Date.now() - started).toBeLessThan(900);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('TIMEOUT');
  });

  it('turns introspection off when asked (production default), on otherwise', async () => {
    const off = await api({ graphiql: false });
    expect((await off('{ __schema { queryType { name } } }')).body.errors?.[0]?.message).toMatch(/introspection/i);
    const on = await api();
    expect((await on('{ __schema { queryType { name } } }')).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    });
  });
});

describe('store errors (issue 13 §9)', () => {
  it('name no internal host or port (Neo4j errors showed them)', () => {
    expect(
      withoutAddresses(
        'Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=neo4j, ' +
          'routers=[neo4j-core-2.internal:7687], readers=[10.0.3.4:7687]] connect ECONNREFUSED [::1]:7687 bolt://db:7687',
      ),
    ).toBe(
      'Could not perform discovery. No routing servers available. Known routing table: RoutingTable[database=neo4j, ' +
        'routers=[<address>], readers=[<address>]] connect ECONNREFUSED <address> <address>',
    );
  });

  it('a store that fails answers STORE_UNAVAILABLE without the address', async () => {
    const query = await api({}, (store) => {
      const down = Object.create(store) as GraphStore;
      down.listMaterials = () => Promise.reject(new StoreUnavailableError('connect ECONNREFUSED 10.1.2.3:7687'));
      return down;
    });
    const { body } = await query('{ materials { id } }');
    expect(body.errors?.[0]?.extensions?.['code']).toBe('STORE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).not.toMatch(/10\.1\.2\.3|7687/);
  });
});
