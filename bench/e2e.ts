/**
 * `npm run bench:e2e`: the product end to end on synthetic data (bench/generate.ts) at 10k and 100k facilities,
 * a real server process (`node --import tsx api/src/main.ts`, embedded store, its data file in a temporary
 * DATA_DIR) on loopback, bounded in time and requests:
 *
 * - server start: spawn → `/healthz` answers (the data file read, validated and indexed), and → the first
 *   `dependency` answer (the projection built);
 * - `dependency` and `subgraph` latency (p50/p95/p99) under CLIENTS concurrent clients, each alternating the two
 *   with varied arguments (materials, stages, scopes, years, bases; facility and company neighbourhoods);
 * - rebuild after a one-row write: `importDataset` of one facility row (status changed), then the first
 *   `dependency` answer after it (the projection rebuilt on the new data version);
 * - reads during a write: the same CLIENTS clients reading (`dependency` and `subgraph`) while another one-row
 *   `importDataset` runs, and for 3 s after it answered: p50/p95/p99 and the longest read of the reads that
 *   overlapped the write, of those after it, and the longest stretch in which no read answered at all, next to
 *   the quiet figures of the load phase;
 * - the explorer (the built web app in headless Chromium) rendering a neighbourhood of ~2,000 elements
 *   (nodes + edges): from navigation to the status line and two painted frames;
 * - the server's live heap after a full GC (bench/heap-report.ts, preloaded) and its RSS (from /proc), after start
 *   and at the end.
 *
 * Options: `--sizes=10000,100000`, `--clients=8`, `--seconds=20` (load phase per size), `--requests=4000` (cap per
 * size), `--elements=2000`. Needs Debian's chromium (or CHROMIUM_PATH) for the explorer step; builds web/dist when
 * it is missing (as `npm start` does).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { REPO_ROOT, WEB_DIST } from '../api/src/env.js';
import { DATA_FILE_NAME } from '../api/src/store/embedded/embedded-store.js';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from '../tests/e2e/harness.js';
import { generateDataset } from './generate.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    clients: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '20' },
    requests: { type: 'string', default: '4000' },
    elements: { type: 'string', default: '2000' },
  },
});
const SIZES = values.sizes.split(',').map(Number);
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const MAX_REQUESTS = Number(values.requests);
const ELEMENTS = Number(values.elements);
const TOKEN = 'bench-e2e-editor-token-0123456789';
const HOST = '127.0.0.1';
/** The explorer's limit for the bench's neighbourhood: high enough that it never cuts it. */
const LIMIT = 5000;

const executablePath = findChromium();
if (!executablePath) console.warn(`explorer step skipped: ${NO_CHROMIUM}`);

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, HOST, () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function rssMb(pid: number | undefined): number {
  if (pid === undefined) return 0;
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

interface Answer {
  ms: number;
  ok: boolean;
  data: Record<string, unknown> | undefined;
  error?: string;
}

async function graphql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  editor = false,
): Promise<Answer> {
  const start = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(editor ? { authorization: `Bearer ${TOKEN}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const json = (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
    const error = json.errors?.[0]?.message ?? (res.ok ? undefined : `HTTP ${res.status}`);
    return { ms: performance.now() - start, ok: error === undefined, data: json.data, ...(error ? { error } : {}) };
  } catch (e) {
    return { ms: performance.now() - start, ok: false, data: undefined, error: (e as Error).message };
  }
}

const DEPENDENCY = `query($m: ID!, $s: Stage!, $y: Int!, $scope: ID, $b: Basis) {
  dependency(material: $m, stage: $s, year: $y, scope: $scope, basis: $b) {
    total hhi coverage evidence importsRecorded shares { origin value share } top { origin share } topThirdCountry { origin share }
  }
}`;
const SUBGRAPH = `query($ids: [ID!]!, $depth: Int, $limit: Int) {
  subgraph(ids: $ids, depth: $depth, limit: $limit) {
    nodes { id label type name data } edges { id source target type data } truncated
  }
}`;
const IMPORT = `mutation($d: JSON!) { importDataset(document: $d) { ok errors { path message } } }`;

const MATERIALS = ['lithium', 'nickel', 'cobalt', 'graphite', 'manganese'];
const STAGES = ['EXTRACTION', 'REFINING', 'COMPONENT'];
const SCOPES = ['EU', 'GLOBAL', 'AA', 'AB', 'BB'];
const YEARS = [2024, 2027, 2030];

function dependencyArgs(i: number): Record<string, unknown> {
  return {
    m: MATERIALS[i % MATERIALS.length],
    s: STAGES[Math.floor(i / 5) % STAGES.length],
    y: YEARS[Math.floor(i / 15) % YEARS.length],
    scope: SCOPES[Math.floor(i / 45) % SCOPES.length],
    b: i % 2 === 0 ? 'LOCATION' : 'CONTROL',
  };
}

/** The explorer's own first request for a node: its neighbourhood one hop out, 150 neighbours (DEFAULT_LIMIT). */
function subgraphArgs(i: number, n: number): Record<string, unknown> {
  const pick = (i * 7919) % n;
  return { ids: [i % 3 === 0 ? `co-${pick % Math.floor(n / 2)}` : `fac-${pick}`], depth: 1, limit: 150 };
}

interface SizeResult {
  n: number;
  fileMb: number;
  healthMs: number;
  firstAnswerMs: number;
  rssStart: number;
  rssEnd: number;
  /** The server's live heap after a full GC (JS heap + typed arrays), MB, after start and at the end. */
  heapStart: number;
  heapEnd: number;
  load: Map<string, number[]>;
  errors: Map<string, number>;
  firstError: string | null;
  requestsPerSecond: number;
  importMs: number;
  afterWriteMs: number;
  underLoad: WriteUnderLoad;
  explorer: {
    ids: string[];
    elements: number;
    apiMs: number;
    /** Navigation → status line and two painted frames, per run. */
    renderMs: number[];
    /** Of which the page's Neighbourhood request (sent → last byte), per run. */
    requestMs: number[];
  } | null;
}

/** Asks the server (bench/heap-report.ts) for its live heap after a full GC: JS heap + typed arrays, in MB. */
async function liveHeap(child: ChildProcess, file: string): Promise<number> {
  await rm(file, { force: true });
  child.kill('SIGUSR2');
  for (let i = 0; i < 300; i++) {
    await new Promise((r) => setTimeout(r, 100));
    if (existsSync(file)) {
      const m = JSON.parse(readFileSync(file, 'utf8')) as { heapUsed: number; arrayBuffers: number };
      return Math.round((m.heapUsed + m.arrayBuffers) / 1024 / 1024);
    }
  }
  return NaN;
}

async function waitForHealth(child: ChildProcess, port: number, startedAt: number): Promise<number> {
  for (;;) {
    const ok = await fetch(`http://${HOST}:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return performance.now() - startedAt;
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}) before answering`);
    if (performance.now() - startedAt > 600_000) throw new Error('the server did not start within 10 min');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** One read of the reads-during-a-write phase. */
interface TimedRead {
  name: string;
  start: number;
  end: number;
  ok: boolean;
}

interface WriteUnderLoad {
  /** The import's own latency, while the clients read. */
  importMs: number;
  /** The first `dependency` asked after the import answered (the projection of the new data version). */
  afterMs: number;
  /** Reads that overlapped the write (started before it ended and ended after it started), ms each. */
  during: number[];
  /** Reads started after the write answered, in the AFTER_WRITE_MS that follow. */
  after: number[];
  /** The longest stretch, from the write's start to the end of the phase, in which no read answered. */
  stallMs: number;
  errors: number;
  firstError: string | null;
}

/** How long the clients go on reading after the write has answered. */
const AFTER_WRITE_MS = 3000;

/**
 * CLIENTS clients read (the load phase's mix) while a one-row import runs: they start 1 s before it and stop
 * AFTER_WRITE_MS after it answered (or when the first `dependency` asked after it has answered, if later).
 */
async function readsDuringWrite(url: string, n: number, document: unknown): Promise<WriteUnderLoad> {
  const reads: TimedRead[] = [];
  let firstError: string | null = null;
  let stop = false;
  const clients = Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = c; !stop; i += CLIENTS) {
      const name = i % 2 === 0 ? 'dependency' : 'subgraph';
      const start = performance.now();
      const answer =
        name === 'dependency'
          ? await graphql(url, DEPENDENCY, dependencyArgs(i >> 1))
          : await graphql(url, SUBGRAPH, subgraphArgs(i >> 1, n));
      reads.push({ name, start, end: performance.now(), ok: answer.ok });
      if (!answer.ok) firstError ??= `${name}: ${answer.error}`;
    }
  });
  await new Promise((r) => setTimeout(r, 1000));
  const writeStart = performance.now();
  const write = await graphql(url, IMPORT, { d: document }, true);
  const writeEnd = performance.now();
  const imported = write.data?.['importDataset'] as { ok: boolean; errors: unknown[] } | undefined;
  if (!write.ok || !imported?.ok)
    throw new Error(`one-row import under load failed: ${write.error ?? JSON.stringify(imported?.errors)}`);
  const after = await graphql(url, DEPENDENCY, dependencyArgs(2));
  // Reads go on for at least AFTER_WRITE_MS after the write, so that what follows it (the projection of the new
  // data version built on the next analytic) is measured too.
  await new Promise((r) => setTimeout(r, Math.max(0, writeEnd + AFTER_WRITE_MS - performance.now())));
  const phaseEnd = performance.now();
  stop = true;
  await Promise.all(clients);
  let stallMs = 0;
  let last = writeStart;
  for (const end of reads
    .map((r) => r.end)
    .filter((e) => e >= writeStart && e <= phaseEnd)
    .sort((a, b) => a - b)) {
    stallMs = Math.max(stallMs, end - last);
    last = end;
  }
  stallMs = Math.max(stallMs, phaseEnd - last);
  return {
    importMs: writeEnd - writeStart,
    afterMs: after.ms,
    during: reads.filter((r) => r.start < writeEnd && r.end > writeStart).map((r) => r.end - r.start),
    after: reads.filter((r) => r.start >= writeEnd && r.start < phaseEnd).map((r) => r.end - r.start),
    stallMs,
    errors: reads.filter((r) => !r.ok).length + (after.ok ? 0 : 1),
    firstError: firstError ?? (after.ok ? null : `dependency after the write: ${after.error}`),
  };
}

async function runSize(n: number): Promise<SizeResult> {
  const dataDir = await mkdtemp(join(tmpdir(), `bench-e2e-${n}-`));
  const dataset = generateDataset(n);
  const text = `${JSON.stringify(dataset, null, 1)}\n`;
  await writeFile(join(dataDir, DATA_FILE_NAME), text);
  const fileMb = Buffer.byteLength(text) / 1024 / 1024;
  const someFacility = dataset.facilities[Math.floor(n / 2)]!;
  const port = await freePort();
  const url = `http://${HOST}:${port}/graphql`;
  const startedAt = performance.now();
  const heapFile = join(dataDir, 'heap.json');
  const preload = join(REPO_ROOT, 'bench', 'heap-report.ts');
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', '--import', preload, join(REPO_ROOT, 'api', 'src', 'main.ts')],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST,
        DATA_DIR: dataDir,
        EDITOR_TOKEN: TOKEN,
        RATE_LIMIT_PER_MINUTE: '0',
        HEAP_REPORT_FILE: heapFile,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  try {
    const healthMs = await waitForHealth(child, port, startedAt);
    const first = await graphql(url, DEPENDENCY, dependencyArgs(0));
    if (!first.ok) throw new Error(`first dependency failed: ${first.error}`);
    const firstAnswerMs = performance.now() - startedAt;
    const rssStart = rssMb(child.pid);
    const heapStart = await liveHeap(child, heapFile);

    // Load: CLIENTS clients alternating dependency and subgraph.
    const load = new Map<string, number[]>([
      ['dependency', []],
      ['subgraph', []],
    ]);
    const errors = new Map<string, number>();
    let firstError: string | null = null;
    let sent = 0;
    const deadline = performance.now() + SECONDS * 1000;
    const loadStart = performance.now();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let i = c; performance.now() < deadline && sent < MAX_REQUESTS; i += CLIENTS) {
          sent++;
          const name = i % 2 === 0 ? 'dependency' : 'subgraph';
          const answer =
            name === 'dependency'
              ? await graphql(url, DEPENDENCY, dependencyArgs(i >> 1))
              : await graphql(url, SUBGRAPH, subgraphArgs(i >> 1, n));
          load.get(name)!.push(answer.ms);
          if (!answer.ok) {
            errors.set(name, (errors.get(name) ?? 0) + 1);
            firstError ??= `${name}: ${answer.error}`;
          }
        }
      }),
    );
    const requestsPerSecond = sent / ((performance.now() - loadStart) / 1000);

    // One-row write, then the first analytics answer on the new data version.
    const status = someFacility.status === 'PAUSED' ? 'OPERATING' : 'PAUSED';
    const write = await graphql(
      url,
      IMPORT,
      { d: { version: 2, facilities: [{ ...someFacility, status, statusHistory: undefined }] } },
      true,
    );
    const imported = write.data?.['importDataset'] as { ok: boolean; errors: unknown[] } | undefined;
    if (!write.ok || !imported?.ok)
      throw new Error(`one-row import failed: ${write.error ?? JSON.stringify(imported?.errors)}`);
    const after = await graphql(url, DEPENDENCY, dependencyArgs(1));
    if (!after.ok) throw new Error(`dependency after the write failed: ${after.error}`);

    // Reads while another one-row write (the status changed back) runs.
    const underLoad = await readsDuringWrite(url, n, {
      version: 2,
      facilities: [{ ...someFacility, statusHistory: undefined }],
    });

    const explorer = executablePath ? await explore(port, n) : null;
    const heapEnd = await liveHeap(child, heapFile);
    return {
      n,
      fileMb,
      healthMs,
      firstAnswerMs,
      rssStart,
      rssEnd: rssMb(child.pid),
      heapStart,
      heapEnd,
      load,
      errors,
      firstError,
      requestsPerSecond,
      importMs: write.ms,
      afterWriteMs: after.ms,
      underLoad,
      explorer,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/**
 * Finds how many facilities' one-hop neighbourhoods together come closest to ELEMENTS nodes + edges, then opens
 * the explorer on them (`/?ids=fac-0,fac-1,…&limit=5000`, the explorer's URL state after expanding each) three
 * times.
 */
async function explore(port: number, n: number): Promise<SizeResult['explorer']> {
  const url = `http://${HOST}:${port}/graphql`;
  // The neighbourhood of the first k facilities (as after k expansions): bisect k for ~ELEMENTS nodes + edges.
  const idsOf = (k: number) => Array.from({ length: k }, (_, i) => `fac-${i}`);
  let best: { ids: string[]; elements: number; apiMs: number } | null = null;
  let [low, high] = [1, Math.min(n, 1000)];
  for (let step = 0; step < 10 && low <= high; step++) {
    const k = Math.round((low + high) / 2);
    const a = await graphql(url, SUBGRAPH, { ids: idsOf(k), depth: 1, limit: LIMIT });
    const sg = a.data?.['subgraph'] as { nodes: unknown[]; edges: unknown[] } | undefined;
    if (!sg) throw new Error(`subgraph of ${k} facilities failed: ${a.error}`);
    const elements = sg.nodes.length + sg.edges.length;
    if (!best || Math.abs(elements - ELEMENTS) < Math.abs(best.elements - ELEMENTS))
      best = { ids: idsOf(k), elements, apiMs: a.ms };
    if (elements < ELEMENTS) low = k + 1;
    else high = k - 1;
  }
  if (!best) throw new Error(`no neighbourhood found at ${n} facilities`);
  const browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
  try {
    const renderMs: number[] = [];
    const requestMs: number[] = [];
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const neighbourhood = page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('Neighbourhood'),
        { timeout: 120_000 },
      );
      const start = performance.now();
      await page.goto(`http://${HOST}:${port}/?ids=${best.ids.join(',')}&limit=${LIMIT}`);
      const status = page.getByRole('status').filter({ hasText: / nodes, \d+ edges/ });
      await status.waitFor({ timeout: 120_000 });
      // Two animation frames after the status line: the graph's elements are laid out and painted.
      await page.evaluate(
        () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))),
      );
      renderMs.push(performance.now() - start);
      requestMs.push((await neighbourhood).request().timing().responseEnd);
      const shown = (await status.textContent()) ?? '';
      const [nodes, edges] = (shown.match(/\d+/g) ?? []).map(Number);
      if (run === 0) best.elements = (nodes ?? 0) + (edges ?? 0);
      if (errors.length > 0) throw new Error(`explorer errors: ${errors.join('; ')}`);
      await page.close();
    }
    return { ...best, renderMs, requestMs };
  } finally {
    await browser.close();
  }
}

if (!existsSync(join(WEB_DIST, 'index.html'))) {
  console.log('web/dist missing: building the web app (npm run build -w web)');
  await new Promise<void>((resolve, reject) =>
    spawn('npm', ['run', 'build', '-w', 'web'], { cwd: REPO_ROOT, stdio: 'inherit' }).once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`web build failed (${code})`)),
    ),
  );
}

console.log(
  `npm run bench:e2e: node ${process.version}, ${CLIENTS} clients, ${SECONDS} s load per size (≤ ${MAX_REQUESTS} requests), loopback, ${new Date().toISOString()}`,
);
const results: SizeResult[] = [];
for (const n of SIZES) {
  const r = await runSize(n);
  results.push(r);
  const f = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));
  const stats = (label: string, ms: readonly number[]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return `  ${label.padEnd(10)} ${String(sorted.length).padStart(6)} requests  p50 ${f(percentile(sorted, 50)).padStart(5)} ms  p95 ${f(percentile(sorted, 95)).padStart(5)} ms  p99 ${f(percentile(sorted, 99)).padStart(5)} ms  max ${f(sorted[sorted.length - 1] ?? NaN).padStart(5)} ms`;
  };
  const line = (name: string) => `${stats(name, r.load.get(name) ?? [])}  errors ${r.errors.get(name) ?? 0}`;
  const w = r.underLoad;
  console.log(`\n== ${n.toLocaleString('en')} facilities (data file ${r.fileMb.toFixed(0)} MB)`);
  console.log(
    `  server start: /healthz after ${f(r.healthMs)} ms, first dependency answer after ${f(r.firstAnswerMs)} ms`,
  );
  console.log(`  load (${CLIENTS} clients, ${r.requestsPerSecond.toFixed(0)} requests/s):`);
  console.log(line('dependency'));
  console.log(line('subgraph'));
  if (r.firstError) console.log(`  first error: ${r.firstError}`);
  console.log(
    `  one-row write: importDataset ${f(r.importMs)} ms, then the first dependency answer (projection rebuilt) ${f(r.afterWriteMs)} ms`,
  );
  console.log(
    `  reads during a one-row write (${CLIENTS} clients): importDataset ${f(w.importMs)} ms, then the first dependency answer ${f(w.afterMs)} ms; no read answered for ${f(w.stallMs)} ms at most; errors ${w.errors}`,
  );
  console.log(stats('quiet', [...(r.load.get('dependency') ?? []), ...(r.load.get('subgraph') ?? [])]));
  console.log(stats('during', w.during));
  console.log(stats('after', w.after));
  if (w.firstError) console.log(`  first error: ${w.firstError}`);
  if (r.explorer)
    console.log(
      `  explorer: the neighbourhood of ${r.explorer.ids.length} facilities = ${r.explorer.elements} elements (subgraph alone ${f(r.explorer.apiMs)} ms); navigation → drawn ${r.explorer.renderMs.map(f).join(' / ')} ms, of which the page's Neighbourhood request ${r.explorer.requestMs.map(f).join(' / ')} ms`,
    );
  console.log(
    `  server live heap (after a full GC, JS heap + typed arrays) ${r.heapStart} MB after start, ${r.heapEnd} MB at the end; RSS ${r.rssStart} MB after start, ${r.rssEnd} MB at the end`,
  );
}
const p95 = (ms: readonly number[]) =>
  percentile(
    [...ms].sort((a, b) => a - b),
    95,
  ).toFixed(0);
console.log(
  '\nfacilities | start ms (health / first answer) | dependency p95 | subgraph p95 | write + rebuild ms | explorer ms (elements) | heap MB | rss MB',
);
for (const r of results)
  console.log(
    `${String(r.n).padStart(10)} | ${`${r.healthMs.toFixed(0)} / ${r.firstAnswerMs.toFixed(0)}`.padStart(31)} | ${p95(r.load.get('dependency') ?? []).padStart(14)} | ${p95(r.load.get('subgraph') ?? []).padStart(12)} | ${`${r.importMs.toFixed(0)} + ${r.afterWriteMs.toFixed(0)}`.padStart(18)} | ${r.explorer ? `${Math.min(...r.explorer.renderMs).toFixed(0)} (${r.explorer.elements})`.padStart(22) : 'skipped'.padStart(22)} | ${r.heapStart} → ${r.heapEnd} | ${r.rssStart} → ${r.rssEnd}`,
  );
console.log(
  '\nfacilities | read p95 quiet | read p95 during write | after write | longest stall ms | write under load + first dependency ms',
);
for (const r of results) {
  const quiet = [...(r.load.get('dependency') ?? []), ...(r.load.get('subgraph') ?? [])];
  const w = r.underLoad;
  console.log(
    `${String(r.n).padStart(10)} | ${p95(quiet).padStart(14)} | ${p95(w.during).padStart(21)} | ${p95(w.after).padStart(11)} | ${w.stallMs.toFixed(0).padStart(16)} | ${`${w.importMs.toFixed(0)} + ${w.afterMs.toFixed(0)}`.padStart(38)}`,
  );
}
const failed = results.some((r) => [...r.errors.values()].some((x) => x > 0) || r.underLoad.errors > 0);
process.exit(failed ? 1 : 0);
