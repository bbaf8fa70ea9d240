import { describe, expect, it } from 'vitest';
import { dependency } from '../../../api/src/analytics/shares.js';
import { dependencySeries } from '../../../api/src/analytics/series.js';
import { recycling } from '../../../api/src/projection/recycling.js';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { analyticsDataset, analyticsProjection, EXACT } from './load.js';

/**
 * Black mass at RECYCLING in the dependency shares (SPEC 4.7 "black-mass supply by country and year") is the recycling
 * balance's black mass, per plant — regression: the dependency matrix read "no data" for EU black mass while the
 * recycling view showed 33,663 t for the same scope and year (plants publish battery input, which the shares ignored).
 *
 * Hand-computed on tests/fixtures/analytics/recycling.json (scope EU = DE, FI, PL; 2024):
 * - DE shredder: 10,000 t battery input × BLACK_MASS_YIELD 0.4 = 4,000 t (an estimate resting on the yield);
 * - PL shredder: states 3,000 t BLACK_MASS_OUTPUT (a published capacity);
 * - DE smelter (2,000 t input, smelted: no black mass) and the NO shredder (outside the EU) are not EU black mass;
 * - imports: NO → FI 200 t black mass (a recorded flow).
 * Supply 4,000 + 3,000 + 200 = 7,200 t: DE 4,000/7,200 = 0.5556, PL 3,000/7,200 = 0.4167, NO 200/7,200 = 0.0278.
 * Coverage = statistics and flows of named countries / (that + stand-ins) = 200 / 7,200.
 */
describe('black mass at RECYCLING in the shares', () => {
  const p = analyticsProjection('recycling.json');
  const d = dependency(p, { scope: 'EU', material: 'black-mass', stage: 'RECYCLING', year: 2024 });

  it('counts each pre-treatment plant’s black mass as its country’s production, the same figure as the balance', () => {
    expect(d.total).toBeCloseTo(7200, EXACT);
    expect(d.producedInScope).toBeCloseTo(7000, EXACT);
    expect(d.producedInScope).toBeCloseTo(recycling(p, { scope: 'EU', year: 2024 }).blackMass, EXACT);
    const by = Object.fromEntries(d.shares.map((s) => [s.origin, s.share]));
    expect(by.DE).toBeCloseTo(4000 / 7200, EXACT);
    expect(by.PL).toBeCloseTo(3000 / 7200, EXACT);
    expect(by.NO).toBeCloseTo(200 / 7200, EXACT);
    expect(d.coverage).toBeCloseTo(200 / 7200, EXACT);
    expect(d.topThirdCountry?.origin).toBe('NO');
  });

  it('marks the estimate: the stand-in says which parameter it rests on, and the assumptions say so in words', () => {
    const de = d.standIns.find((x) => x.facility === 'rec-de-shred');
    const pl = d.standIns.find((x) => x.facility === 'rec-pl-shred');
    expect(de).toEqual({ facility: 'rec-de-shred', value: 4000, estimatedWith: 'BLACK_MASS_YIELD||' });
    expect(pl).toEqual({ facility: 'rec-pl-shred', value: 3000, estimatedWith: null });
    expect(d.standIns.map((x) => x.facility)).not.toContain('rec-de-smelter');
    expect(d.assumptions.join(' ')).toMatch(/4000 t from 1 pre-treatment plants is an estimate.*BLACK_MASS_YIELD 0\.4/);
    // The yield's source is among the figure's sources, beside the plant's capacity row.
    const yieldRow = p.dataset.parameters.find((x) => x.id === 'param-yield')!;
    for (const s of yieldRow.sources) expect(d.sources).toContain(s);
  });

  it('keeps a GLOBAL figure on statistics alone: no black-mass statistic, so no figure (not 0 %)', () => {
    const g = dependency(p, { scope: 'GLOBAL', material: 'black-mass', stage: 'RECYCLING', year: 2024 });
    expect(g.evidence).toBe('NONE');
    expect(g.top).toBeNull();
  });

  it('follows the yield: a scope without black-mass parameters has no estimate (the DE plant drops out)', () => {
    const withoutYield = buildProjection({ ...analyticsDataset('recycling.json'), parameters: [] });
    const r = dependency(withoutYield, { scope: 'EU', material: 'black-mass', stage: 'RECYCLING', year: 2024 });
    // Only PL's stated 3,000 t and the NO → FI 200 t remain.
    expect(r.total).toBeCloseTo(3200, EXACT);
    expect(r.standIns.map((x) => x.facility)).toEqual(['rec-pl-shred']);
  });

  it('has a series over the years of the plants’ battery-input rows, not "no year has data"', () => {
    // Regression: the series read "no year of the data has black mass at this stage" beside a 33,663 t figure.
    // Without flows and without the PL plant's stated black-mass output, only battery-input rows remain: installed
    // 2024 rows (DE shredder, smelter, NO); the planned DE shredder's 2027 row is ANNOUNCED and does not count.
    const ds = analyticsDataset('recycling.json');
    const inputOnly = buildProjection({
      ...ds,
      flows: [],
      capacities: ds.capacities.filter((c) => c.material !== 'black-mass'),
    });
    const series = dependencySeries(inputOnly, { scope: 'EU', material: 'black-mass', stage: 'RECYCLING' });
    expect(series.map((x) => x.year)).toEqual([2024]);
    // DE 10,000 t × 0.4, imports not recorded.
    expect(series[0]!.total).toBeCloseTo(4000, EXACT);
    expect(series[0]!.thirdCountryKnown).toBe(false);
  });
});
