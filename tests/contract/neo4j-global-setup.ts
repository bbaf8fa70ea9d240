import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestProject } from 'vitest/node';
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

const REPO_ROOT = new URL('../../', import.meta.url).pathname;
const LAUNCHER = join(REPO_ROOT, 'neo4j-launcher');
const TARGET = join(LAUNCHER, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const CLASS_FILE = join(TARGET, 'classes', 'launcher', 'TestNeo4j.class');
const START_TIMEOUT_MS = 180_000;

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

function hasCommand(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

/** Newest modification time of the launcher's sources. */
function sourcesTime(): number {
  let newest = statSync(join(LAUNCHER, 'pom.xml')).mtimeMs;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else newest = Math.max(newest, statSync(path).mtimeMs);
    }
  };
  walk(join(LAUNCHER, 'src'));
  return newest;
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(CLASS_FILE)) return false;
  const built = Math.min(statSync(CLASSPATH_FILE).mtimeMs, statSync(CLASS_FILE).mtimeMs);
  return built >= sourcesTime();
}

function build(): void {
  const started = Date.now();
  say('building neo4j-launcher with Maven (first run downloads Neo4j 5.26 from Maven Central into ~/.m2)');
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', join(LAUNCHER, 'pom.xml'), 'compile', 'dependency:build-classpath'],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 900_000 },
  );
  if (result.status !== 0) throw new Error(`[test Neo4j] Maven could not build neo4j-launcher (exit ${result.status})`);
  say(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Starts the launcher and resolves with the Bolt port of each DBMS once all are ready. */
function start(count: number, password: string, home: string): { child: ChildProcess; ready: Promise<number[]> } {
  const classpath = `${join(TARGET, 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const child = spawn(
    'java',
    [
      `-Xmx${512 + 256 * count}m`,
      '-XX:+UseSerialGC',
      '-XX:TieredStopAtLevel=1',
      '-Xss2m',
      '-cp',
      classpath,
      'launcher.TestNeo4j',
      home,
      String(count),
    ],
    { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, NEO4J_TEST_PASSWORD: password } },
  );
  const stderr: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr.push(chunk.toString('utf8'));
    if (stderr.length > 200) stderr.shift();
  });
  const ready = new Promise<number[]>((resolve, reject) => {
    const ports: number[] = [];
    const timer = setTimeout(
      () => reject(new Error(`not ready within ${START_TIMEOUT_MS / 1000} s`)),
      START_TIMEOUT_MS,
    );
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      const [word, index, port] = line.split(' ');
      if (word === 'READY') ports[Number(index)] = Number(port);
      else if (line === 'ALL READY') {
        clearTimeout(timer);
        resolve(ports);
      } else if (word === 'FAILED') {
        clearTimeout(timer);
        reject(new Error(line.slice('FAILED '.length)));
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the launcher exited with code ${code} before it was ready:\n${stderr.join('').slice(-4000)}`));
    });
  });
  return { child, ready };
}

async function stop(child: ChildProcess, home: string): Promise<void> {
  if (child.exitCode === null && child.pid !== undefined) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(() => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
    }, 30_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(home, { recursive: true, force: true });
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
    build();
  }

  const count = Math.max(1, Math.min(4, Number(project.vitest.config.maxWorkers) || 1));
  const password = randomBytes(12).toString('base64url');
  const home = mkdtempSync(join(tmpdir(), 'test-neo4j-'));
  const started = Date.now();
  const { child, ready } = start(count, password, home);
  let ports: number[];
  try {
    ports = await ready;
  } catch (error) {
    await stop(child, home);
    const reason = `the test Neo4j could not start: ${error instanceof Error ? error.message : String(error)}`;
    if (isCI) throw new Error(`[test Neo4j] ${reason}`, { cause: error });
    return skip(reason, project);
  }
  say(
    `Neo4j Community 5.26 ready in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
      `${ports.map((p) => `bolt://127.0.0.1:${p}`).join(', ')} (launcher PID ${child.pid})`,
  );
  project.provide(
    'neo4jServers',
    ports.map((port) => ({ uri: `bolt://127.0.0.1:${port}`, user: 'neo4j', password, external: false })),
  );
  return async () => {
    await stop(child, home);
    say(`stopped (PID ${child.pid})`);
  };
}
