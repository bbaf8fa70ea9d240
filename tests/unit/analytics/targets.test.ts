import { describe, expect, it } from 'vitest';
import { TARGET_EVALUATORS, evaluateTargets } from '../../../api/src/analytics/targets.js';
import { TARGET_KINDS } from '../../../api/src/dataset/types.js';
import { EXACT, analyticsProjection } from './load.js';

const p = analyticsProjection('targets.json');
const byId = (weights?: Parameters<typeof evaluateTargets>[1]) =>
  Object.fromEntries(evaluateTargets(p, weights).map((e) => [e.target.id, e]));

// Shared arithmetic (EU, lithium REFINING, baseline 2024, target 2029):
//   baseline: DE 100 + CN→DE 800 + CL→FR 100 = 1000; D = CN, B = 0.8.
//   projects = weight(current status) × (projected capacity 2029 − supply given in 2024):
//     ref-de-new OPERATING, starts 2026: its 2028 row 200 (the 2030 row is after 2029) − 0 (did not exist in 2024) → 1 × 200 = 200
//     ref-fr-uc UNDER_CONSTRUCTION: announced 100 − 0 → 0.75 × 100 = 75
//     ref-pl-planned PLANNED: announced 400 − 0 → 0.25 × 400 = 100
//     ref-de-old OPERATING, expands: announced 160 for 2028 − installed 100 it supplied in 2024 → 1 × 60 = 60
//     ref-ma-out (Morocco, outside EU) PLANNED: its 2028 flow into FR 120 − 0 in 2024 → 0.25 × 120 = 30
//     ref-it-nostart PLANNED, no start year: announced 50 − 0 → 0.25 × 50 = 12.5
//     ref-se-paused PAUSED: 80 − 0 → 0 × 80 = 0
//   not projects: ref-cn-new (in D), ref-es-late (its only row is 2031).
//   non-dominant = 1000 − 800 + 200 + 75 + 100 + 60 + 30 + 12.5 + 0 = 677.5.
describe('target evaluation (SPEC 4.5)', () => {
  const all = byId();

  it('meets 50 % when demand is the baseline total', () => {
    const e = all['tgt-met50']!;
    expect(e.dominant).toBe('CN');
    expect(e.baselineShare).toBeCloseTo(0.8, EXACT);
    expect(e.nonDominant).toBeCloseTo(677.5, EXACT);
    // P = (1000 − 677.5) / 1000 = 0.3225; reduction = 1 − 0.3225 / 0.8 = 0.596875
    expect(e.projectedShare).toBeCloseTo(0.3225, EXACT);
    expect(e.reduction).toBeCloseTo(0.596875, EXACT);
    expect(e.status).toBe('MET_50');
    expect(e.reason).toBeNull();
    // gapTo30 = max(0, 1000·(1 − 0.7·0.8) − 677.5) = 0; gapTo50 = max(0, 1000·0.6 − 677.5) = 0
    expect(e.gapTo30).toBe(0);
    expect(e.gapTo50).toBe(0);
  });

  it('meets 30 % with demand 1250, and says how much is missing for 50 %', () => {
    const e = all['tgt-met30']!;
    // P = (1250 − 677.5) / 1250 = 0.458; reduction = 1 − 0.458 / 0.8 = 0.4275
    expect(e.projectedShare).toBeCloseTo(0.458, EXACT);
    expect(e.reduction).toBeCloseTo(0.4275, EXACT);
    expect(e.status).toBe('MET_30');
    // gapTo30 = max(0, 1250·0.44 − 677.5) = max(0, 550 − 677.5) = 0; gapTo50 = 1250·0.6 − 677.5 = 72.5
    expect(e.gapTo30).toBe(0);
    expect(e.gapTo50).toBeCloseTo(72.5, EXACT);
  });

  it('is off track with demand 2000', () => {
    const e = all['tgt-off']!;
    // P = (2000 − 677.5) / 2000 = 0.66125; reduction = 1 − 0.66125 / 0.8 = 0.1734375
    expect(e.projectedShare).toBeCloseTo(0.66125, EXACT);
    expect(e.reduction).toBeCloseTo(0.1734375, EXACT);
    expect(e.status).toBe('OFF_TRACK');
    // gapTo30 = 2000·0.44 − 677.5 = 202.5; gapTo50 = 2000·0.6 − 677.5 = 522.5
    expect(e.gapTo30).toBeCloseTo(202.5, EXACT);
    expect(e.gapTo50).toBeCloseTo(522.5, EXACT);
  });

  it("takes its thresholds from the target's own reductionMin and reductionMax", () => {
    const e = all['tgt-strict']!;
    // reductionMin 0.6, reductionMax 0.7: reduction 0.596875 < 0.6 → OFF_TRACK (MET_50 under the defaults)
    expect(e.reductionMin).toBe(0.6);
    expect(e.reductionMax).toBe(0.7);
    expect(e.reduction).toBeCloseTo(0.596875, EXACT);
    expect(e.status).toBe('OFF_TRACK');
    // gapTo30 = 1000·(1 − 0.4·0.8) − 677.5 = 680 − 677.5 = 2.5; gapTo50 = 1000·(1 − 0.3·0.8) − 677.5 = 82.5
    expect(e.gapTo30).toBeCloseTo(2.5, EXACT);
    expect(e.gapTo50).toBeCloseTo(82.5, EXACT);
    expect(all['tgt-met30']!.reductionMin).toBe(0.3); // default
  });

  it('counts a project that expands an operating plant by the increase over its baseline supply only', () => {
    const old = all['tgt-met50']!.contributions.find((c) => c.facility === 'ref-de-old')!;
    // 160 announced for 2028 − 100 supplied in 2024 = 60, weight OPERATING 1
    expect(old.capacity).toBe(160);
    expect(old.baselineSupply).toBe(100);
    // contribution = (1000 − 617.5)/1000 − 0.3225 = 0.06
    expect(old.contribution).toBeCloseTo(0.06, EXACT);
  });

  it('gives each project its contribution: P without it minus P with all', () => {
    const e = all['tgt-met50']!;
    // without ref-de-new: (1000 − 477.5)/1000 − 0.3225 = 0.2; ref-pl-planned 0.1; ref-fr-uc 0.075;
    // ref-de-old 0.06; ref-ma-out 0.03 (through its flow); ref-it-nostart 0.0125; ref-se-paused 0.
    expect(e.contributions.map((c) => [c.facility, c.viaFlow])).toEqual([
      ['ref-de-new', false],
      ['ref-pl-planned', false],
      ['ref-fr-uc', false],
      ['ref-de-old', false],
      ['ref-ma-out', true],
      ['ref-it-nostart', false],
      ['ref-se-paused', false],
    ]);
    const c = Object.fromEntries(e.contributions.map((x) => [x.facility, x.contribution]));
    expect(c['ref-de-new']).toBeCloseTo(0.2, EXACT);
    expect(c['ref-pl-planned']).toBeCloseTo(0.1, EXACT);
    expect(c['ref-fr-uc']).toBeCloseTo(0.075, EXACT);
    expect(c['ref-ma-out']).toBeCloseTo(0.03, EXACT);
    expect(c['ref-it-nostart']).toBeCloseTo(0.0125, EXACT);
    expect(c['ref-se-paused']).toBe(0);
  });

  it('takes status weight overrides per query', () => {
    const e = byId({ weights: { PLANNED: 1, UNDER_CONSTRUCTION: 0 } })['tgt-met50']!;
    // non-dominant = 200 + 200 + 0·100 + 1·400 + 60 + 1·120 + 1·50 + 0 = 1030 > demand 1000 → P = 0, reduction 1
    expect(e.nonDominant).toBeCloseTo(1030, EXACT);
    expect(e.projectedShare).toBe(0);
    expect(e.reduction).toBe(1);
    expect(e.weights.PLANNED).toBe(1);
    // P = 0 with demand = the baseline total: the result says the reduction may be overstated
    expect(e.assumptions.join(' ')).toMatch(/covers the whole demand, which is only the baseline total/);
    expect(() => evaluateTargets(p, { weights: { PLANNED: 2 } })).toThrow(/between 0 and 1/);
  });

  it('checks the CRMA 65 % maximum against the projected share', () => {
    const within = all['tgt-crma-within']!;
    // No baseline year: the latest year with production statistics ≤ 2029 is 2024. P = 0.3225 ≤ 0.65.
    expect(within.baselineYear).toBe(2024);
    expect(within.projectedShare).toBeCloseTo(0.3225, EXACT);
    expect(within.meetsMaxShare).toBe(true);
    expect(within.status).toBe('WITHIN_MAX');
    const above = all['tgt-crma-above']!;
    // demand 2000: P = (2000 − 677.5)/2000 = 0.66125 > 0.65
    expect(above.projectedShare).toBeCloseTo(0.66125, EXACT);
    expect(above.meetsMaxShare).toBe(false);
    expect(above.status).toBe('ABOVE_MAX');
  });

  it('gives a maximum-share target its own gap in tonnes, not the −30/−50 % gaps of a reduction target', () => {
    const within = all['tgt-crma-within']!;
    // demand 1000 (the baseline total), non-dominant 677.5: 1000·(1 − 0.65) − 677.5 = 350 − 677.5 < 0 → 0
    expect(within.gapToMax).toBe(0);
    expect(within.cutToMax).toBe(0);
    const above = all['tgt-crma-above']!;
    // demand 2000: others must add 2000·0.35 − 677.5 = 22.5 t (CN's projected 1322.5 t → 1300 t = 65 % of 2000);
    // without replacement CN must fall by 22.5 / 0.35 = 64.2857… t: (1322.5 − 64.2857) / (2000 − 64.2857) = 0.65
    expect(above.gapToMax).toBeCloseTo(22.5, EXACT);
    expect(above.cutToMax).toBeCloseTo(22.5 / 0.35, EXACT);
    expect((1322.5 - above.cutToMax!) / (2000 - above.cutToMax!)).toBeCloseTo(0.65, EXACT);
    // the reduction target's figures have no maximum gap
    expect(all['tgt-off']!.gapToMax).toBeNull();
    expect(all['tgt-off']!.cutToMax).toBeNull();
    expect(all['tgt-none']!.gapToMax).toBeNull();
  });

  it('says NO_BASELINE with the reason when nothing is recorded at the baseline (evidence NONE)', () => {
    const e = all['tgt-none']!;
    // no EXTRACTION production, flow or facility in the fixture
    expect(e.status).toBe('NO_BASELINE');
    expect(e.reason).toMatch(/No supply of lithium at EXTRACTION into EU is recorded for 2024/);
    expect([e.baselineShare, e.projectedShare, e.reduction, e.gapTo30, e.gapTo50]).toEqual([0, 0, 0, 0, 0]);
    expect(e.dominant).toBeNull();
  });

  it('says NO_BASELINE when a country scope has supply but no recorded imports', () => {
    const e = all['tgt-de-noimports']!;
    // DE 2028: no statistic; ref-de-new 200 + ref-de-old 100 stand in; no flow into DE in 2028 → unknown, not 0 %
    expect(e.status).toBe('NO_BASELINE');
    expect(e.baselineTotal).toBeCloseTo(300, EXACT);
    expect(e.reason).toMatch(/No imports .* into DE are recorded for 2028/);
  });

  it('evaluates every kind through one registry; where the data cannot say, the reason instead of a figure', () => {
    expect(Object.keys(TARGET_EVALUATORS).sort()).toEqual([...TARGET_KINDS].sort());
    // No cell plant in the fixture: the recycled content of EU cells has no denominator (domestic-share.test.ts
    // holds the evaluated cases).
    const r = all['tgt-recycled']!;
    expect(r.status).toBe('NO_BASELINE');
    expect(r.reason).toMatch(/No cell plant in EU supplies cells in 2031/);
    expect(Object.keys(all)).toHaveLength(9);
    expect(evaluateTargets(p, { scope: 'GLOBAL' })).toEqual([]);
  });
});
