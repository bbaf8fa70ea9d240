import { describe, expect, it } from 'vitest';
import { dependency } from '../../../api/src/analytics/shares.js';
import { EXACT, analyticsProjection } from './load.js';

const p = analyticsProjection('evidence.json');
const li = (scope: string, year: number) => dependency(p, { scope, material: 'lithium', stage: 'REFINING', year });

// evidence.json, lithium REFINING:
//   plants: ref-de-a DE installed 100 from 2022, ref-fr-a FR 40 from 2023, ref-pl-a PL 60 from 2024 (all OPERATING)
//   statistics: DE 90 (2024); DE 100 and XW 500 (2025). Flow: CN → FR 300 (2024).
describe('what a figure rests on (SPEC 4.1)', () => {
  it('GLOBAL rests on statistics only: plants alone give evidence NONE, no top, not "Germany 100 %"', () => {
    const d = li('GLOBAL', 2023);
    // no production row in 2023; ref-de-a and ref-fr-a exist but never stand in for GLOBAL
    expect(d.evidence).toBe('NONE');
    expect(d.total).toBe(0);
    expect(d.shares).toEqual([]);
    expect(d.top).toBeNull();
    expect(d.topThirdCountry).toBeNull();
    expect(d.importsRecorded).toBeNull();
    expect(d.thirdCountryKnown).toBe(false);
    expect(d.standIns).toEqual([]);
    expect(d.assumptions.join(' ')).toMatch(/there is no figure \(not 0 %\)/);
  });

  it('a region without flows: a plant-register estimate whose third-country dependency is unknown', () => {
    const d = li('EU', 2023);
    // stand-ins DE 100 + FR 40 = 140 (ref-pl-a has no row ≤ 2023); no flow into the EU in 2023
    expect(d.total).toBeCloseTo(140, EXACT);
    expect(d.evidence).toBe('REGISTER'); // coverage 0 / 140 = 0 < 0.1
    expect(d.importsRecorded).toBe(false);
    expect(d.thirdCountryKnown).toBe(false);
    expect(d.topThirdCountry).toBeNull();
    expect(d.top?.origin).toBe('DE');
    expect(d.producedInScope).toBeCloseTo(140, EXACT);
    expect(d.standIns).toEqual([
      { facility: 'ref-de-a', value: 100, estimatedWith: null },
      { facility: 'ref-fr-a', value: 40, estimatedWith: null },
    ]);
    expect(d.assumptions.join(' ')).toMatch(/third-country dependency is unknown, not absent/);
  });

  it('a region with flows: statistics, stand-ins only for members without a statistic, and imports', () => {
    const d = li('EU', 2024);
    // DE statistic 90 (ref-de-a does not stand in: DE has a row), FR stand-in 40, PL stand-in 60, CN → FR 300
    // total 490; statistics 90 + 300 = 390, stand-ins 100 → coverage 390/490 = 0.7959 → MIXED
    expect(d.total).toBeCloseTo(490, EXACT);
    expect(d.coverage).toBeCloseTo(390 / 490, EXACT);
    expect(d.evidence).toBe('MIXED');
    expect(d.importsRecorded).toBe(true);
    expect(d.thirdCountryKnown).toBe(true);
    expect(d.topThirdCountry?.origin).toBe('CN');
    expect(d.topThirdCountry?.share).toBeCloseTo(300 / 490, EXACT);
    expect(d.producedInScope).toBeCloseTo(190, EXACT); // 90 + 40 + 60
    expect(d.standIns.map((x) => x.facility)).toEqual(['ref-pl-a', 'ref-fr-a']);
  });

  it('takes one country as a scope', () => {
    const de = li('DE', 2024);
    // DE 90 from statistics; no flow into DE → imports not recorded
    expect([de.total, de.evidence, de.importsRecorded, de.topThirdCountry]).toEqual([90, 'STATISTICS', false, null]);
    const fr = li('FR', 2024);
    // FR: stand-in 40 + CN → FR 300 = 340; coverage 300/340 = 0.882 → MIXED; top third country CN 300/340
    expect(fr.total).toBeCloseTo(340, EXACT);
    expect(fr.evidence).toBe('MIXED');
    expect(fr.topThirdCountry?.share).toBeCloseTo(300 / 340, EXACT);
  });

  it('never makes XW top and leaves it out of the HHI', () => {
    const d = li('GLOBAL', 2025);
    // DE 100 + XW 500 = 600: XW is listed first but top is DE (1/6); HHI = (1/6)² = 0.02777…
    expect(d.shares.map((s) => s.origin)).toEqual(['XW', 'DE']);
    expect(d.top?.origin).toBe('DE');
    expect(d.top?.share).toBeCloseTo(1 / 6, EXACT);
    expect(d.hhi).toBeCloseTo(1 / 36, EXACT);
    expect(d.evidence).toBe('STATISTICS');
  });
});

describe('gaps shown where the number would be', () => {
  it('lists the gaps of the material × stage for the scope, its member countries and the year', () => {
    const ids = (scope: string, year: number) => li(scope, year).gaps.map((g) => g.id);
    // EU 2024: the EU-wide row, FR's 2024 row (FR is a member), the lithium row without a stage
    expect(ids('EU', 2024)).toEqual(['gap-li-all', 'gap-li-refining-eu', 'gap-li-refining-fr']);
    // FR's row is for 2024 only
    expect(ids('EU', 2023)).toEqual(['gap-li-all', 'gap-li-refining-eu']);
    // GLOBAL: only rows without a scope (an EU gap is not a world gap)
    expect(ids('GLOBAL', 2024)).toEqual(['gap-li-all']);
    expect(ids('DE', 2024)).toEqual(['gap-li-all']);
  });
});
