import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../../api/src/dataset/merge.js';
import { DATASET_KEYS, emptyDataset } from '../../../api/src/dataset/types.js';
import { fixture } from '../../helpers.js';

describe('mergeDatasets', () => {
  it('upserts by id and natural key: base rows replaced in place, new rows after them', () => {
    const base = fixture('small.json');
    const patch = emptyDataset();
    const first = base.facilities[0]!;
    patch.facilities.push({ ...first, status: 'PAUSED' });
    patch.facilities.push({ ...first, id: 'fac-new', name: 'New plant' });
    patch.ownership.push({ ...base.ownership[2]!, share: 0.25 });
    const merged = mergeDatasets(base, patch);
    expect(merged.facilities.map((f) => f.id)).toEqual([...base.facilities.map((f) => f.id), 'fac-new']);
    expect(merged.facilities[0]!.status).toBe('PAUSED');
    expect(merged.ownership).toHaveLength(base.ownership.length);
    expect(merged.ownership[2]!.share).toBe(0.25);
    expect(base.facilities[0]!.status).toBe(first.status);
  });

  it('copies the kinds a one-row patch does not touch, as they were, in fresh arrays', () => {
    const base = fixture('small.json');
    const patch = emptyDataset();
    patch.facilities.push({ ...base.facilities[1]!, status: 'PAUSED' });
    const merged = mergeDatasets(base, patch);
    for (const key of DATASET_KEYS) {
      if (key === 'facilities') continue;
      expect(merged[key], key).toEqual(base[key]);
      // A fresh array: changing the merged data can never change the data it was merged from.
      expect(merged[key], key).not.toBe(base[key]);
    }
    expect(merged.capacities.length).toBeGreaterThan(0);
  });
});
