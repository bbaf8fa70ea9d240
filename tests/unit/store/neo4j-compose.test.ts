import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The compose file, checked without a Docker engine: `docker compose config` (or docker-compose 1.x, which
 * `.ci/run` installs from Debian when the Docker client has no compose plugin) must accept it, and the api
 * service must refuse a NEO4J_USER the neo4j image cannot log in with.
 */

const REPO_ROOT = new URL('../../../', import.meta.url).pathname;
const COMPOSE_FILE = new URL('../../../docker-compose.yml', import.meta.url).pathname;

function works(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore' });
  return result.error === undefined && result.status === 0;
}

const compose: string[] | null = works('docker', ['compose', 'version'])
  ? ['docker', 'compose']
  : works('docker-compose', ['version'])
    ? ['docker-compose']
    : null;
const isCI = process.env['CI'] === 'true' || process.env['CI'] === '1';
if (!compose)
  console.info('docker-compose.yml: no `docker compose` or `docker-compose` here, so `config` was NOT run.');

function config(env: Record<string, string>) {
  const [command, ...args] = compose!;
  return spawnSync(command!, [...args, '-f', COMPOSE_FILE, 'config'], {
    cwd: REPO_ROOT,
    env: { ...process.env, NEO4J_USER: '', NEO4J_PASSWORD: '', EDITOR_TOKEN: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('docker-compose.yml', () => {
  it('can be checked here (CI installs docker-compose when Docker has no compose plugin)', () => {
    if (isCI) expect(compose).not.toBeNull();
  });

  it.skipIf(!compose)(
    'passes `compose config`, with the Neo4j 5.26 image and the password from the environment',
    () => {
      const result = config({ NEO4J_PASSWORD: 'a-test-password' });
      expect(result.stderr).not.toMatch(/error|invalid/i);
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('image: neo4j:5.26-community');
      expect(result.stdout).toContain('NEO4J_AUTH: neo4j/a-test-password');
      // The test profile's Neo4j is there too, and the suite runs its files one after another on it.
      expect(result.stdout).toContain('--no-file-parallelism');
    },
  );

  it('always gives Neo4j the user neo4j, and the api refuses any other NEO4J_USER', () => {
    const text = readFileSync(COMPOSE_FILE, 'utf8');
    expect(text).toContain('NEO4J_AUTH: neo4j/${NEO4J_PASSWORD');
    // The api's start command: its guard, run by sh as compose would (`$$` is compose's escape for `$`).
    const guard = /- >-\n\s+(if \[[\s\S]*?fi;)/.exec(text)?.[1]?.replace(/\n\s+/g, ' ').replaceAll('$$', '$');
    expect(guard).toBeDefined();
    const run = (user: string) =>
      spawnSync('sh', ['-c', `${guard} echo started`], { env: { ...process.env, NEO4J_USER: user }, encoding: 'utf8' });
    const refused = run('admin');
    expect(refused.status).toBe(64);
    expect(refused.stderr).toMatch(/NEO4J_USER=admin is not supported: the neo4j image's user is always neo4j/);
    expect(run('neo4j').stdout).toBe('started\n');
  });

  it('says how to change the password', () => {
    expect(readFileSync(COMPOSE_FILE, 'utf8')).toContain("ALTER CURRENT USER SET PASSWORD FROM 'OLD' TO 'NEW'");
  });
});
