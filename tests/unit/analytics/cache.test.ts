import { describe, expect, it } from 'vitest';
import { ProjectionCache } from '../../../api/src/projection/cache.js';
import { openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { countingStore } from '../../api/harness.js';
import { analyticsDataset } from './load.js';

describe('ProjectionCache', () => {
  it('builds once for concurrent callers from one snapshot, and again only when the data version changes', async () => {
    const { store, calls } = countingStore(await openEmbeddedStore({ seed: analyticsDataset('targets.json') }));
    const cache = new ProjectionCache(store);
    const [a, b, c] = await Promise.all([cache.get(), cache.get(), cache.get()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(calls.get('snapshot')).toBe(1);
    expect(cache.buildCount).toBe(1);
    expect(a.facilityIds).toHaveLength(9);

    await cache.get();
    expect(cache.buildCount).toBe(1); // same data version: the cached projection
    await store.importDataset(analyticsDataset('shares.json'), { replace: false });
    const merged = await cache.get();
    expect(cache.buildCount).toBe(2);
    expect(merged.facilityIds).toContain('ref-fr');
  });

  it('rebuilds after a replace and applies a stored scenario by id', async () => {
    const store = await openEmbeddedStore({ seed: analyticsDataset('targets.json') });
    const cache = new ProjectionCache(store);
    const before = await cache.get();
    const scenario = await cache.withScenario('scn-pl-operating');
    expect(scenario.projection.dataset.facilities.find((f) => f.id === 'ref-pl-planned')!.status).toBe('OPERATING');
    await store.importDataset(analyticsDataset('shares.json'), { replace: true });
    const after = await cache.get();
    expect(after).not.toBe(before);
    expect([...after.facilityIds].sort()).toEqual(['ref-de', 'ref-fr']);
    await expect(cache.withScenario('scn-pl-operating')).rejects.toThrow(/Unknown scenario/);
  });
});
