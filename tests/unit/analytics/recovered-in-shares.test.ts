import { describe, expect, it } from 'vitest';
import { dependency } from '../../../api/src/analytics/shares.js';
import { evaluateTarget } from '../../../api/src/analytics/targets.js';
import { originMixes } from '../../../api/src/analytics/look-through.js';
import { applyScenario } from '../../../api/src/projection/scenario.js';
import { STAGE_INDEX, buildProjection } from '../../../api/src/projection/projection.js';
import { EXACT, analyticsDataset } from './load.js';

const data = analyticsDataset('domestic-share.json');
const stored = buildProjection(data);
const under = (id: string) =>
  buildProjection(
    applyScenario(
      data,
      data.scenarios.find((s) => s.id === id)!,
    ).dataset,
  );
const q = { scope: 'EU', material: 'lithium', stage: 'REFINING' as const, year: 2024 };
const target = data.targets.find((t) => t.id === 'tgt-bb-li-refining')!;

// Lithium REFINING into the EU, 2024 (SPEC 4.1): DE statistic 100, FR refinery standing in 50, imports CN 800 + CL 100
// = 1,050. rec-de-hydro states 20 t Li recovered, but DE has a statistic: listed, not added (no double count).
describe('recovered metal enters the REFINING shares as production of the recovering country (SPEC 4.7)', () => {
  it('on the stored data: DE recovery listed as inStatistic, not added', () => {
    const d = dependency(stored, q);
    expect(d.total).toBeCloseTo(1050, EXACT);
    expect(d.recovered).toEqual([
      { country: 'DE', value: 20, basis: 'CAPACITY', parameters: [], inStatistic: true, plants: ['rec-de-hydro'] },
    ]);
    // coverage = (100 + 900) / (1,000 + 50) = 0.952… → STATISTICS
    expect(d.coverage).toBeCloseTo(1000 / 1050, EXACT);
    expect(d.evidence).toBe('STATISTICS');
    expect(d.assumptions.join(' ')).toContain(
      "Recovered metal not added because the country's REFINING statistic stands",
    );
  });

  it('a hypothetical recycler in France (addFacility, 100 t Li) moves the shares, stands in like capacity', () => {
    const d = dependency(under('scn-fr-recycler'), q);
    // total 1,150; FR = 50 + 100 = 150; CN 800 / 1,150 = 0.695652…
    expect(d.total).toBeCloseTo(1150, EXACT);
    expect(d.topThirdCountry).toMatchObject({ origin: 'CN', share: expect.closeTo(800 / 1150, EXACT) });
    expect(d.shares.find((s) => s.origin === 'FR')!.value).toBeCloseTo(150, EXACT);
    expect(d.recovered[0]).toEqual({
      country: 'FR',
      value: 100,
      basis: 'CAPACITY',
      parameters: [],
      inStatistic: false,
      plants: ['rec-fr-new'],
    });
    // It is not statistics: coverage 1,000 / 1,150 = 0.8696 → MIXED.
    expect(d.coverage).toBeCloseTo(1000 / 1150, EXACT);
    expect(d.evidence).toBe('MIXED');
    expect(d.assumptions.join(' ')).toContain('FR 100 t Li (stated recovered-metal capacity)');
    // Look-through's origin mix of France at REFINING (scope {FR}): ref-fr 50 + recovered 100 + CL→FR 100 = 250,
    // so FR 150/250 = 0.6 and CL 0.4 (on the stored data FR 50/150, CL 100/150).
    const p = under('scn-fr-recycler');
    const fr = p.countryIndex.get('FR')!;
    const mix = new Map(originMixes(p, p.materialIndex.get('lithium')!, STAGE_INDEX.REFINING, 2024).get(fr));
    expect(mix.get(fr)).toBeCloseTo(0.6, EXACT);
    expect(mix.get(p.countryIndex.get('CL')!)).toBeCloseTo(0.4, EXACT);
  });

  it('the 30–50 % tracker moves: OFF_TRACK on the stored data, MET_30 with the French recycler', () => {
    // Stored: B = 800/1,050; projects ref-pl-planned 0.25 × 480 = 120, ref-fr 1 × (150 − 50) = 100;
    // non-dominant = 1,050 − 800 + 220 = 470; demand 1,100: P = 630/1,100 = 0.572727; reduction = 1 − P/B = 0.248295.
    const before = evaluateTarget(stored, target);
    expect(before.baselineShare).toBeCloseTo(800 / 1050, EXACT);
    expect(before.projectedShare).toBeCloseTo(630 / 1100, EXACT);
    expect(before.reduction).toBeCloseTo(1 - 630 / 1100 / (800 / 1050), EXACT);
    expect(before.status).toBe('OFF_TRACK');
    // With rec-fr-new: B = 800/1,150; non-dominant = 1,150 − 800 + 220 = 570; P = 530/1,100 = 0.481818;
    // reduction = 1 − 0.481818 / 0.695652 = 0.307386 → MET_30.
    const after = evaluateTarget(under('scn-fr-recycler'), target);
    expect(after.baselineShare).toBeCloseTo(800 / 1150, EXACT);
    expect(after.projectedShare).toBeCloseTo(530 / 1100, EXACT);
    expect(after.reduction).toBeCloseTo(1 - 530 / 1100 / (800 / 1150), EXACT);
    expect(after.status).toBe('MET_30');
  });

  it('a planned recycler stating recovered metal is a project like a refinery (0.25 × 400 = 100 t Li)', () => {
    // non-dominant = 470 + 100 = 570; P = 530/1,100; B = 800/1,050; reduction = 1 − (530/1,100)/(800/1,050) = 0.367614.
    const e = evaluateTarget(under('scn-pl-recycler-planned'), target);
    expect(e.pipeline.find((x) => x.facility === 'rec-pl-new')).toMatchObject({
      weight: 0.25,
      capacity: 400,
      adds: 100,
    });
    expect(e.reduction).toBeCloseTo(1 - 530 / 1100 / (800 / 1050), EXACT);
    expect(e.status).toBe('MET_30');
    // Recovered metal counts toward the CRMA recycling benchmark, not the processing one.
    const dom = evaluateTarget(
      under('scn-fr-recycler'),
      data.targets.find((t) => t.id === 'tgt-dom-li-refining')!,
    );
    expect(dom.domesticSupply).toBeCloseTo(150, EXACT);
    expect(dom.demand).toBeCloseTo(1150, EXACT);
  });

  it('a GLOBAL figure rests on statistics alone: no recovered metal', () => {
    expect(dependency(under('scn-fr-recycler'), { ...q, scope: 'GLOBAL' }).recovered).toEqual([]);
  });
});
