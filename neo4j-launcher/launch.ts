import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/**
 * Starting and stopping the test Neo4j (`launcher.TestNeo4j`, Neo4j Community 5.26 embedded, built by Maven from
 * Maven Central): used by the tests' global setup (tests/contract/neo4j-global-setup.ts) and by
 * `npm run bench:store`.
 */

const LAUNCHER = new URL('.', import.meta.url).pathname;
const TARGET = join(LAUNCHER, 'target');
const CLASSPATH_FILE = join(TARGET, 'classpath.txt');
const CLASS_FILE = join(TARGET, 'classes', 'launcher', 'TestNeo4j.class');
const START_TIMEOUT_MS = 180_000;

export interface RunningNeo4j {
  /** `bolt://127.0.0.1:PORT`, one per DBMS. */
  uris: string[];
  user: 'neo4j';
  password: string;
  pid: number;
  /** Seconds from spawning the JVM to every DBMS ready. */
  startSeconds: number;
  /** Stops the JVM by its PID (SIGTERM, SIGKILL after 30 s) and deletes its files. */
  stop(): Promise<void>;
}

/** Whether `command args` runs and exits 0. */
export function hasCommand(command: string, args: string[]): boolean {
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

/** True when `target/` holds a build at least as new as the sources. */
export function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(CLASS_FILE)) return false;
  const built = Math.min(statSync(CLASSPATH_FILE).mtimeMs, statSync(CLASS_FILE).mtimeMs);
  return built >= sourcesTime();
}

/** Builds the launcher with Maven (the first time, Maven downloads Neo4j into ~/.m2); returns the seconds taken. */
export function build(log: (line: string) => void): number {
  const started = Date.now();
  log('building neo4j-launcher with Maven (first run downloads Neo4j 5.26 from Maven Central into ~/.m2)');
  const result = spawnSync(
    'mvn',
    ['-B', '-q', '-f', join(LAUNCHER, 'pom.xml'), 'compile', 'dependency:build-classpath'],
    { stdio: ['ignore', 'inherit', 'inherit'], timeout: 900_000 },
  );
  if (result.status !== 0) throw new Error(`Maven could not build neo4j-launcher (exit ${result.status})`);
  const seconds = (Date.now() - started) / 1000;
  log(`built in ${seconds.toFixed(1)} s`);
  return seconds;
}

async function stopChild(child: ChildProcess, home: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
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

/**
 * Starts `count` DBMSs in one JVM (each with Bolt on a free loopback port, the same generated password) and
 * resolves once all are ready. `heapMb` defaults to 512 MB plus 256 MB per DBMS; `quickStart` (default) limits the
 * JIT to its first tier.
 */
export async function startTestNeo4j(
  options: { count?: number; heapMb?: number; quickStart?: boolean } = {},
): Promise<RunningNeo4j> {
  const count = options.count ?? 1;
  // C1 only: starts faster, runs slower; right for the tests' small data, not for the benchmark.
  const jit = options.quickStart === false ? [] : ['-XX:TieredStopAtLevel=1'];
  const heapMb = options.heapMb ?? 512 + 256 * count;
  const password = randomBytes(12).toString('base64url');
  const home = mkdtempSync(join(tmpdir(), 'test-neo4j-'));
  const classpath = `${join(TARGET, 'classes')}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const started = Date.now();
  const child = spawn(
    'java',
    [
      `-Xmx${heapMb}m`,
      '-XX:+UseSerialGC',
      ...jit,
      '-Xss2m',
      '-cp',
      classpath,
      'launcher.TestNeo4j',
      home,
      String(count),
    ],
    // The JVM gets the environment plus the password (kept off its command line).
    // eslint-disable-next-line no-restricted-properties -- test infrastructure, not the app's configuration
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
    createInterface({ input: child.stdout }).on('line', (line) => {
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
  let ports: number[];
  try {
    ports = await ready;
  } catch (error) {
    await stopChild(child, home);
    throw error;
  }
  return {
    uris: ports.map((port) => `bolt://127.0.0.1:${port}`),
    user: 'neo4j',
    password,
    pid: child.pid ?? -1,
    startSeconds: (Date.now() - started) / 1000,
    stop: () => stopChild(child, home),
  };
}
