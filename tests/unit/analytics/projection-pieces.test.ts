import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { buildProjection, buildProjectionInPieces, type Projection } from '../../../api/src/projection/projection.js';
import { generateDataset } from '../../../bench/generate.js';
import { analyticsDataset } from './load.js';

/** Every field of a projection as plain JSON text (typed arrays and maps as lists), the rows it refers to aside. */
function text(projection: Projection): string {
  const plain = (value: unknown): unknown =>
    ArrayBuffer.isView(value)
      ? Array.from(value as unknown as ArrayLike<number>)
      : value instanceof Map
        ? [...value].map(([k, v]) => [k, plain(v)])
        : Array.isArray(value)
          ? value.map(plain)
          : value;
  return JSON.stringify(
    Object.entries(projection).map(([key, value]) => [key, key === 'dataset' ? null : plain(value)]),
  );
}

const fixtures = readdirSync(new URL('../../fixtures/analytics/', import.meta.url)).filter((f) => f.endsWith('.json'));

describe('the projection built in pieces (buildProjectionInPieces)', () => {
  it('is the projection buildProjection builds, field by field, on every analytics fixture and 3,000 generated facilities', async () => {
    const datasets: Dataset[] = [...fixtures.map((f) => analyticsDataset(f)), generateDataset(3000)];
    for (const dataset of datasets) {
      const whole = buildProjection(dataset);
      // sliceMs 0: it hands the event loop back after every step, the most pieces there can be.
      const pieces = await buildProjectionInPieces(dataset, 0);
      expect(pieces.dataset).toBe(dataset);
      expect(text(pieces)).toBe(text(whole));
    }
  }, 60_000);

  it('lets the event loop run between its pieces', async () => {
    let ran = false;
    setImmediate(() => (ran = true));
    const built = buildProjectionInPieces(generateDataset(3000), 0);
    expect(ran).toBe(false);
    await built;
    expect(ran).toBe(true);
  });
});
