import { createRequire } from 'node:module';
import { configDefaults, defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

/**
 * Two projects. `main`: every test on the embedded store. `neo4j`: the GraphStore contract suite (both stores) and
 * the GraphQL API tests again, this time on the test Neo4j that tests/contract/neo4j-global-setup.ts starts and
 * stops (one DBMS per worker; `TEST_STORE=neo4j` makes tests/api/harness.ts open the Neo4j store).
 */
const API_ON_NEO4J = ['tests/api/**/*.test.ts'];
const NOT_STORE_LEVEL = ['tests/api/server.test.ts'];

export default defineConfig({
  resolve: {
    // graphql ships CJS (main) and ESM (module) builds; Node gives graphql-yoga the CJS one, so our code must get
    // the same copy, or `instanceof GraphQLError` fails across the two and expected errors get masked.
    alias: { graphql: require.resolve('graphql') },
  },
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: [...configDefaults.exclude, 'tests/contract/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/contract/**/*.test.ts', ...API_ON_NEO4J],
          exclude: [...configDefaults.exclude, ...NOT_STORE_LEVEL],
          env: { TEST_STORE: 'neo4j' },
          globalSetup: ['tests/contract/neo4j-global-setup.ts'],
        },
      },
    ],
  },
});
