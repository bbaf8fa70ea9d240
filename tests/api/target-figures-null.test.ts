import { beforeAll, describe, expect, it } from 'vitest';
import { readDatasetPath } from '../../api/src/dataset/read.js';
import { validateDataset } from '../../api/src/dataset/validate.js';
import { BUNDLED_DATASET } from '../../api/src/env.js';
import { BASELINE_FIGURES } from '../../api/src/modules/targets/targets.service.js';
import { apiOn } from './harness.js';

interface Evaluation {
  target: { id: string; kind: string };
  status: string;
  reason: string | null;
  baselineTotal: number | null;
  dominantValue: number | null;
  baselineShare: number | null;
  demand: number | null;
  nonDominant: number | null;
  projectedShare: number | null;
  reduction: number | null;
  gapTo30: number | null;
  gapTo50: number | null;
}

const FIGURES = BASELINE_FIGURES;

let evaluations: Evaluation[];
beforeAll(async () => {
  const result = validateDataset((await readDatasetPath(BUNDLED_DATASET)).document);
  if (!result.ok) throw new Error('the bundled dataset is invalid');
  const { query } = await apiOn(result.dataset);
  const res = await query<{ targetEvaluations: Evaluation[] }>(
    `{ targetEvaluations { target { id kind } status reason ${FIGURES.join(' ')} } }`,
  );
  expect(res.errors).toBeUndefined();
  evaluations = res.data!.targetEvaluations;
});

/**
 * Regression: on the bundled data 41 of 42 targets have no baseline, and the API answered baselineShare 0,
 * projectedShare 0, reduction 0 and gaps 0 for them — figures a client could quote as "0 %". The reports already said
 * null; the API now does too, with the reason beside.
 */
describe('targetEvaluations: no figure without a baseline, on the bundled data', () => {
  it('answers null, never 0, for every figure that needs a baseline, and gives the reason', () => {
    const without = evaluations.filter((e) => e.status === 'NO_BASELINE');
    expect(without.length).toBeGreaterThan(30);
    for (const e of without) {
      for (const k of FIGURES) expect([e.target.id, k, e[k]]).toEqual([e.target.id, k, null]);
      expect(e.reason).toBeTruthy();
    }
  });

  it('keeps the figures of a target with a baseline, and the −30/−50 % gaps only for reduction targets', () => {
    // CRMA manganese extraction: South Africa 66.9 % of EU supply (2024), above the 65 % maximum.
    const mn = evaluations.find((e) => e.target.id === 'tgt-crma-max-single-country-manganese-extraction')!;
    expect(mn.status).toBe('ABOVE_MAX');
    expect(mn.baselineShare).toBeCloseTo(0.6693, 4);
    expect(mn.baselineTotal).toBeGreaterThan(0);
    expect(mn.gapTo30).toBeNull();
    expect(mn.gapTo50).toBeNull();
    for (const e of evaluations)
      if (e.target.kind !== 'SINGLE_COUNTRY_REDUCTION')
        expect([e.target.id, e.gapTo30, e.gapTo50]).toEqual([e.target.id, null, null]);
  });
});
