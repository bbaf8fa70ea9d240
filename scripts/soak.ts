/**
 * `npm run soak`: a bounded load run against a real server process on loopback (bundled data, rate limit off):
 * CLIENTS concurrent clients loop over the web app's own kinds of request (lookups, search, facilities, subgraph,
 * dependency, matrix, ownership, targets) plus, every ~2 s, an import, for SOAK_SECONDS or SOAK_REQUESTS,
 * whichever comes first. Prints p50/p95/p99 per operation and overall, errors, and the server's RSS at start and
 * end (from /proc).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../api/src/env.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '30' },
    requests: { type: 'string', default: '20000' },
  },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const MAX_REQUESTS = Number(values.requests);
const TOKEN = 'soak-editor-token-0123456789';

const OPERATIONS: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  lookups: { query: '{ countries { id name } regions { id } materials { id unit } }' },
  search: { query: 'query($t: String!) { search(text: $t, first: 10) { id kind name } }', variables: { t: 'lith' } },
  facilities: {
    query:
      '{ facilities(first: 50, filter: { region: ["EU"] }) { totalCount edges { node { id name status country { id } } } } }',
  },
  subgraph: {
    query:
      'query($ids: [ID!]!) { subgraph(ids: $ids, depth: 2, limit: 500) { nodes { id type } edges { id } truncated } }',
    variables: { ids: ['DE'] },
  },
  dependency: {
    query:
      '{ dependency(material: "lithium", stage: REFINING, year: 2024, scope: "EU") { total hhi shares { origin share } } }',
  },
  matrix: { query: '{ dependencyMatrix(year: 2024, scope: "EU") { material stage dependency { total } } }' },
  targets: { query: '{ targetEvaluations(scope: "EU") { status } }' },
};

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return Math.round(kb / 1024);
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const dataDir = await mkdtemp(join(tmpdir(), 'soak-'));
const port = await freePort();
const child = spawn(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'api', 'src', 'main.ts')], {
  cwd: REPO_ROOT,
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    EDITOR_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: '0',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const url = `http://127.0.0.1:${port}/graphql`;
const startedAt = Date.now();
while (
  !(await fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.ok,
    () => false,
  ))
) {
  if (child.exitCode !== null || Date.now() - startedAt > 60_000) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 100));
}
const serverStartMs = Date.now() - startedAt;
// Warm up the projection once so the figures are of a running server, not its first request.
await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(OPERATIONS['matrix']),
});
const rssStart = rssMb(child.pid ?? 0);

const latencies = new Map<string, number[]>();
const errors = new Map<string, number>();
let sent = 0;
const deadline = Date.now() + SECONDS * 1000;
const names = Object.keys(OPERATIONS);

async function one(name: string, body: string, headers: Record<string, string> = {}): Promise<void> {
  const t0 = performance.now();
  let failed: boolean;
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const json = (await res.json()) as { errors?: unknown[]; data?: Record<string, { ok?: boolean }> };
    failed = !res.ok || (json.errors?.length ?? 0) > 0 || json.data?.['importDataset']?.ok === false;
  } catch {
    failed = true;
  }
  const list = latencies.get(name) ?? [];
  list.push(performance.now() - t0);
  latencies.set(name, list);
  if (failed) errors.set(name, (errors.get(name) ?? 0) + 1);
}

async function client(index: number): Promise<void> {
  for (let i = index; Date.now() < deadline && sent < MAX_REQUESTS; i++) {
    sent += 1;
    const name = names[i % names.length] ?? 'lookups';
    await one(name, JSON.stringify(OPERATIONS[name]));
  }
}

async function importer(): Promise<void> {
  for (let n = 0; Date.now() < deadline && sent < MAX_REQUESTS; n++) {
    await new Promise((r) => setTimeout(r, 2000));
    sent += 1;
    await one(
      'import',
      JSON.stringify({
        query: 'mutation($d: JSON!) { importDataset(document: $d) { ok } }',
        variables: { d: { version: 2, regions: [{ id: `SOAK_${n}`, name: `Soak ${n}` }] } },
      }),
      { authorization: `Bearer ${TOKEN}` },
    );
  }
}

const loadStarted = Date.now();
await Promise.all([...Array.from({ length: CLIENTS }, (_, i) => client(i)), importer()]);
const elapsed = (Date.now() - loadStarted) / 1000;
const rssEnd = rssMb(child.pid ?? 0);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
await rm(dataDir, { recursive: true, force: true });

const row = (name: string, list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const f = (x: number) => x.toFixed(1).padStart(8);
  return `  ${name.padEnd(11)} ${String(list.length).padStart(7)} ${f(percentile(sorted, 50))} ${f(percentile(sorted, 95))} ${f(percentile(sorted, 99))} ${String(errors.get(name) ?? 0).padStart(7)}`;
};
const all = [...latencies.values()].flat();
const totalErrors = [...errors.values()].reduce((a, b) => a + b, 0);
console.log(
  `npm run soak: ${CLIENTS} clients + 1 importer on loopback, bundled data, ${elapsed.toFixed(1)} s, server start ${serverStartMs} ms`,
);
console.log(`  operation  requests  p50 ms   p95 ms   p99 ms  errors`);
for (const name of [...names, 'import']) if (latencies.has(name)) console.log(row(name, latencies.get(name) ?? []));
console.log(row('all', all));
console.log(
  `  ${Math.round(all.length / elapsed)} requests/s; errors ${totalErrors}; server RSS ${rssStart} MB at start, ${rssEnd} MB at end`,
);
process.exit(totalErrors === 0 ? 0 : 1);
