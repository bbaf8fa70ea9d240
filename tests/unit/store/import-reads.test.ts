import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectionCache } from '../../../api/src/projection/cache.js';
import { DatasetsService } from '../../../api/src/modules/datasets/datasets.service.js';
import { DATA_FILE_NAME, openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import type { ImportStep } from '../../../api/src/store/graph-store.js';
import { apiFor } from '../../api/harness.js';
import { fixture } from '../../helpers.js';

/** A gate an import waits at: `reached` resolves when the import gets to `step`, `open()` lets it go on. */
function gateAt(step: ImportStep) {
  let open!: () => void;
  let reached!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  const arrived = new Promise<void>((r) => (reached = r));
  return {
    onStep: async (at: ImportStep) => {
      if (at !== step) return;
      reached();
      await opened;
    },
    reached: arrived,
    open: () => open(),
  };
}

const READ = `query {
  facility(id: "cell-alpha-berlin") { name status }
  search(text: "Gigafactory Brandenburg", first: 5) { id }
  subgraph(ids: ["cell-alpha-berlin"], depth: 1) { nodes { id data } }
  dependency(material: "cells", stage: CELL, year: 2024, scope: "EU") { total evidence shares { origin share } }
}`;

/** What the read above answers on small.json as it is (cell-alpha-berlin operating, 10 GWh installed in 2024). */
const OLD = {
  facility: { name: 'Alpha Berlin cell plant', status: 'OPERATING' },
  search: [],
  // EU cells 2024: only cell-alpha-berlin (DE, 10 GWh, operating) supplies: DE 10 / 10 = 1.
  dependency: { total: 10, evidence: 'REGISTER', shares: [{ origin: 'DE', share: 1 }] },
};

describe('reads while an import is in flight (issue 13: import work that does not block reads)', () => {
  for (const step of ['validated', 'indexed', 'written'] as const)
    it(`answer on the old data version while the import is held at "${step}", then on the new one`, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'import-reads-'));
      const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
      const query = apiFor(store);
      const before = await query(READ);
      expect(before.errors).toBeUndefined();
      expect(before.data).toMatchObject(OLD);
      const versionBefore = await store.dataVersion();

      const gate = gateAt(step);
      const row = fixture('small.json').facilities.find((f) => f.id === 'cell-alpha-berlin')!;
      let done = false;
      const importing = new DatasetsService(store)
        .import(
          { version: 2, facilities: [{ ...row, name: 'Gigafactory Brandenburg', status: 'PAUSED' }] },
          { replace: false, onStep: gate.onStep },
        )
        .finally(() => (done = true));
      await gate.reached;

      // The import is held: every read answers, on the data as it was.
      const during = await query(READ);
      expect(done).toBe(false);
      expect(during.errors).toBeUndefined();
      expect(during.data).toMatchObject(OLD);
      expect(
        (during.data as { subgraph: { nodes: { id: string; data: { status?: string } }[] } }).subgraph.nodes,
      ).toContainEqual(
        expect.objectContaining({ id: 'cell-alpha-berlin', data: expect.objectContaining({ status: 'OPERATING' }) }),
      );
      expect(await store.dataVersion()).toBe(versionBefore);
      if (step === 'written') {
        // The file holds the new version already; memory serves the old one until the swap.
        expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toContain('Gigafactory Brandenburg');
      }

      gate.open();
      expect(await importing).toMatchObject({ ok: true });
      const after = await query(READ);
      expect(after.errors).toBeUndefined();
      expect(after.data).toMatchObject({
        facility: { name: 'Gigafactory Brandenburg', status: 'PAUSED' },
        search: [{ id: 'cell-alpha-berlin' }],
        // Paused: no cell supply recorded in the EU in 2024 any more — evidence NONE, no shares.
        dependency: { total: 0, evidence: 'NONE', shares: [] },
      });
      await store.close();
    });

  it('an import that fails after the next indexes were built leaves the file and every read as they were', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'import-reads-'));
    const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    const query = apiFor(store);
    const row = fixture('small.json').facilities.find((f) => f.id === 'cell-alpha-berlin')!;
    const failing = new DatasetsService(store).import(
      { version: 2, facilities: [{ ...row, name: 'Gigafactory Brandenburg' }] },
      {
        replace: false,
        onStep: (step) => {
          if (step === 'indexed') throw new Error('disk went away');
        },
      },
    );
    const file = await readFile(join(dir, DATA_FILE_NAME), 'utf8').catch(() => null);
    await expect(failing).rejects.toThrow('disk went away');
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8').catch(() => null)).toBe(file);
    const read = await query(READ);
    expect(read.data).toMatchObject(OLD);
    await store.close();
  });

  it('builds the projection of the new version before serving it, answering reads on the old one meanwhile', async () => {
    const store = await openEmbeddedStore({ seed: fixture('small.json') });
    const query = apiFor(store);
    const cache = new ProjectionCache(store);
    expect((await cache.get()).dataset.facilities).toHaveLength(5);
    expect(cache.buildCount).toBe(1);
    // Another listener of the next version holds the import once every projection of the new version is built.
    let opened!: () => void;
    let reached!: () => void;
    const held = new Promise<void>((r) => (reached = r));
    const gate = new Promise<void>((r) => (opened = r));
    store.onNextVersion?.(async () => {
      reached();
      await gate;
    });
    const row = fixture('small.json').facilities.find((f) => f.id === 'cell-alpha-berlin')!;
    let done = false;
    const importing = new DatasetsService(store)
      .import({ version: 2, facilities: [{ ...row, status: 'PAUSED' }] }, { replace: false })
      .finally(() => (done = true));
    await held;
    const during = await query(READ);
    expect(done).toBe(false);
    expect(during.data).toMatchObject({ dependency: OLD.dependency, facility: OLD.facility });
    opened();
    await importing;
    // Built during the import: the first analytic on the new version builds nothing.
    expect(cache.buildCount).toBe(2);
    const after = await cache.get();
    expect(cache.buildCount).toBe(2);
    expect(after.dataset.facilities.find((f) => f.id === 'cell-alpha-berlin')?.status).toBe('PAUSED');
    expect((await query(READ)).data).toMatchObject({ dependency: { total: 0, evidence: 'NONE', shares: [] } });
    await store.close();
  });
});
