/**
 * `npm run bench`: the analytics on synthetic data at 1k, 10k and 100k facilities (about 10 relationships each):
 * projection build, full dependency matrix, look-through, ownership of every facility, every target evaluation,
 * and the ratio against a naive per-entity traversal through the store; and where the heap goes: the rows as the
 * embedded store holds them (parsed from JSON like the data file, then sharing their values), the store's
 * indexes, the projection, the analytics' memos — each measured after a full GC as JS heap + typed-array buffers.
 * Options: `--sizes=1000,10000` to choose sizes; `--sample=N` facilities/cells for the naive run at large sizes.
 */
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lookThrough } from '../api/src/analytics/look-through.js';
import { buildProjection } from '../api/src/projection/projection.js';
import { resolveOwnership } from '../api/src/analytics/ownership.js';
import { dependencyMatrix } from '../api/src/analytics/shares.js';
import { evaluateTargets } from '../api/src/analytics/targets.js';
import { STAGES, type Dataset } from '../api/src/dataset/types.js';
import { shareRowValues } from '../api/src/store/embedded/compact-rows.js';
import { openEmbeddedStore } from '../api/src/store/embedded/embedded-store.js';
import { SearchIndex } from '../api/src/store/embedded/search-index.js';
import { KIND_OF_KEY, type Entity } from '../api/src/store/graph-store.js';
import { generateDataset, relationshipCount } from './generate.js';
import { NaiveAnalytics } from './naive.js';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const sizes = (args.get('sizes') ?? '1000,10000,100000').split(',').map(Number);
const sample = Number(args.get('sample') ?? 2000);

function time<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}
async function timeAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}
const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(0)).padStart(8);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** Live heap after a full collection: the JS heap plus the typed arrays' buffers (which live outside it). */
function heapNow(): number {
  gc();
  gc();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/** The heap a second search index over the same rows takes (the store's own is part of its indexes). */
function searchIndexBytes(dataset: Dataset): number {
  const entities: Entity[] = [];
  for (const [key, kind] of Object.entries(KIND_OF_KEY) as [keyof typeof KIND_OF_KEY, Entity['kind']][])
    for (const row of dataset[key]) entities.push({ kind, row } as Entity);
  const before = heapNow();
  const index = SearchIndex.build(entities);
  const bytes = heapNow() - before;
  if (index.size !== entities.length) throw new Error('search index size');
  return bytes;
}

/** The JSON text of a generated dataset (the generated objects are garbage once this returns). */
function datasetText(n: number): string {
  return JSON.stringify(generateDataset(n));
}

/** The rows as the embedded store holds them: parsed from the data file's JSON, then sharing their values. */
function rowsAsStored(n: number): { rows: Dataset; parsedBytes: number; sharedBytes: number; ms: number } {
  const start = performance.now();
  const text = datasetText(n);
  const before = heapNow();
  const rows = JSON.parse(text) as Dataset;
  const parsedBytes = heapNow() - before;
  shareRowValues(rows);
  const sharedBytes = heapNow() - before;
  return { rows, parsedBytes, sharedBytes, ms: performance.now() - start };
}

console.log(`node ${process.version}, one process (analytics are single-threaded), ${new Date().toISOString()}`);
const summary: string[] = [];
const heapRows: { n: number; rows: number; index: number; search: number; projection: number; analytics: number }[] =
  [];
for (const n of sizes) {
  const baseline = heapNow();
  const gen = rowsAsStored(n);
  const dataset = gen.rows;
  const relationships = relationshipCount(dataset);
  console.log(
    `\n== ${n.toLocaleString('en')} facilities, ${dataset.companies.length.toLocaleString('en')} companies, ${relationships.toLocaleString('en')} relationships (generated and parsed in ${gen.ms.toFixed(0)} ms)`,
  );
  const beforeStore = heapNow();
  // The embedded store's indexes over the same rows (search, lookups, the subgraph's edge table).
  const store = await openEmbeddedStore({ seed: dataset });
  const indexBytes = heapNow() - beforeStore;
  const searchBytes = searchIndexBytes(dataset);
  const build = time(() => buildProjection(dataset));
  const p = build.value;
  const projectionBytes = heapNow() - beforeStore - indexBytes;
  const ownership = time(() => resolveOwnership(p));
  const matrixLocation = time(() => dependencyMatrix(p, { scope: 'EU', year: 2024 }));
  const matrixControl = time(() => dependencyMatrix(p, { scope: 'EU', year: 2024, basis: 'CONTROL' }));
  const look = time(() =>
    lookThrough(p, { scope: 'EU', material: 'lithium', stage: 'CELL', upstream: 'EXTRACTION', year: 2024 }),
  );
  const targets = time(() => evaluateTargets(p));
  const analyticsBytes = heapNow() - beforeStore - indexBytes - projectionBytes;
  const afterBuild = ownership.ms + matrixLocation.ms + matrixControl.ms + targets.ms;
  const row = (label: string, ms: number, note = '') => console.log(`  ${label.padEnd(48)} ${fmt(ms)} ms ${note}`);
  row('projection build', build.ms);
  row(
    `ownership, every facility (${n} facilities)`,
    ownership.ms,
    `(max Gauss–Seidel sweeps ${ownership.value.maxSweeps}, not converged ${ownership.value.nonConverged.length})`,
  );
  row(`dependency matrix LOCATION (${matrixLocation.value.length} cells)`, matrixLocation.ms);
  row(`dependency matrix CONTROL (${matrixControl.value.length} cells)`, matrixControl.ms);
  row('look-through CELL ← EXTRACTION (lithium, EU)', look.ms, `(assumed ${look.value.assumed.toFixed(3)})`);
  row(`target evaluations (${targets.value.length})`, targets.ms);
  row(
    'matrix ×2 + all ownership + all targets',
    afterBuild,
    afterBuild < 1000 ? '(goal < 1000 ms: met)' : '(goal < 1000 ms: NOT met)',
  );

  // The naive per-entity traversal, through the embedded store.
  const naive = new NaiveAnalytics(store, dataset);
  const facilities = dataset.facilities.slice(0, Math.min(n, sample));
  const naiveOwn = await timeAsync(async () => {
    for (const f of facilities) await naive.ultimateOwners(f.id);
  });
  const naiveOwnAll = (naiveOwn.ms * n) / facilities.length;
  const eu = new Set(dataset.countries.filter((c) => c.regions.includes('EU')).map((c) => c.id));
  const cells = dataset.materials.flatMap((m) => STAGES.map((s) => [m.id, s] as const));
  const cellSample = n <= 10_000 ? cells : cells.slice(0, Math.max(1, Math.round((cells.length * sample) / n)));
  const naiveMatrix = await timeAsync(async () => {
    for (const [m, s] of cellSample) await naive.supply(eu, m, s, 2024);
  });
  const naiveMatrixAll = (naiveMatrix.ms * cells.length) / cellSample.length;
  await store.close();
  const extrapolated = (part: number, all: number) => (part < all ? ` (measured on ${part} of ${all}, scaled)` : '');
  row(
    'naive ownership, every facility',
    naiveOwnAll,
    `ratio ${(naiveOwnAll / ownership.ms).toFixed(0)}×${extrapolated(facilities.length, n)}`,
  );
  row(
    'naive dependency matrix LOCATION',
    naiveMatrixAll,
    `ratio ${(naiveMatrixAll / matrixLocation.ms).toFixed(0)}×${extrapolated(cellSample.length, cells.length)}`,
  );
  const memory = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `  heap (after a full GC, JS heap + typed arrays): rows ${mb(gen.sharedBytes)} (${mb(gen.parsedBytes)} as parsed, before sharing values), ` +
      `store indexes ${mb(indexBytes)} (of which the search index ${mb(searchBytes)}), projection ${mb(projectionBytes)}, analytics memos and results ${mb(analyticsBytes)}; ` +
      `rows + projection + analytics ${mb(gen.sharedBytes + projectionBytes + analyticsBytes)} (goal ≤ 300 MB at 100k), ` +
      `with the store's indexes ${mb(gen.sharedBytes + indexBytes + projectionBytes + analyticsBytes)}`,
  );
  console.log(
    `  process: heap used ${mb(memory.heapUsed)} (+ ${mb(memory.arrayBuffers)} typed arrays) over a ${mb(baseline)} baseline, rss ${mb(memory.rss)}, peak rss so far ${mb(peak)}`,
  );
  heapRows.push({
    n,
    rows: gen.sharedBytes,
    index: indexBytes,
    search: searchBytes,
    projection: projectionBytes,
    analytics: analyticsBytes,
  });
  summary.push(
    `${String(n).padStart(7)} | ${fmt(build.ms)} | ${fmt(matrixLocation.ms)} | ${fmt(matrixControl.ms)} | ${fmt(look.ms)} | ${fmt(ownership.ms)} | ${fmt(targets.ms)} | ${fmt(afterBuild)} | ${(naiveOwnAll / ownership.ms).toFixed(0).padStart(6)}× | ${(naiveMatrixAll / matrixLocation.ms).toFixed(0).padStart(6)}× | ${mb(peak)}`,
  );
}
console.log(
  '\nfacilities |  build ms | matrix L | matrix C | look-thr | ownership | targets | after-build | naive own | naive matrix | peak rss',
);
for (const line of summary) console.log(line);
console.log(
  '\nheap MB  | facilities |  rows | store indexes (search) | projection | analytics | rows+projection+analytics | all | per facility | ×previous size',
);
heapRows.forEach((h, i) => {
  const all = h.rows + h.index + h.projection + h.analytics;
  const core = h.rows + h.projection + h.analytics;
  const prev = heapRows[i - 1];
  const ratio = prev
    ? `${(all / (prev.rows + prev.index + prev.projection + prev.analytics)).toFixed(1)}× for ${(h.n / prev.n).toFixed(0)}× facilities`
    : '';
  const m = (b: number) => (b / 1024 / 1024).toFixed(0).padStart(5);
  console.log(
    `         | ${String(h.n).padStart(10)} | ${m(h.rows)} | ${`${m(h.index).trim()} (${m(h.search).trim()})`.padStart(22)} | ${m(h.projection).padStart(10)} | ${m(h.analytics).padStart(9)} | ${m(core).padStart(25)} | ${m(all)} | ${(all / h.n / 1024).toFixed(1).padStart(9)} kB | ${ratio}`,
  );
});
