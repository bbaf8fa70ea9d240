import { beforeAll, describe, expect, it } from 'vitest';
import { readDatasetPath } from '../../../api/src/dataset/read.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { BUNDLED_DATASET } from '../../../api/src/env.js';
import { measuredMaterial } from '../../../api/src/modules/reports/plant-facts.js';
import { buildProjection, type Projection } from '../../../api/src/projection/projection.js';

let p: Projection;
beforeAll(async () => {
  const result = validateDataset((await readDatasetPath(BUNDLED_DATASET)).document);
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  p = buildProjection(result.dataset);
});

describe('what a plant tracker column counts, on the bundled data', () => {
  it('names the material behind a bare mass unit (regression: the graphite column read "Installed · in supply · announced (t)")', () => {
    const graphite = p.materialIndex.get('graphite')!;
    expect(p.materialUnit[graphite]).toBe('t');
    const mine = p.dataset.facilities.findIndex((f) =>
      p.dataset.capacities.some((c) => c.facility === f.id && c.material === 'graphite'),
    );
    expect(mine).toBeGreaterThanOrEqual(0);
    expect(measuredMaterial(p, mine, graphite).unit).toBe('t graphite');
  });

  it('keeps units that already say what they count', () => {
    const lithium = p.materialIndex.get('lithium')!;
    const f = p.dataset.facilities.findIndex((x) =>
      p.dataset.capacities.some((c) => c.facility === x.id && c.material === 'lithium' && x.type !== 'RECYCLER'),
    );
    expect(measuredMaterial(p, f, lithium).unit).toBe('t Li');
  });
});
