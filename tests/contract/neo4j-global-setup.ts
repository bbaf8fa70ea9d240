import type { TestProject } from 'vitest/node';
import { build, hasCommand, isBuilt, startTestNeo4j, type RunningNeo4j } from '../../neo4j-launcher/launch.js';
import type { Neo4jTarget } from './neo4j-target.js';

/**
 * vitest global setup of the `neo4j` project: starts the test Neo4j (Neo4j Community 5.26 embedded in
 * `neo4j-launcher/`, built by Maven from Maven Central the first time and whenever its sources change), one DBMS
 * per vitest worker with Bolt on a free loopback port and a generated password, waits until every one is ready,
 * hands their addresses to the tests (`inject('neo4jServers')`, see neo4j-target.ts) and stops the JVM by its PID
 * at the end.
 *
 * - `NEO4J_URI` set: that server is used instead (nothing is started); see docs/neo4j.md.
 * - No `java` or `mvn` on the machine: the Neo4j half is skipped and the run says so plainly; with `CI=true` that
 *   fails the run, as does a Neo4j that cannot start.
 * - `NEO4J_TEST=off` skips it on purpose (not allowed with `CI=true`).
 */

const isCI = process.env['CI'] === 'true' || process.env['CI'] === '1';

function say(line: string): void {
  process.stdout.write(`[test Neo4j] ${line}\n`);
}

function skip(reason: string, project: TestProject): undefined {
  if (isCI) throw new Error(`[test Neo4j] CI=true and the test Neo4j cannot run: ${reason}`);
  say(`SKIPPED: the Neo4j half of the contract suite and the API tests does NOT run (${reason}).`);
  project.provide('neo4jServers', null);
  return undefined;
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const external = process.env['NEO4J_URI'];
  if (external) {
    const database = process.env['NEO4J_DATABASE'];
    const target: Neo4jTarget = {
      uri: external,
      user: process.env['NEO4J_USER'] ?? 'neo4j',
      password: process.env['NEO4J_PASSWORD'] ?? '',
      external: true,
      ...(database ? { database } : {}),
    };
    say(`using the Neo4j at ${external} (NEO4J_URI); nothing is started`);
    project.provide('neo4jServers', [target]);
    return undefined;
  }
  if (process.env['NEO4J_TEST'] === 'off') return skip('NEO4J_TEST=off', project);
  if (!hasCommand('java', ['-version'])) return skip('no Java runtime (`java`) on this machine', project);
  if (!isBuilt()) {
    if (!hasCommand('mvn', ['-v'])) return skip('neo4j-launcher is not built and Maven (`mvn`) is missing', project);
    build(say);
  }

  const count = Math.max(1, Math.min(4, Number(project.vitest.config.maxWorkers) || 1));
  let neo4j: RunningNeo4j;
  try {
    neo4j = await startTestNeo4j({ count });
  } catch (error) {
    const reason = `the test Neo4j could not start: ${error instanceof Error ? error.message : String(error)}`;
    if (isCI) throw new Error(`[test Neo4j] ${reason}`, { cause: error });
    return skip(reason, project);
  }
  say(
    `Neo4j Community 5.26 ready in ${neo4j.startSeconds.toFixed(1)} s: ${neo4j.uris.join(', ')} (launcher PID ${neo4j.pid})`,
  );
  project.provide(
    'neo4jServers',
    neo4j.uris.map((uri) => ({ uri, user: neo4j.user, password: neo4j.password, external: false })),
  );
  return async () => {
    await neo4j.stop();
    say(`stopped (PID ${neo4j.pid})`);
  };
}
