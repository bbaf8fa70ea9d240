import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyDataset } from '../../../api/src/dataset/types.js';
import { DatasetsService } from '../../../api/src/modules/datasets/datasets.service.js';
import { lockFile } from '../../../api/src/store/embedded/atomic-file.js';
import { DATA_FILE_NAME, openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { DataChangedError } from '../../../api/src/store/graph-store.js';
import { fixture } from '../../helpers.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'one-writer-'));

/** A new company holding `share` of co-alpha, whose owners already hold 0.5 in the fixture. */
const newOwner = (id: string, share: number) => ({
  version: 1,
  companies: [{ id, name: id, country: 'DE', sources: ['src-a'] }],
  ownership: [{ owner: id, owned: 'co-alpha', share, sources: ['src-a'] }],
});

describe('one writer at a time, validation and commit as one step (issue 13 §3, §4)', () => {
  it('two overlapping imports cannot both pass against the data as it was (owners summed to 1.25)', async () => {
    const store = await openEmbeddedStore({ seed: fixture('small.json') });
    const service = new DatasetsService(store);
    // 0.5 + 0.4 = 0.9 and 0.5 + 0.35 = 0.85 each pass alone; together they would be 1.25.
    const [a, b] = await Promise.all([
      service.import(newOwner('co-x', 0.4), { replace: false }),
      new DatasetsService(store).import(newOwner('co-y', 0.35), { replace: false }),
    ]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(b.errors[0]?.message).toBe('the owners of "co-alpha" hold 1.25 in all; at most 1');
    const owners = (await store.snapshot()).ownership.filter((o) => o.owned === 'co-alpha');
    expect(owners.reduce((sum, o) => sum + o.share, 0)).toBeCloseTo(0.9);
  });

  it('a commit against a version that is no longer current writes nothing', async () => {
    const store = await openEmbeddedStore({ seed: fixture('small.json') });
    const stale = await store.dataVersion();
    await store.importDataset({ ...emptyDataset(), regions: [{ id: 'JAPAN', name: 'Japan' }] }, { replace: false });
    await expect(
      store.importDataset(
        { ...emptyDataset(), regions: [{ id: 'OTHER', name: 'Other' }] },
        {
          replace: false,
          expectedVersion: stale,
        },
      ),
    ).rejects.toBeInstanceOf(DataChangedError);
    expect((await store.listRegions()).map((r) => r.id)).not.toContain('OTHER');
  });

  it('an import validates against what another process wrote to the data file meanwhile', async () => {
    const dir = await tempDir();
    const server = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    const cli = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    expect((await new DatasetsService(cli).import(newOwner('co-x', 0.4), { replace: false })).ok).toBe(true);
    // The server has not looked at the file yet; its import must still see co-x's 0.4.
    const result = await new DatasetsService(server).import(newOwner('co-y', 0.35), { replace: false });
    expect(result.ok).toBe(false);
    expect(result.errors[0]?.message).toMatch(/hold 1.25 in all/);
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { companies: { id: string }[] };
    expect(onDisk.companies.map((c) => c.id)).toContain('co-x');
    expect(onDisk.companies.map((c) => c.id)).not.toContain('co-y');
    await server.close();
    await cli.close();
  });

  it('CLI load while a server runs is served by it and kept by its next import (it was silently lost)', async () => {
    const dir = await tempDir();
    const server = await openEmbeddedStore({
      seed: fixture('small.json'),
      dataDir: dir,
      watch: true,
      watchIntervalMs: 50,
    });
    const cli = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    await new DatasetsService(cli).import(
      { version: 1, regions: [{ id: 'JAPAN', name: 'Japan' }] },
      { replace: false },
    );
    await cli.close();
    await expect.poll(async () => (await server.listRegions()).map((r) => r.id), { timeout: 3000 }).toContain('JAPAN');
    await new DatasetsService(server).import(
      { version: 1, regions: [{ id: 'INDIA', name: 'India' }] },
      { replace: false },
    );
    const onDisk = JSON.parse(await readFile(join(dir, DATA_FILE_NAME), 'utf8')) as { regions: { id: string }[] };
    expect(onDisk.regions.map((r) => r.id)).toEqual(expect.arrayContaining(['JAPAN', 'INDIA']));
    await server.close();
  });

  it('removes temporary files left by a killed writer when the store opens (up to 44 MB were never removed)', async () => {
    const dir = await tempDir();
    const dead = `.${DATA_FILE_NAME}.999999999.1700000000000.tmp`;
    const alive = `.${DATA_FILE_NAME}.${process.ppid}.1700000000000.tmp`;
    await writeFile(join(dir, dead), '{"version": 1, "sour');
    await writeFile(join(dir, alive), '{"version": 1');
    await writeFile(join(dir, 'unrelated.tmp'), 'x');
    const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    expect((await readdir(dir)).sort()).toEqual([alive, 'unrelated.tmp'].sort());
    await store.close();
  });

  it('takes over the lock of a writer that was killed, and waits for a live one', async () => {
    const dir = await tempDir();
    const file = join(dir, DATA_FILE_NAME);
    await writeFile(`${file}.lock`, JSON.stringify({ pid: 999999999, host: (await import('node:os')).hostname() }));
    const release = await lockFile(file, { timeoutMs: 1000 });
    await expect(lockFile(file, { timeoutMs: 200 })).rejects.toThrow(
      new RegExp(`being written by another process \\(pid ${process.pid}`),
    );
    await release();
    const again = await lockFile(file, { timeoutMs: 200 });
    await again();
  });
});
