import { describe, expect, it } from 'vitest';
import { dependency, dependencyMatrix } from '../../../api/src/analytics/shares.js';
import { AnalyticsInputError } from '../../../api/src/projection/scope.js';
import { EXACT, analyticsProjection } from './load.js';

const shares = analyticsProjection('shares.json');

describe('dependency shares (SPEC 4.1)', () => {
  it('gives several origins, top, top third country and HHI for GLOBAL production, with XW in the total only', () => {
    const d = dependency(shares, { material: 'lithium', stage: 'EXTRACTION', year: 2024 });
    // AU 500 + CL 250 + CN 150 + XW 100 = 1000
    expect(d.total).toBeCloseTo(1000, EXACT);
    expect(d.unit).toBe('t Li');
    expect(d.shares.map((s) => [s.origin, s.value, s.share])).toEqual([
      ['AU', 500, 0.5],
      ['CL', 250, 0.25],
      ['CN', 150, 0.15],
      ['XW', 100, 0.1],
    ]);
    expect(d.top?.origin).toBe('AU');
    expect(d.topThirdCountry?.origin).toBe('AU');
    // HHI leaves XW out: 0.5² + 0.25² + 0.15² = 0.25 + 0.0625 + 0.0225 = 0.335
    expect(d.hhi).toBeCloseTo(0.335, EXACT);
    // Only statistics; coverage on named countries: 900 / 900
    expect(d.coverage).toBeCloseTo(1, EXACT);
    expect(d.sources).toEqual(['src-fx']);
  });

  it('counts flows into a region from outside it, ignores flows within and out of it, and lets facility capacity stand in', () => {
    const d = dependency(shares, { scope: 'EU', material: 'lithium', stage: 'REFINING', year: 2024 });
    // DE production 100 + FR stand-in (ref-fr capacity of 2024, not 2023) 50 + imports CN→DE 600 + CL→FR 150 = 900.
    // ref-fr's PLANNED 1000 for 2024 is an announcement, not supply: it does not stand in.
    // Ignored: DE→FR 30 (within), DE→CN 40 (out), CN→AU 999 (not into EU), CN→DE at EXTRACTION, CN→DE in 2023.
    expect(d.total).toBeCloseTo(900, EXACT);
    expect(d.shares.map((s) => s.origin)).toEqual(['CN', 'CL', 'DE', 'FR']);
    expect(d.shares[0]!.share).toBeCloseTo(600 / 900, EXACT); // 0.666…
    expect(d.shares[3]!.share).toBeCloseTo(50 / 900, EXACT); // 0.0555…
    expect(d.top?.origin).toBe('CN');
    expect(d.topThirdCountry?.origin).toBe('CN');
    // HHI = (600² + 150² + 100² + 50²) / 900² = (360000 + 22500 + 10000 + 2500) / 810000 = 395000 / 810000
    expect(d.hhi).toBeCloseTo(395000 / 810000, EXACT);
    // Statistics 850 of 900 (FR's 50 is facility capacity)
    expect(d.coverage).toBeCloseTo(850 / 900, EXACT);
    expect(d.assumptions.join(' ')).toContain('FR (50 t Li');
    expect(d.standIns).toEqual([{ facility: 'ref-fr', value: 50, estimatedWith: null }]);
    expect(d.evidence).toBe('STATISTICS'); // coverage 0.944 ≥ 0.9
    expect(d.importsRecorded).toBe(true);
    expect(d.thirdCountryKnown).toBe(true);
    // produced inside the EU: DE 100 + FR 50 = 150 (imports 750 excluded)
    expect(d.producedInScope).toBeCloseTo(150, EXACT);
  });

  it('takes the top third country from outside the scope when the top origin is inside it', () => {
    const d = dependency(shares, { scope: 'DE', material: 'lithium', stage: 'REFINING', year: 2024 });
    // DE 100 (own) + CN→DE 600 = 700; FR→? none. Top CN (600), third country CN.
    expect(d.total).toBeCloseTo(700, EXACT);
    expect(d.topThirdCountry?.origin).toBe('CN');
  });

  it('returns every material × stage cell of the matrix in one call', () => {
    const cells = dependencyMatrix(shares, { scope: 'EU', year: 2024 });
    expect(cells).toHaveLength(5); // 1 material × 5 stages
    const refining = cells.find((c) => c.stage === 'REFINING')!;
    expect(refining.dependency.total).toBeCloseTo(900, EXACT);
    expect(cells.find((c) => c.stage === 'CELL')!.dependency.total).toBe(0);
  });

  it('rejects an unknown scope and an unknown material with a message naming the valid ones', () => {
    expect(() => dependency(shares, { scope: 'MARS', material: 'lithium', stage: 'REFINING', year: 2024 })).toThrow(
      AnalyticsInputError,
    );
    expect(() => dependency(shares, { material: 'unobtainium', stage: 'REFINING', year: 2024 })).toThrow(/lithium/);
  });
});

const control = analyticsProjection('control.json');

describe('CONTROL basis (SPEC 4.2)', () => {
  it('splits facility supply among ultimate owners, explains part of a statistic and keeps the rest with the country', () => {
    const d = dependency(control, { material: 'cells', stage: 'CELL', year: 2024, basis: 'CONTROL' });
    // GLOBAL rests on statistics alone: HU has none, so its plant does not stand in (it does for EU, below).
    // CN statistic 1000: cell-cn-a (300) explains 300 → co-catl CN 270, co-jp JP 30; 700 stays with CN.
    // DE statistic 40 < facilities 50 → scale 0.8: cell-de-jv explains 40 → KR 0.5·40 = 20, DE 0.3·40 = 12,
    //   the facility's unrecorded 0.2·40 = 8 → UNKNOWN.
    // KR statistic 200, no facilities → KR 200.
    // CN = 270 + 700 = 970; KR 220; JP 30; DE 12; UNKNOWN 8; total 1240.
    expect(d.total).toBeCloseTo(1240, EXACT);
    const by = Object.fromEntries(d.shares.map((s) => [s.origin, s.value]));
    expect(by.CN).toBeCloseTo(970, EXACT);
    expect(by.KR).toBeCloseTo(220, EXACT);
    expect(by.JP).toBeCloseTo(30, EXACT);
    expect(by.DE).toBeCloseTo(12, EXACT);
    expect(by.UNKNOWN).toBeCloseTo(8, EXACT);
    expect(d.shares.map((s) => s.origin)).toEqual(['CN', 'KR', 'JP', 'DE', 'UNKNOWN']);
    // HHI without UNKNOWN: (970² + 220² + 30² + 12²) / 1240² = (940900 + 48400 + 900 + 144) / 1537600
    expect(d.hhi).toBeCloseTo(990344 / 1537600, EXACT);
    // coverage: statistics 1240 of 1240
    expect(d.coverage).toBeCloseTo(1, EXACT);
    expect(d.standIns).toEqual([]);
  });

  it('gives the same total on the LOCATION basis, by country of production', () => {
    const d = dependency(control, { material: 'cells', stage: 'CELL', year: 2024 });
    expect(d.shares.map((s) => [s.origin, s.value])).toEqual([
      ['CN', 1000],
      ['KR', 200],
      ['DE', 40],
    ]);
  });

  it('sends facility flows to their owners and country flows by the country split, for a region scope', () => {
    const d = dependency(control, { scope: 'EU', material: 'cells', stage: 'CELL', year: 2024, basis: 'CONTROL' });
    // DE 40 → KR 20, DE 12, UNKNOWN 8; HU stand-in 60 → CN 60.
    // cell-cn-a → DE 25: CN 0.9·25 = 22.5, JP 2.5.
    // CN → HU 100 by CN's split (0.3 explained by cell-cn-a: CN 0.27, JP 0.03; 0.7 stays CN): CN 97, JP 3.
    // KR → HU 10: KR has no facilities → KR 10.
    // total 235; CN 60 + 22.5 + 97 = 179.5; KR 30; DE 12; UNKNOWN 8; JP 5.5.
    expect(d.total).toBeCloseTo(235, EXACT);
    const by = Object.fromEntries(d.shares.map((s) => [s.origin, s.value]));
    expect(by.CN).toBeCloseTo(179.5, EXACT);
    expect(by.KR).toBeCloseTo(30, EXACT);
    expect(by.JP).toBeCloseTo(5.5, EXACT);
    expect(by.DE).toBeCloseTo(12, EXACT);
    expect(by.UNKNOWN).toBeCloseTo(8, EXACT);
    expect(d.topThirdCountry?.origin).toBe('CN');
    expect(d.topThirdCountry?.share).toBeCloseTo(179.5 / 235, EXACT);
    // What stays where it was produced for lack of owners: CN→HU 100 × 0.7 = 70 and KR→HU 10 = 80 of 235.
    // (DE's 40 is wholly explained by cell-de-jv; HU's stand-in and cell-cn-a's flow follow their owners.)
    expect(d.ownershipCoverage).toBeCloseTo(1 - 80 / 235, EXACT);
  });

  it('says how much of a CONTROL figure rests on recorded owners; a figure with none is the LOCATION figure and says so', () => {
    // GLOBAL cells (above): CN 700 of its 1,000 and KR's 200 stay with the country: 900 of 1,240 kept,
    // ownership explains 340 / 1,240 = 27.4 %.
    const global = dependency(control, { material: 'cells', stage: 'CELL', year: 2024, basis: 'CONTROL' });
    expect(global.ownershipCoverage).toBeCloseTo(340 / 1240, EXACT);
    expect(global.assumptions).toContain(
      'Recorded ownership explains 27.4 % of this total; the other 72.6 % stays with the country it was produced in for lack of recorded owners (CN 700 GWh, KR 200 GWh): for that part the CONTROL figure is the LOCATION one.',
    );
    // The shares fixture has statistics and no facility owners at lithium EXTRACTION: nothing follows owners.
    const none = dependency(shares, { material: 'lithium', stage: 'EXTRACTION', year: 2024, basis: 'CONTROL' });
    expect(none.ownershipCoverage).toBe(0);
    expect(none.assumptions.some((a) => a.includes('so this CONTROL figure is the LOCATION one'))).toBe(true);
    expect(none.shares).toEqual(dependency(shares, { material: 'lithium', stage: 'EXTRACTION', year: 2024 }).shares);
    // LOCATION has no such figure.
    expect(dependency(control, { material: 'cells', stage: 'CELL', year: 2024 }).ownershipCoverage).toBeNull();
  });
});
