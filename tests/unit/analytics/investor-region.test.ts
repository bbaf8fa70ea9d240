import { describe, expect, it } from 'vitest';
import { investorRegions } from '../../../api/src/analytics/investor-region.js';
import { dependency } from '../../../api/src/analytics/shares.js';
import { EXACT, analyticsProjection } from './load.js';

const values = (shares: { origin: string; value: number }[]) =>
  shares.map((s) => [s.origin, Number(s.value.toFixed(9))]);

describe('capacity by investor region (SPEC 4.0 supply, 4.3 ownership)', () => {
  const control = analyticsProjection('control.json');

  it('splits a scope capacity by the region of the ultimate owners', () => {
    const r = investorRegions(control, { stage: 'CELL', year: 2024, scope: 'EU' });
    // EU cell plants: cell-de-jv 50 (KOREA 25, EU 15, its unrecorded 20 % UNKNOWN 10), cell-hu-a 60 (CHINA 60): 110
    expect(r.total).toBeCloseTo(110, EXACT);
    expect(values(r.shares)).toEqual([
      ['CHINA', 60],
      ['KOREA', 25],
      ['EU', 15],
      ['UNKNOWN', 10],
    ]);
    expect(r.shares[0]!.share).toBeCloseTo(60 / 110, EXACT);
  });

  const inv = analyticsProjection('investors.json');
  // EU cell plants and their 2024 supply (latest INSTALLED row ≤ 2024, only while OPERATING or RAMP_UP):
  //   cell-pl-lg      PL OPERATING  installed 90 in 2019 (a step: still 90 in 2024)      → 90
  //   cell-de-gotion  DE RAMP_UP    installed 20 in 2023                                → 20
  //   cell-hu-jv      HU OPERATING  installed 30 in 2024                                → 30
  //   cell-de-orphan  DE OPERATING  installed 5 in 2022, no owners                      → 5
  //   cell-hu-catl    HU UNDER_CONSTRUCTION, announced 100 for 2025                     → 0 (a plan)
  //   cell-de-acc     DE PAUSED, installed 10                                           → 0 (paused)
  //   total 90 + 20 + 30 + 5 = 145
  it('counts only supply (no plans, no paused plants) with the step function, by effective share', () => {
    const r = investorRegions(inv, { stage: 'CELL', year: 2024, scope: 'EU' });
    expect(r.total).toBeCloseTo(145, EXACT);
    // cell-pl-lg 90: co-lg (KR), its unrecorded 70 % stays with co-lg, 30 % co-lg-holding (KR) → KOREA 90
    // cell-de-gotion 20: co-gotion (CN) keeps 75 % → CHINA 15; co-vw (DE) 25 % → EU 5
    // cell-hu-jv 30: co-lg 0.4 → KOREA 12, co-catl 0.4 → CHINA 12, unrecorded 0.2 → UNKNOWN 6
    // cell-de-orphan 5 → UNKNOWN 5
    // KOREA 102, CHINA 27, UNKNOWN 11, EU 5
    expect(values(r.shares)).toEqual([
      ['KOREA', 102],
      ['CHINA', 27],
      ['UNKNOWN', 11],
      ['EU', 5],
    ]);
    expect(r.facilities.map((f) => [f.facility, f.capacity, f.controller, f.controllerRegion])).toEqual([
      ['cell-pl-lg', 90, 'co-lg', 'KOREA'],
      ['cell-hu-jv', 30, 'co-catl', 'CHINA'], // co-catl 0.4 = co-lg 0.4: tie → lowest id
      ['cell-de-gotion', 20, 'co-gotion', 'CHINA'],
      ['cell-de-orphan', 5, null, 'UNKNOWN'],
    ]);
    expect(values(r.facilities[2]!.byRegion)).toEqual([
      ['CHINA', 15],
      ['EU', 5],
    ]);
  });

  it('gives all of a facility to its controller region with by: CONTROLLER', () => {
    const r = investorRegions(inv, { stage: 'CELL', year: 2024, scope: 'EU', by: 'CONTROLLER' });
    // KOREA 90 (cell-pl-lg), CHINA 30 + 20 = 50 (cell-hu-jv, cell-de-gotion), UNKNOWN 5 (cell-de-orphan)
    expect(r.total).toBeCloseTo(145, EXACT);
    expect(values(r.shares)).toEqual([
      ['KOREA', 90],
      ['CHINA', 50],
      ['UNKNOWN', 5],
    ]);
  });

  it('follows the years: 2023 has no cell-hu-jv row yet, 2021 no cell-de-orphan row', () => {
    // 2023: 90 + 20 + 5 = 115; 2021: 90 (cell-de-gotion's first row is 2023)
    expect(investorRegions(inv, { stage: 'CELL', year: 2023 }).total).toBeCloseTo(115, EXACT);
    expect(investorRegions(inv, { stage: 'CELL', year: 2021 }).total).toBeCloseTo(90, EXACT);
  });

  it('is the same number as dependency(LOCATION).producedInScope when members have no statistic (cross-view)', () => {
    for (const scope of ['EU', 'DE', 'HU', 'PL'])
      for (const year of [2019, 2021, 2023, 2024, 2025, 2026, 2030]) {
        const d = dependency(inv, { scope, material: 'cells', stage: 'CELL', year });
        const byShare = investorRegions(inv, { stage: 'CELL', year, scope });
        const byController = investorRegions(inv, { stage: 'CELL', year, scope, by: 'CONTROLLER' });
        expect(byShare.total, `${scope} ${year}`).toBeCloseTo(d.producedInScope, EXACT);
        expect(byController.total, `${scope} ${year}`).toBeCloseTo(d.producedInScope, EXACT);
        expect(d.standIns.reduce((a, x) => a + x.value, 0)).toBeCloseTo(d.producedInScope, EXACT);
        expect(byShare.shares.reduce((a, x) => a + x.value, 0)).toBeCloseTo(byShare.total, EXACT);
      }
    // not an empty check: EU 2024 is 145
    expect(dependency(inv, { scope: 'EU', material: 'cells', stage: 'CELL', year: 2024 }).producedInScope).toBe(145);
  });

  it('asks for a material at stages without a default one', () => {
    expect(() => investorRegions(inv, { stage: 'REFINING', year: 2024 })).toThrow(/Give a material/);
  });
});
