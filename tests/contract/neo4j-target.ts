import { inject } from 'vitest';

/** A Neo4j the tests may use: the test Neo4j started by neo4j-global-setup.ts, or the one `NEO4J_URI` names. */
export interface Neo4jTarget {
  /** `bolt://127.0.0.1:PORT` for the test Neo4j. */
  uri: string;
  user: string;
  password: string;
  database?: string;
  /** True for a server named by `NEO4J_URI`: its data is not ours, so the suites guard against wiping it. */
  external: boolean;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** One server per vitest worker; null when the Neo4j half is skipped (the global setup said why). */
    neo4jServers: Neo4jTarget[] | null;
  }
}

/**
 * The Neo4j this test file may use, or null when the Neo4j half is skipped (or the file is not in the `neo4j`
 * project). Each vitest worker gets a DBMS of its own (files in one worker run one after another), so suites that
 * replace the database's data never meet.
 */
export function neo4jTarget(): Neo4jTarget | null {
  let servers: Neo4jTarget[] | null | undefined;
  try {
    servers = inject('neo4jServers');
  } catch {
    return null;
  }
  if (!servers || servers.length === 0) return null;
  const worker = Number(process.env['VITEST_POOL_ID'] ?? '1');
  return servers[(Math.max(1, worker) - 1) % servers.length] ?? null;
}

/** The same server addressed with the `neo4j://` (routing) scheme the product uses by default. */
export function routingUri(target: Neo4jTarget): string {
  return target.uri.replace(/^bolt:\/\//, 'neo4j://');
}
