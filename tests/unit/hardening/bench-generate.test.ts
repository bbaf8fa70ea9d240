import { describe, expect, it } from 'vitest';
import { rowKey } from '../../../api/src/dataset/merge.js';
import { generateDataset } from '../../../bench/generate.js';

describe('bench/generate.ts', () => {
  it('emits no duplicate flows at 50k facilities (it did, so the document failed validation)', () => {
    const d = generateDataset(50_000);
    const keys = d.flows.map((f) => rowKey('flows', f));
    expect(d.flows.length).toBeGreaterThan(100_000);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
