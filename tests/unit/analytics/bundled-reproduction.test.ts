import { beforeAll, describe, expect, it } from 'vitest';
import { buildProjection, type Projection } from '../../../api/src/projection/projection.js';
import { dependency } from '../../../api/src/analytics/shares.js';
import { readDatasetPath } from '../../../api/src/dataset/read.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { BUNDLED_DATASET } from '../../../api/src/env.js';

let projection: Projection;

beforeAll(async () => {
  const result = validateDataset((await readDatasetPath(BUNDLED_DATASET)).document);
  if (!result.ok) throw new Error(`the bundled dataset is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  projection = buildProjection(result.dataset);
});

describe('the bundled data reproduces its sources', () => {
  it('gives every production row derived from a published share that share back, within ±0.005', () => {
    const rows = projection.dataset.production.filter((r) => r.publishedShare !== undefined);
    // A check over nothing proves nothing: the bundled data must carry derived rows.
    expect(rows.length, 'production rows with publishedShare in seed/').toBeGreaterThan(0);
    const misses: string[] = [];
    for (const row of rows) {
      const d = dependency(projection, { material: row.material, stage: row.stage, year: row.year });
      const computed = d.shares.find((s) => s.origin === row.country)?.share ?? 0;
      if (Math.abs(computed - row.publishedShare!) > 0.005)
        misses.push(
          `${row.country} ${row.material} ${row.stage} ${row.year}: computed ${computed.toFixed(4)} of ${d.total} ${d.unit}, published ${row.publishedShare}`,
        );
    }
    expect(misses).toEqual([]);
  });
});
