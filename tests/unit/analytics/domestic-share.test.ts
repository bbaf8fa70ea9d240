import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../../api/src/analytics/targets.js';
import { EXACT, analyticsProjection } from './load.js';

const p = analyticsProjection('domestic-share.json');
const all = Object.fromEntries(evaluateTargets(p).map((e) => [e.target.id, e]));
const of = (id: string) => {
  const e = all[id];
  if (!e) throw new Error(`no evaluation of ${id}`);
  return e;
};

// Fixture tests/fixtures/analytics/domestic-share.json, lithium REFINING into the EU in 2024 (SPEC 4.1):
//   DE statistic 100 + FR (no statistic) refinery ref-fr installed 50, operating → stands in 50
//   + imports CN→DE 800 + CL→FR 100  ⇒ consumption C = 1,050 t Li, produced in the EU = 150 t Li.
//   Projects inside the EU to 2030 (SPEC 4.5 rule): ref-pl-planned PLANNED, 480 announced for 2028 − 0 → 0.25 × 480 = 120;
//   ref-fr OPERATING, 150 announced for 2029 − 50 supplied in 2024 → 1 × 100 = 100. Projected domestic = 150 + 220 = 370.
describe('MIN_DOMESTIC_SHARE (CRMA benchmarks)', () => {
  it('REFINING: domestic share of consumption at the baseline and projected, BELOW the 40 % with the gap', () => {
    const e = of('tgt-dom-li-refining');
    expect(e.baselineYear).toBe(2024);
    expect(e.demand).toBeCloseTo(1050, EXACT);
    expect(e.domesticSupply).toBeCloseTo(150, EXACT);
    expect(e.projectedDomesticSupply).toBeCloseTo(370, EXACT);
    // 150 / 1,050 = 0.142857…; 370 / 1,050 = 0.352380…
    expect(e.baselineShare).toBeCloseTo(150 / 1050, EXACT);
    expect(e.projectedShare).toBeCloseTo(370 / 1050, EXACT);
    expect(e.minimum).toBe(0.4);
    expect(e.status).toBe('BELOW');
    // gap = 0.4 × 1,050 − 370 = 50 t Li
    expect(e.gap).toBeCloseTo(50, EXACT);
    expect(e.dominant).toBeNull();
    // Contributions are points ADDED to the domestic share: 120 / 1,050 and 100 / 1,050.
    expect(e.contributions.map((c) => [c.facility, c.contribution])).toEqual([
      ['ref-pl-planned', expect.closeTo(120 / 1050, EXACT)],
      ['ref-fr', expect.closeTo(100 / 1050, EXACT)],
    ]);
    expect(e.assumptions.join(' ')).toContain('the target gives no demand, so consumption is held at the baseline');
  });

  it("REFINING with the target's demand 800: 18.75 % → 46.25 %, MET", () => {
    const e = of('tgt-dom-li-refining-demand');
    // 150 / 800 = 0.1875; 370 / 800 = 0.4625 ≥ 0.4; gap = max(0, 320 − 370) = 0
    expect(e.baselineShare).toBeCloseTo(0.1875, EXACT);
    expect(e.projectedShare).toBeCloseTo(0.4625, EXACT);
    expect(e.status).toBe('MET');
    expect(e.gap).toBe(0);
  });

  it('RECYCLING: recovered metal in the EU over the REFINING consumption (20 / 1,050), BELOW the 25 %', () => {
    const e = of('tgt-dom-li-recycling');
    // rec-de-hydro states 20 t Li of recovered metal (RECOVERED_METAL, installed 2024, operating): the same in 2030.
    expect(e.domesticSupply).toBeCloseTo(20, EXACT);
    expect(e.projectedDomesticSupply).toBeCloseTo(20, EXACT);
    expect(e.projectedShare).toBeCloseTo(20 / 1050, EXACT);
    expect(e.status).toBe('BELOW');
    // gap = 0.25 × 1,050 − 20 = 242.5
    expect(e.gap).toBeCloseTo(242.5, EXACT);
  });

  it('NO_BASELINE where consumption cannot be known: imports not recorded, or marked incomplete by a gap', () => {
    const li = of('tgt-dom-li-extraction');
    expect(li.status).toBe('NO_BASELINE');
    expect(li.reason).toMatch(/No imports of lithium at EXTRACTION into EU are recorded for 2024/);
    const ni = of('tgt-dom-ni-extraction');
    expect(ni.status).toBe('NO_BASELINE');
    expect(ni.reason).toContain('known to be incomplete (EU nickel ore imports: one trade code only)');
    for (const e of [li, ni]) {
      expect(e.baselineShare).toBe(0);
      expect(e.domesticSupply).toBeNull();
      expect(e.gap).toBeNull();
    }
  });

  it('NO_BASELINE, not 0 %, when no member production is recorded at all (members may be inside XW)', () => {
    const e = of('tgt-dom-mn-extraction');
    expect(e.status).toBe('NO_BASELINE');
    expect(e.reason).toContain('No production of manganese at EXTRACTION is recorded for any member of EU in 2024');
    expect(e.reason).toContain('XW, 200 t Mn');
  });
});

describe('RECYCLED_CONTENT and RECOVERY_RATE (Batteries Regulation)', () => {
  it('RECYCLED_CONTENT: recovered lithium / (cell GWh × intensity) in the target year, an estimate on parameters', () => {
    // cell-de 10 GWh NMC811 × MATERIAL_INTENSITY lithium NMC 100 t/GWh = 1,000 t Li; recovered 20 t Li ⇒ 2 %.
    const e = of('tgt-rc-li');
    expect(e.demand).toBeCloseTo(1000, EXACT);
    expect(e.projectedDomesticSupply).toBeCloseTo(20, EXACT);
    expect(e.projectedShare).toBeCloseTo(0.02, EXACT);
    expect(e.status).toBe('BELOW');
    // gap = 0.06 × 1,000 − 20 = 40 t Li
    expect(e.gap).toBeCloseTo(40, EXACT);
    expect(e.assumptions.join(' ')).toMatch(
      /Estimate resting on parameters: MATERIAL_INTENSITY lithium NMC 100 t\/GWh/,
    );
    const low = of('tgt-rc-li-low');
    expect(low.status).toBe('MET');
    expect(low.gap).toBe(0);
  });

  it('RECYCLED_CONTENT without a material intensity for the metal: NO_BASELINE with the reason', () => {
    const e = of('tgt-rc-co');
    expect(e.status).toBe('NO_BASELINE');
    expect(e.reason).toMatch(/No MATERIAL_INTENSITY of cobalt/);
  });

  it('RECOVERY_RATE is never shown as met: NO_BASELINE, the literature efficiency named as an assumption', () => {
    const li = of('tgt-rr-li');
    expect(li.status).toBe('NO_BASELINE');
    expect(li.minimum).toBe(0.5);
    expect(li.reason).toContain('No plant publishes the share of lithium it actually recovers');
    expect(li.reason).toContain('RECOVERY_EFFICIENCY lithium 0.8 fraction (0.7–0.9)');
    expect(li.reason).toContain('an assumption, not a measured rate');
    expect(of('tgt-rr-co').reason).toContain('No recovery-efficiency parameter for cobalt is in the data either');
  });
});
