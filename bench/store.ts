/**
 * `npm run bench:store`: the Neo4j store on the synthetic 1k/10k/100k graphs (bench/generate.ts), on the test
 * Neo4j (Neo4j Community 5.26 from neo4j-launcher/, started and stopped here) or the server NEO4J_URI names:
 *
 * - load: `importDataset(replace)`, one transaction of `UNWIND` statements (rows/s);
 * - projection build from Neo4j: `snapshot()` (one streamed read) plus `buildProjection`;
 * - the per-entity naive traversal over Bolt (bench/naive.ts: one store call per node, as resolver-per-field code
 *   would) against the projection: ownership of every facility, and the LOCATION dependency matrix.
 *
 * Options: `--sizes=1000,10000,100000`, `--sample=N` (facilities / matrix cells the naive run measures, scaled up
 * to all), `--heap=MB` (the test Neo4j's heap), `--batch=N` (rows per statement).
 */
import { performance } from 'node:perf_hooks';
import { buildProjection } from '../api/src/projection/projection.js';
import { resolveOwnership } from '../api/src/analytics/ownership.js';
import { dependencyMatrix } from '../api/src/analytics/shares.js';
import { STAGES, countRows } from '../api/src/dataset/types.js';
import { createNeo4jStore } from '../api/src/store/neo4j/neo4j-store.js';
import { build, isBuilt, startTestNeo4j, type RunningNeo4j } from '../neo4j-launcher/launch.js';
import { generateDataset, relationshipCount } from './generate.js';
import { NaiveAnalytics } from './naive.js';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const sizes = (args.get('sizes') ?? '1000,10000,100000').split(',').map(Number);
const sample = Number(args.get('sample') ?? 200);
const heapMb = Number(args.get('heap') ?? 4096);
const batchSize = Number(args.get('batch') ?? 5000);

async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}
function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0)).padStart(9);
const row = (label: string, ms: number, note = '') => console.log(`  ${label.padEnd(52)} ${fmt(ms)} ms ${note}`);

let running: RunningNeo4j | null = null;
let uri = process.env['NEO4J_URI'];
let user = process.env['NEO4J_USER'] ?? 'neo4j';
let password = process.env['NEO4J_PASSWORD'] ?? '';
if (!uri) {
  if (!isBuilt()) build((line) => console.log(line));
  running = await startTestNeo4j({ heapMb, quickStart: false });
  [uri] = running.uris;
  user = running.user;
  password = running.password;
  console.log(`test Neo4j (Neo4j Community 5.26, heap ${heapMb} MB) ready in ${running.startSeconds.toFixed(1)} s`);
} else console.log(`Neo4j at ${uri} (NEO4J_URI): its data is REPLACED`);
console.log(`node ${process.version}, ${new Date().toISOString()}, rows per statement ${batchSize}`);

const summary: string[] = [];
try {
  const store = await createNeo4jStore({ uri: uri!, user, password, batchSize, maxRetryTimeMs: 30_000 });
  try {
    for (const n of sizes) {
      const dataset = generateDataset(n);
      const rows = Object.values(countRows(dataset)).reduce((a, b) => a + b, 0);
      console.log(
        `\n== ${n.toLocaleString('en')} facilities: ${rows.toLocaleString('en')} rows, ` +
          `${relationshipCount(dataset).toLocaleString('en')} relationships`,
      );
      const keyMs = new Map<string, number>();
      let last = performance.now();
      const load = await timeAsync(() =>
        store.importDataset(dataset, {
          replace: true,
          onProgress: ({ key }) => {
            const now = performance.now();
            keyMs.set(key, (keyMs.get(key) ?? 0) + now - last);
            last = now;
          },
        }),
      );
      const rate = rows / (load.ms / 1000);
      row('load (replace, one transaction)', load.ms, `${Math.round(rate).toLocaleString('en')} rows/s`);
      console.log(`    by key: ${[...keyMs].map(([k, ms]) => `${k} ${(ms / 1000).toFixed(1)} s`).join(', ')}`);

      const snapshot = await timeAsync(() => store.snapshot());
      const projection = time(() => buildProjection(snapshot.value));
      row('snapshot() from Neo4j (one streamed read)', snapshot.ms);
      row('buildProjection', projection.ms);
      row('projection build from Neo4j (snapshot + build)', snapshot.ms + projection.ms);

      const p = projection.value;
      const ownership = time(() => resolveOwnership(p));
      const matrix = time(() => dependencyMatrix(p, { scope: 'EU', year: 2024 }));
      row(`projection: ownership of every facility (${n})`, ownership.ms);
      row(`projection: dependency matrix LOCATION (${matrix.value.length} cells)`, matrix.ms);

      const naive = new NaiveAnalytics(store, snapshot.value);
      const facilities = snapshot.value.facilities.slice(0, Math.min(n, sample));
      const naiveOwn = await timeAsync(async () => {
        for (const f of facilities) await naive.ultimateOwners(f.id);
      });
      const naiveOwnAll = (naiveOwn.ms * n) / facilities.length;
      const eu = new Set(snapshot.value.countries.filter((c) => c.regions.includes('EU')).map((c) => c.id));
      const cells = snapshot.value.materials.flatMap((m) => STAGES.map((s) => [m.id, s] as const));
      const cellSample = cells.slice(0, Math.max(1, Math.min(cells.length, Math.round((cells.length * sample) / n))));
      const naiveMatrix = await timeAsync(async () => {
        for (const [m, s] of cellSample) await naive.supply(eu, m, s, 2024);
      });
      const naiveMatrixAll = (naiveMatrix.ms * cells.length) / cellSample.length;
      const scaled = (part: number, all: number) => (part < all ? ` (measured on ${part} of ${all}, scaled)` : '');
      const ownRatio = naiveOwnAll / ownership.ms;
      const matrixRatio = naiveMatrixAll / matrix.ms;
      row(
        'naive over Bolt: ownership of every facility',
        naiveOwnAll,
        `ratio ${ownRatio.toFixed(0)}×${scaled(facilities.length, n)}`,
      );
      row(
        'naive over Bolt: dependency matrix LOCATION',
        naiveMatrixAll,
        `ratio ${matrixRatio.toFixed(0)}×${scaled(cellSample.length, cells.length)}`,
      );
      summary.push(
        `| ${n.toLocaleString('en')} | ${rows.toLocaleString('en')} | ${(load.ms / 1000).toFixed(1)} s | ` +
          `${Math.round(rate).toLocaleString('en')} | ${Math.round(snapshot.ms + projection.ms).toLocaleString('en')} ms | ` +
          `${ownRatio.toFixed(0)}× | ${matrixRatio.toFixed(0)}× |`,
      );
    }
  } finally {
    await store.close();
  }
} finally {
  await running?.stop();
}
console.log(
  '\n| facilities | rows | load | rows/s | projection build from Neo4j | naive/projection ownership | naive/projection matrix |',
);
console.log('|---|---|---|---|---|---|---|');
for (const line of summary) console.log(line);
