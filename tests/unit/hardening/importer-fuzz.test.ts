import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDatasetPath } from '../../../api/src/dataset/read.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { writeDatasetCsv } from '../../../api/src/dataset/write.js';
import { DatasetsService } from '../../../api/src/modules/datasets/datasets.service.js';
import { DATA_FILE_NAME, openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { fixture } from '../../helpers.js';

/** Fixed, so a failure is reproducible; bounded, so the run stays a few seconds. */
const SEED = 20261201;
const RUNS = 120;

/** Values a mutation writes somewhere in the document: plausible ids and the shapes that broke the importer. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom<unknown>(
    Infinity,
    -Infinity,
    Number.NaN,
    1e308,
    -1e308,
    -0,
    -1,
    0.5,
    1.5,
    2024,
    1949,
    2101,
    '',
    '   ',
    '0x10',
    '2024-02-30',
    '2024-13',
    '2025-06',
    'DE',
    'CN',
    'EU',
    'lithium',
    'cells',
    'src-a',
    'co-alpha',
    'cell-alpha-berlin',
    'INSTALLED',
    'ANNOUNCED',
    'OPERATING',
    null,
    [],
    {},
  ),
  fc.integer({ min: 1, max: 200 }).map((n) => 'x'.repeat(n * 100)),
  fc.integer({ min: 17, max: 40 }).map((depth) => {
    let v: unknown = 1;
    for (let i = 0; i < depth; i++) v = [v];
    return v;
  }),
);

type Edit =
  | { kind: 'set'; at: number; value: unknown }
  | { kind: 'delete'; at: number }
  | { kind: 'add'; at: number; key: string; value: unknown }
  | { kind: 'duplicate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: nasty }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('add' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'notes', 'extra', 'sources', 'aliases'),
    value: nasty,
  }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
);

/** Every object and array in the document with its parent, in document order. */
function containers(root: unknown): { node: object; parent: object | null; key: string | number | null }[] {
  const out: { node: object; parent: object | null; key: string | number | null }[] = [];
  const walk = (node: unknown, parent: object | null, key: string | number | null) => {
    if (node === null || typeof node !== 'object') return;
    out.push({ node, parent, key });
    if (Array.isArray(node)) node.forEach((v, i) => walk(v, node, i));
    else for (const [k, v] of Object.entries(node)) walk(v, node, k);
  };
  walk(root, null, null);
  return out;
}

function apply(document: Record<string, unknown>, edits: readonly Edit[]): Record<string, unknown> {
  for (const e of edits) {
    const all = containers(document);
    const target = all[e.at % all.length]!;
    const node = target.node as Record<string | number, unknown>;
    const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    if (e.kind === 'add') {
      // An own "__proto__" key, as JSON.parse makes it (an assignment would set the prototype instead).
      if (!Array.isArray(node))
        Object.defineProperty(node, e.key, { value: e.value, enumerable: true, writable: true, configurable: true });
      continue;
    }
    if (keys.length === 0) continue;
    const key = keys[e.at % keys.length]!;
    if (e.kind === 'set') node[key] = e.value;
    else if (e.kind === 'delete') {
      if (Array.isArray(node)) node.splice(key as number, 1);
      else Reflect.deleteProperty(node, key);
    } else if (Array.isArray(node)) node.push(structuredClone(node[key as number]));
  }
  return document;
}

describe('importer fuzz (fast-check, fixed seed, bounded)', () => {
  it('any document either validates and round-trips through export (JSON and CSV), or is rejected with paths and nothing written', async () => {
    let accepted = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 0, maxLength: 4 }), fc.boolean(), async (edits, replace) => {
        const document = apply(fixture('small.json') as unknown as Record<string, unknown>, edits);
        const dir = await mkdtemp(join(tmpdir(), 'fuzz-'));
        try {
          const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
          const before = await store.dataVersion();
          const result = await new DatasetsService(store).import(document, { replace });
          if (!result.ok) {
            rejected += 1;
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) {
              expect(e.path === '' || e.path.startsWith('/')).toBe(true);
              expect(e.message.length).toBeGreaterThan(0);
            }
            expect(await readdir(dir)).toEqual([]);
            expect(await store.dataVersion()).toBe(before);
            return;
          }
          accepted += 1;
          const exported = await store.snapshot();
          // JSON round trip: what was stored survives text (no Infinity, NaN or undefined turned into null).
          const text = JSON.parse(JSON.stringify(exported)) as unknown;
          expect(text).toEqual(exported);
          const again = validateDataset(text);
          expect(again.ok).toBe(true);
          if (again.ok) expect(again.dataset).toEqual(exported);
          // The data file holds the same.
          expect(await readdir(dir)).toEqual([DATA_FILE_NAME]);
          const reopened = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
          expect(await reopened.snapshot()).toEqual(exported);
          // CSV round trip.
          const csv = join(dir, 'csv');
          await writeDatasetCsv(csv, exported);
          const read = validateDataset((await readDatasetPath(csv)).document);
          expect(read.ok ? read.dataset : read.errors).toEqual(exported);
          await store.close();
          await reopened.close();
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // The generator reaches both outcomes (no test passes on an empty result).
    expect(accepted).toBeGreaterThan(5);
    expect(rejected).toBeGreaterThan(20);
  }, 120_000);
});
