import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../../api/src/analytics/targets.js';
import { EXACT, analyticsProjection } from './load.js';

const p = analyticsProjection('targets.json');
const byId = (weights?: Parameters<typeof evaluateTargets>[1]) =>
  Object.fromEntries(evaluateTargets(p, weights).map((e) => [e.target.id, e]));

// Shared arithmetic (EU, lithium REFINING, baseline 2024, target 2029):
//   baseline: DE 100 + CN→DE 800 + CL→FR 100 = 1000; D = CN, B = 0.8.
//   projects: ref-de-new OPERATING 1 × 200 (its 2028 row; the 2030 row is after 2029) = 200
//             ref-fr-uc UNDER_CONSTRUCTION 0.75 × 100 = 75
//             ref-pl-planned PLANNED 0.25 × 400 = 100
//             ref-ma-out (Morocco, outside EU) PLANNED 0.25 × its 2028 flow into FR 120 = 30
//             ref-se-paused PAUSED 0 × 80 = 0
//   not projects: ref-cn-new (in D), ref-de-old (started 2020), ref-es-late (2031), ref-it-nostart (no start year).
//   non-dominant = 1000 − 800 + 200 + 75 + 100 + 30 + 0 = 605.
describe('target evaluation (SPEC 4.5)', () => {
  const all = byId();

  it('meets 50 % when demand is the baseline total', () => {
    const e = all['tgt-met50']!;
    expect(e.dominant).toBe('CN');
    expect(e.baselineShare).toBeCloseTo(0.8, EXACT);
    expect(e.nonDominant).toBeCloseTo(605, EXACT);
    // P = (1000 − 605) / 1000 = 0.395; reduction = 1 − 0.395 / 0.8 = 0.50625
    expect(e.projectedShare).toBeCloseTo(0.395, EXACT);
    expect(e.reduction).toBeCloseTo(0.50625, EXACT);
    expect(e.status).toBe('MET_50');
    // gapTo30 = max(0, 1000·(1 − 0.56) − 605) = 0; gapTo50 = max(0, 1000·0.6 − 605) = 0
    expect(e.gapTo30).toBe(0);
    expect(e.gapTo50).toBe(0);
    expect(e.assumptions.join(' ')).toMatch(/1 facilities .* no start year/);
  });

  it('meets 30 % with demand 1100, and says how much is missing for 50 %', () => {
    const e = all['tgt-met30']!;
    // P = (1100 − 605) / 1100 = 0.45; reduction = 1 − 0.45 / 0.8 = 0.4375
    expect(e.projectedShare).toBeCloseTo(0.45, EXACT);
    expect(e.reduction).toBeCloseTo(0.4375, EXACT);
    expect(e.status).toBe('MET_30');
    // gapTo30 = max(0, 1100·0.44 − 605) = max(0, 484 − 605) = 0; gapTo50 = 1100·0.6 − 605 = 55
    expect(e.gapTo30).toBe(0);
    expect(e.gapTo50).toBeCloseTo(55, EXACT);
  });

  it('is off track with demand 1500', () => {
    const e = all['tgt-off']!;
    // P = (1500 − 605) / 1500 = 0.59666…; reduction = 1 − 0.59666… / 0.8 = 0.254166…
    expect(e.projectedShare).toBeCloseTo(895 / 1500, EXACT);
    expect(e.reduction).toBeCloseTo(1 - 895 / 1500 / 0.8, EXACT);
    expect(e.status).toBe('OFF_TRACK');
    // gapTo30 = 1500·0.44 − 605 = 55; gapTo50 = 1500·0.6 − 605 = 295
    expect(e.gapTo30).toBeCloseTo(55, EXACT);
    expect(e.gapTo50).toBeCloseTo(295, EXACT);
  });

  it('gives each project its contribution: P without it minus P with all', () => {
    const e = all['tgt-met50']!;
    // without ref-de-new: (1000 − 405)/1000 = 0.595 → 0.2; ref-pl-planned 100/1000 = 0.1; ref-fr-uc 0.075;
    // ref-ma-out 0.03 (through its flow); ref-se-paused 0.
    expect(e.contributions.map((c) => [c.facility, c.viaFlow])).toEqual([
      ['ref-de-new', false],
      ['ref-pl-planned', false],
      ['ref-fr-uc', false],
      ['ref-ma-out', true],
      ['ref-se-paused', false],
    ]);
    const c = Object.fromEntries(e.contributions.map((x) => [x.facility, x.contribution]));
    expect(c['ref-de-new']).toBeCloseTo(0.2, EXACT);
    expect(c['ref-pl-planned']).toBeCloseTo(0.1, EXACT);
    expect(c['ref-fr-uc']).toBeCloseTo(0.075, EXACT);
    expect(c['ref-ma-out']).toBeCloseTo(0.03, EXACT);
    expect(c['ref-se-paused']).toBe(0);
  });

  it('takes status weight overrides per query', () => {
    const e = byId({ weights: { PLANNED: 1, UNDER_CONSTRUCTION: 0 } })['tgt-met50']!;
    // non-dominant = 200 + 200 + 0·100 + 1·400 + 1·120 = 920; P = 80/1000 = 0.08; reduction = 1 − 0.08/0.8 = 0.9
    expect(e.nonDominant).toBeCloseTo(920, EXACT);
    expect(e.projectedShare).toBeCloseTo(0.08, EXACT);
    expect(e.reduction).toBeCloseTo(0.9, EXACT);
    expect(e.weights.PLANNED).toBe(1);
    expect(() => evaluateTargets(p, { weights: { PLANNED: 2 } })).toThrow(/between 0 and 1/);
  });

  it('checks the CRMA 65 % maximum against the projected share', () => {
    const within = all['tgt-crma-within']!;
    // No baseline year: the latest year with production statistics ≤ 2029 is 2024. P = 0.395 ≤ 0.65.
    expect(within.baselineYear).toBe(2024);
    expect(within.projectedShare).toBeCloseTo(0.395, EXACT);
    expect(within.meetsMaxShare).toBe(true);
    expect(within.status).toBe('WITHIN_MAX');
    const above = all['tgt-crma-above']!;
    // demand 2000: P = (2000 − 605)/2000 = 0.6975 > 0.65
    expect(above.projectedShare).toBeCloseTo(0.6975, EXACT);
    expect(above.meetsMaxShare).toBe(false);
    expect(above.status).toBe('ABOVE_MAX');
  });

  it('evaluates only the kinds it defines, filtered by scope', () => {
    expect(Object.keys(all).sort()).toEqual(['tgt-crma-above', 'tgt-crma-within', 'tgt-met30', 'tgt-met50', 'tgt-off']);
    expect(evaluateTargets(p, { scope: 'GLOBAL' })).toEqual([]);
  });
});
