import { fork } from 'node:child_process';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_FILE_NAME, openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { fixture } from '../../helpers.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'embedded-'));
}

describe('embedded store', () => {
  it('serves the seed without writing a file until something is imported', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    expect(store.openedFromDataFile).toBe(false);
    expect((await store.findFacilities({}, { first: 10 })).totalCount).toBe(5);
    expect(await readdir(dir)).toEqual([]);
  });

  it('keeps an import across a restart, and the restart ignores the seed', async () => {
    const dir = await tempDir();
    const seed = fixture('small.json');
    const first = await openEmbeddedStore({ seed, dataDir: dir });
    const before = await first.dataVersion();
    const patch = { ...fixture('small.json'), facilities: [{ ...seed.facilities[0]!, status: 'PAUSED' as const }] };
    await first.importDataset(
      {
        ...patch,
        sources: [],
        regions: [],
        countries: [],
        materials: [],
        companies: [],
        capacities: [],
        ownership: [],
        production: [],
        flows: [],
        targets: [],
        scenarios: [],
      },
      { replace: false },
    );
    expect(await first.dataVersion()).not.toBe(before);
    await first.close();

    const second = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    expect(second.openedFromDataFile).toBe(true);
    const entity = (await second.getEntities(['cell-alpha-berlin'])).get('cell-alpha-berlin');
    expect(entity?.kind === 'facility' && entity.row.status).toBe('PAUSED');
    // Upsert kept every other row.
    expect((await second.findFacilities({}, { first: 10 })).totalCount).toBe(5);
  });

  it('replace swaps the whole dataset', async () => {
    const store = await openEmbeddedStore({ seed: fixture('small.json') });
    const counts = await store.importDataset(
      { ...fixture('small.json'), facilities: [], capacities: [], flows: [], ownership: [] },
      { replace: true },
    );
    expect(counts.facilities).toBe(0);
    expect((await store.findFacilities({}, { first: 10 })).totalCount).toBe(0);
    expect((await store.snapshot()).companies).toHaveLength(3);
  });

  it('refuses to start on a corrupt data file and leaves it untouched', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, DATA_FILE_NAME), '{"version": 1, "sources": [');
    await expect(openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir })).rejects.toThrow(
      /not valid JSON.*left untouched/,
    );
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe('{"version": 1, "sources": [');
  });

  it('a process killed while writing leaves a complete data file (the old one or the new one)', async () => {
    const dir = await tempDir();
    const file = join(dir, DATA_FILE_NAME);
    // A child writes ever larger complete documents to the file as fast as it can; we kill it mid-stream.
    const child = fork(new URL('./write-forever.ts', import.meta.url).pathname, [file], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve) => child.once('message', () => resolve())); // first write done
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { version: number; sources: unknown[] };
    expect(parsed.version).toBe(1);
    expect(parsed.sources.length).toBeGreaterThan(0);
    const reopened = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    expect(reopened.openedFromDataFile).toBe(true);
  });

  it('a failed write changes neither the file nor what the store serves', async () => {
    const dir = await tempDir();
    const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: join(dir, 'data') });
    await store.importDataset(fixture('small.json'), { replace: true });
    const saved = await readFile(join(dir, 'data', DATA_FILE_NAME), 'utf8');
    const version = await store.dataVersion();
    // A dataset that cannot be serialised makes the write fail before the rename.
    const broken = fixture('small.json') as unknown as Record<string, unknown>;
    broken['sources'] = [
      {
        id: 'x',
        toJSON: () => {
          throw new Error('disk full');
        },
      },
    ];
    await expect(store.importDataset(broken as never, { replace: true })).rejects.toThrow('disk full');
    expect(await readFile(join(dir, 'data', DATA_FILE_NAME), 'utf8')).toBe(saved);
    expect(await store.dataVersion()).toBe(version);
    expect((await store.snapshot()).sources).toHaveLength(2);
  });

  it('pages by id with cursors and filters by every FacilityFilter field', async () => {
    const store = await openEmbeddedStore({ seed: fixture('small.json') });
    const page1 = await store.findFacilities({}, { first: 2 });
    expect(page1.items.map((f) => f.id)).toEqual(['cell-alpha-berlin', 'cell-beta-debrecen']);
    expect(page1.hasNextPage).toBe(true);
    const page2 = await store.findFacilities({}, { first: 2, after: page1.endCursor! });
    expect(page2.items.map((f) => f.id)).toEqual(['cell-gamma-dresden', 'mine-beta-yichun']);
    const page3 = await store.findFacilities({}, { first: 2, after: page2.endCursor! });
    expect(page3).toMatchObject({ hasNextPage: false, totalCount: 5 });
    expect(page3.items.map((f) => f.id)).toEqual(['ref-alpha-lithium']);

    const ids = async (filter: Parameters<typeof store.findFacilities>[0]) =>
      (await store.findFacilities(filter, { first: 50 })).items.map((f) => f.id);
    expect(await ids({ type: ['MINE', 'REFINERY'] })).toEqual(['mine-beta-yichun', 'ref-alpha-lithium']);
    expect(await ids({ stage: ['CELL'], status: ['PLANNED'] })).toEqual(['cell-gamma-dresden']);
    expect(await ids({ country: ['HU'] })).toEqual(['cell-beta-debrecen']);
    expect(await ids({ region: ['CHINA'] })).toEqual(['mine-beta-yichun']);
    expect(await ids({ material: ['lithium'] })).toEqual(['mine-beta-yichun', 'ref-alpha-lithium']);
    expect(await ids({ text: 'gigafactory' })).toEqual(['cell-beta-debrecen']);
  });

  it('finds entities by prefix, by alias and despite a typo', async () => {
    const store = await openEmbeddedStore({ seed: fixture('small.json') });
    expect((await store.search('Debre', 5))[0]).toMatchObject({ id: 'cell-beta-debrecen', kind: 'facility' });
    expect((await store.search('Contemporary', 5))[0]).toMatchObject({ id: 'co-beta', matched: 'Beta Contemporary' });
    expect((await store.search('Hungray', 5))[0]).toMatchObject({ id: 'HU', kind: 'country' });
    expect(await store.search('   ', 5)).toEqual([]);
  });

  it('builds the neighbourhood of a node with every edge between the nodes kept', async () => {
    const store = await openEmbeddedStore({ seed: fixture('small.json') });
    const sub = await store.subgraph({ ids: ['cell-alpha-berlin'], depth: 1, limit: 100 });
    expect(sub.nodes.map((n) => n.id)).toEqual(['DE', 'cell-alpha-berlin', 'cells', 'co-alpha']);
    expect(sub.edges.map((e) => e.id)).toEqual([
      'HAS_CAPACITY:cell-alpha-berlin->cells:2024:INSTALLED',
      'HAS_CAPACITY:cell-alpha-berlin->cells:2030:ANNOUNCED',
      'HEADQUARTERED_IN:co-alpha->DE',
      'LOCATED_IN:cell-alpha-berlin->DE',
      'OPERATES:co-alpha->cell-alpha-berlin',
      'OWNS:co-alpha->cell-alpha-berlin',
    ]);
    expect(sub.truncated).toBe(false);
    const capped = await store.subgraph({ ids: ['DE'], depth: 2, limit: 3 });
    expect(capped.nodes).toHaveLength(3);
    expect(capped.truncated).toBe(true);
    const filtered = await store.subgraph({ ids: ['DE'], depth: 1, limit: 100, filter: { status: ['OPERATING'] } });
    expect(filtered.nodes.filter((n) => n.label === 'Facility').map((n) => n.id)).toEqual(['cell-alpha-berlin']);
  });
});
