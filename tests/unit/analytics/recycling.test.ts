import { describe, expect, it } from 'vitest';
import type { RecoveredMetal, RecycledContent, RecyclingResult } from '../../../api/src/analytics/recycling.js';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { buildProjection, type Projection } from '../../../api/src/projection/projection.js';
import {
  recycling,
  recoveredMetalByCountry,
  recoveredMetalByPlant,
  recyclingBanEffect,
} from '../../../api/src/projection/recycling.js';
import { applyScenario } from '../../../api/src/projection/scenario.js';
import { fixture } from '../../helpers.js';

/**
 * Hand-computed fixture tests/fixtures/analytics/recycling.json (scope EU = DE, FI, PL; year 2024):
 * - pre-treatment: DE shredder 10,000 t battery input × BLACK_MASS_YIELD 0.4 = 4,000 t (PARAMETER);
 *   PL shredder states 3,000 t BLACK_MASS_OUTPUT (CAPACITY). Black mass 7,000 t. (DE smelter: 2,000 t battery input
 *   smelted, no black mass.) (NO shredder: outside the scope;
 *   DE planned shredder: only an ANNOUNCED 2027 row, not supply; PL recycler without capacity: noted.)
 * - flows: PL → CN 1,000 t and DE → KR 500 t exported (1,500 t); NO → FI 200 t imported.
 * - available: DE 4,000 − 500 = 3,500; PL 3,000 − 1,000 = 2,000; FI 200.
 * - hydrometallurgy: FI 5,000 t, DE 1,000 t feed capacity (6,000 t). Own first: DE 1,000 (surplus 2,500),
 *   PL 0 (surplus 2,000), FI 200 (free 4,800). Surplus 4,500 ≤ free 4,800: all moved to FI (DE→FI 2,500,
 *   PL→FI 2,000). FI processes 4,700, DE 1,000: processed 5,700; free (deficit) 300; unallocated 0.
 *   Check: 7,000 + 200 in = 5,700 + 1,500 + 0.
 * - recovered lithium: FI 4,700 × 0.03 × 0.8 = 112.8 (PARAMETER); DE hydromet states 20 t Li at 1,000 t feed, runs
 *   at 1,000/1,000 → 20 (CAPACITY). 132.8 t Li. Contained 4,700 × 0.03 + 1,000 × 0.03 = 171 → rate 132.8/171.
 * - nickel: (4,700 + 1,000) × 0.15 × 0.95 = 812.25; cobalt: 5,700 × 0.05 × 0.95 = 270.75.
 * - cell demand: DE 10 GWh NMC811 (family NMC), PL 5 GWh "LFP (prismatic)" (family LFP), FI 2 GWh no chemistry
 *   (mixed). Li: 10×100 + 5×90 + 2×95 = 1,640 t → 132.8/1,640 = 0.08098 ≥ 0.06 MET. Ni: 10×700 + 5×600 + 2×600 =
 *   11,200 → 812.25/11,200 = 0.07252 MET. Co: only an NMC intensity — PL and FI have none: NO_BASELINE.
 */
const data = (): Dataset => {
  const result = validateDataset(fixture('analytics/recycling.json'));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
};
const projection = (): Projection => buildProjection(data());
const EU2024 = { scope: 'EU', year: 2024 };
const close = (x: number | null | undefined, y: number) => expect(x).toBeCloseTo(y, 9);
const linkValue = (r: RecyclingResult, source: string, target: string) =>
  r.links.filter((l) => l.source === source && l.target === target).reduce((s, l) => s + l.value, 0);

describe('recycling balance (SPEC 4.7)', () => {
  const r = recycling(projection(), EU2024);

  it('turns battery input into black mass with the yield, and takes stated output as it is', () => {
    expect(r.batteryInput).toBe(10000);
    expect(r.smeltingInput).toBe(2000); // the DE smelter's input makes no black mass
    expect(r.notes.join('\n')).toContain('Battery input smelted (pyrometallurgy), which makes no black mass');
    close(r.blackMass, 7000);
    expect(r.blackMassBasis).toBe('PARAMETER');
    expect(r.links).toContainEqual({
      source: 'pretreatment:DE',
      target: 'black-mass:DE',
      value: 4000,
      material: 'black-mass',
      basis: 'PARAMETER',
    });
    expect(r.links).toContainEqual({
      source: 'pretreatment:PL',
      target: 'black-mass:PL',
      value: 3000,
      material: 'black-mass',
      basis: 'CAPACITY',
    });
  });

  it('balances: black mass + imports = processed + exported + unallocated', () => {
    close(r.imported, 200);
    close(r.exported, 1500);
    close(r.processedInScope, 5700);
    close(r.hydrometCapacity, 6000);
    close(r.hydrometFree, 300);
    close(r.unallocated, 0);
    close(r.blackMass + r.imported, r.processedInScope + r.exported + r.unallocated);
    expect(r.flowsRecorded).toBe(true);
    expect(r.processedBasis).toBe('PARAMETER'); // part of the black mass rests on the yield
    close(linkValue(r, 'black-mass:DE', 'hydromet:DE'), 1000);
    close(linkValue(r, 'black-mass:DE', 'hydromet:FI'), 2500);
    close(linkValue(r, 'black-mass:PL', 'hydromet:FI'), 2000);
    close(linkValue(r, 'import:NO', 'black-mass:FI'), 200);
    close(linkValue(r, 'black-mass:FI', 'hydromet:FI'), 200);
    expect(r.links.find((l) => l.target === 'export:CN')).toMatchObject({ value: 1000, basis: 'FLOW' });
  });

  it('says what it left out: announced capacity, a recycler without capacity, the deficit, the pooling', () => {
    expect(r.notes.join('\n')).toContain('PL recycler without capacity');
    expect(r.notes.join('\n')).toContain('Deficit: 300 t of hydrometallurgical capacity');
    expect(r.notes.join('\n')).toContain('assumed processed where hydrometallurgical capacity in EU is free');
    expect(r.notes.join('\n')).not.toContain('DE planned shredder');
  });

  it('recovers metal from processed black mass × content × efficiency, or a stated capacity', () => {
    const [li, ni, co] = ['lithium', 'nickel', 'cobalt'].map((m) => r.recovered.find((x) => x.material === m)!) as [
      RecoveredMetal,
      RecoveredMetal,
      RecoveredMetal,
    ];
    close(li?.value, 132.8);
    expect(li?.unit).toBe('t Li');
    expect(li?.basis).toBe('PARAMETER');
    expect(li?.byCountry.map((c) => c.origin)).toEqual(['FI', 'DE']);
    close(li?.byCountry[0]?.value, 112.8);
    close(li?.byCountry[1]?.value, 20);
    close(li?.recoveryRate, 132.8 / 171);
    expect(li?.parameters).toEqual(['BLACK_MASS_CONTENT|lithium|', 'RECOVERY_EFFICIENCY|lithium|']);
    close(ni?.value, 812.25);
    close(ni?.recoveryRate, 0.95);
    close(co?.value, 270.75);
  });

  it('compares the recovery rate with the target in force, else the next one', () => {
    const li = r.recovered.find((x) => x.material === 'lithium')!;
    // 2024: no target in force yet; the next is end-2027, 50 %.
    expect([li.targetRate, li.targetYear, li.targetInForce, li.meetsTarget]).toEqual([0.5, 2027, false, true]);
    expect([li.benchmarkShare, li.benchmarkYear]).toEqual([0.25, 2030]);
    const later = recycling(projection(), { scope: 'EU', year: 2031 }).recovered.find((x) => x.material === 'lithium')!;
    // 2031: the 80 % target is in force; 0.7766 < 0.8.
    expect([later.targetRate, later.targetYear, later.targetInForce, later.meetsTarget]).toEqual([
      0.8,
      2031,
      true,
      false,
    ]);
    const ni = r.recovered.find((x) => x.material === 'nickel')!;
    expect([ni.targetRate, ni.meetsTarget]).toEqual([null, null]); // no nickel recovery target in the fixture
  });

  it('recycled content: recovered / (cell GWh × intensity by chemistry), NO_BASELINE where an intensity is missing', () => {
    const [li, ni, co] = ['lithium', 'nickel', 'cobalt'].map((m) =>
      r.recycledContent.find((x) => x.material === m)!,
    ) as [RecycledContent, RecycledContent, RecycledContent];
    close(li.cellDemand, 1640);
    close(li.share, 132.8 / 1640);
    expect([li.status, li.minimum, li.targetYear, li.inForce]).toEqual(['MET', 0.06, 2031, false]);
    expect(li.reason).toContain(
      'NMC (100 t/GWh) as their family for 1 plant; LFP (90 t/GWh) as their family for 1 plant; mixed (95 t/GWh) (chemistry not stated) for 1 plant',
    );
    close(ni.cellDemand, 11200);
    close(ni.share, 812.25 / 11200);
    expect(ni.status).toBe('MET');
    expect(co).toMatchObject({ status: 'NO_BASELINE', cellDemand: null, share: null });
    // PL states LFP, for which there is no cobalt intensity; FI states none and the only one (NMC) stands in.
    expect(co.reason).toContain('1 of 3 cell plants');
  });

  it('lists every parameter used with its sources and range', () => {
    const keys = r.parameters.map((p) => p.key);
    expect(keys).toContain('BLACK_MASS_YIELD||');
    expect(keys).toContain('MATERIAL_INTENSITY|lithium|LFP');
    expect(r.parameters.find((p) => p.key === 'BLACK_MASS_YIELD||')).toMatchObject({
      id: 'param-yield',
      value: 0.4,
      low: 0.3,
      high: 0.5,
      overridden: false,
      sources: ['src-lit'],
    });
  });
});

describe('no data is no data, never 0', () => {
  it('before any plant has capacity: black mass and recovered metal have basis NONE', () => {
    const r = recycling(projection(), { scope: 'EU', year: 2023 });
    expect(r.blackMassBasis).toBe('NONE');
    expect(r.processedBasis).toBe('NONE');
    expect(r.recovered.every((x) => x.basis === 'NONE' && x.reason !== null)).toBe(true);
    expect(r.recycledContent.every((x) => x.status === 'NO_BASELINE')).toBe(true);
    expect(r.notes.join('\n')).toContain('No black-mass flows are recorded');
  });

  it('without a yield, battery input is not black mass', () => {
    const d = data();
    d.parameters = d.parameters.filter((p) => p.kind !== 'BLACK_MASS_YIELD');
    const r = recycling(buildProjection(d), EU2024);
    close(r.blackMass, 3000); // the stated PL output only
    expect(r.blackMassBasis).toBe('CAPACITY');
    expect(r.notes.join('\n')).toContain('No BLACK_MASS_YIELD for DE shredder (10,000 t)');
  });

  it('with hydrometallurgy but no known feed (no yield, no imports), processing is no data, not 0', () => {
    const d = data();
    d.parameters = d.parameters.filter((p) => p.kind !== 'BLACK_MASS_YIELD');
    d.flows = [];
    d.capacities = d.capacities.filter((c) => c.facility !== 'rec-pl-shred');
    const r = recycling(buildProjection(d), EU2024);
    expect([r.blackMassBasis, r.processedBasis, r.processedInScope]).toEqual(['NONE', 'NONE', 0]);
    expect(r.notes.join('\n')).toContain(
      "Processing is no data: EU's 6,000 t of hydrometallurgical capacity has no known feed",
    );
    expect(r.notes.join('\n')).not.toContain('Deficit');
    // Recovered metal resting on that missing feed is no data too.
    expect(r.recovered.find((x) => x.material === 'nickel')).toMatchObject({ basis: 'NONE', value: 0 });
    expect(r.recovered.find((x) => x.material === 'lithium')?.reason).toContain('no recorded black-mass feed');
  });

  it("a parameter of the data's only chemistry stands in for plants without one, and the notes say so", () => {
    const d = data();
    const li = d.parameters.find((p) => p.id === 'param-content-li')!;
    li.chemistry = 'NMC'; // the data's only lithium content is for NMC black mass
    const r = recycling(buildProjection(d), EU2024);
    close(r.recovered.find((x) => x.material === 'lithium')?.value, 132.8); // same value, now a stand-in
    expect(r.notes).toContain(
      'BLACK_MASS_CONTENT lithium NMC 0.03 t/t stands in for FI hydromet (chemistry not stated), DE hydromet (chemistry not stated): no parameter of their own chemistry.',
    );
    // Two chemistries and no mixed row: nothing stands in.
    d.parameters.push({ ...li, id: 'param-content-li-lfp', chemistry: 'LFP', value: 0.02 });
    const two = recycling(buildProjection(d), EU2024).recovered.find((x) => x.material === 'lithium')!;
    close(two.value, 20); // only the DE hydromet's stated 20 t Li
    expect(two.basis).toBe('CAPACITY');
  });

  it('without any hydrometallurgical capacity, the black mass has no destination in the data (not "nowhere")', () => {
    const d = data();
    d.capacities = d.capacities.filter((c) => c.material !== 'black-mass-feed');
    const r = recycling(buildProjection(d), EU2024);
    expect(r.processedBasis).toBe('NONE');
    close(r.unallocated, 7000 + 200 - 1500); // all known black mass + imports − exports
    expect(r.notes.join('\n')).toContain('5,700 t of black mass has no destination in the data');
    expect(r.notes.join('\n')).not.toContain('Surplus');
  });

  it('without a content parameter, recovered nickel is NONE with the reason', () => {
    const d = data();
    d.parameters = d.parameters.filter((p) => p.id !== 'param-content-ni');
    const ni = recycling(buildProjection(d), EU2024).recovered.find((x) => x.material === 'nickel')!;
    expect(ni).toMatchObject({ basis: 'NONE', value: 0, recoveryRateKnown: false });
    expect(ni.reason).toBe('No BLACK_MASS_CONTENT of nickel in the parameters: recovered nickel cannot be estimated.');
  });
});

describe('parameters: defaults, scenario, query', () => {
  it('a query override replaces the default and is marked overridden', () => {
    const r = recycling(projection(), { ...EU2024, parameters: [{ kind: 'BLACK_MASS_YIELD', value: 0.3 }] });
    close(r.blackMass, 10000 * 0.3 + 3000);
    expect(r.parameters.find((p) => p.key === 'BLACK_MASS_YIELD||')).toMatchObject({
      id: 'param-yield',
      value: 0.3,
      overridden: true,
      sources: ['src-lit'],
    });
  });

  it("a scenario's parameter override reaches the figures and is marked against the stored data", () => {
    const d = data();
    const { dataset } = applyScenario(
      d,
      d.scenarios.find((s) => s.id === 'scn-low-yield')!,
    );
    const r = recycling(buildProjection(dataset), { ...EU2024, baseParameters: d.parameters });
    close(r.blackMass, 6000);
    expect(r.parameters.find((p) => p.key === 'BLACK_MASS_YIELD||')?.overridden).toBe(true);
    expect(r.parameters.find((p) => p.key === 'BLACK_MASS_CONTENT|lithium|')?.overridden).toBe(false);
  });

  it('rejects an override that breaks the parameter rules, with its path', () => {
    expect(() =>
      recycling(projection(), {
        ...EU2024,
        parameters: [{ kind: 'RECOVERY_EFFICIENCY', material: 'lithium', value: 80 }],
      }),
    ).toThrow('parameters[0].value: a RECOVERY_EFFICIENCY is a fraction from 0 to 1 (got 80)');
  });
});

describe('the black-mass export ban', () => {
  /*
   * The ban removes PL → CN (1,000 t, CN non-OECD); DE → KR stays (KR is OECD). PL's surplus becomes 3,000 t;
   * surplus 2,500 + 3,000 = 5,500 t against 4,800 t free in FI: 4,800 moved, 700 unallocated. Processed
   * 1,000 + 200 + 4,800 = 6,000 t (300 more than without the ban); kept 1,000 t: 300 processed, 700 unallocated.
   */
  it('keeps the banned exports in the scope: processed where capacity is free, else unallocated', () => {
    const d = data();
    const withBan = buildProjection(
      applyScenario(
        d,
        d.scenarios.find((s) => s.id === 'scn-ban')!,
      ).dataset,
    );
    const { effect } = recyclingBanEffect(buildProjection(d), withBan, EU2024);
    expect(effect).toMatchObject({ keptByBan: 1000 });
    close(effect.processedOfKept, 300);
    close(effect.unallocatedOfKept, 700);
    const r = recycling(withBan, EU2024);
    close(r.exported, 500);
    close(r.processedInScope, 6000);
    close(r.unallocated, 700);
    close(r.blackMass + r.imported, r.processedInScope + r.exported + r.unallocated);
    // Lithium: FI 5,000 × 0.03 × 0.8 = 120, + DE 20 = 140.
    close(r.recovered.find((x) => x.material === 'lithium')?.value, 140);
  });
});

describe('recovered metal by country (for the REFINING shares)', () => {
  it('gives each recovering country its recovered metal, with basis, parameters and sources', () => {
    const rows = recoveredMetalByCountry(projection(), 2024, 'EU');
    const li = rows.filter((x) => x.material === 'lithium');
    expect(li.map((x) => [x.country, Math.round(x.value * 1000) / 1000])).toEqual([
      ['FI', 112.8],
      ['DE', 20],
    ]);
    expect(li[0]).toMatchObject({ basis: 'PARAMETER' });
    expect(li[0]?.sources).toContain('src-lit');
    expect(recoveredMetalByCountry(projection(), 2023, 'EU')).toEqual([]);
  });
});

describe('recovered metal by plant (for the target evaluators)', () => {
  it('gives each plant its figure, basis, parameter rows and capacity rows', () => {
    const p = projection();
    const li = recoveredMetalByPlant(p, 2024, { scope: 'EU' }).filter((x) => x.material === 'lithium');
    expect(li.map((x) => [x.facility, x.basis, Math.round(x.value * 1000) / 1000])).toEqual([
      ['rec-fi-hydro', 'PARAMETER', 112.8], // 4,700 × 0.03 × 0.8
      ['rec-de-hydro', 'CAPACITY', 20], // stated
    ]);
    expect(li[0]?.parameterRows).toEqual([
      { id: 'param-content-li', key: 'BLACK_MASS_CONTENT|lithium|', value: 0.03 },
      { id: 'param-eff-li', key: 'RECOVERY_EFFICIENCY|lithium|', value: 0.8 },
    ]);
    expect(li[1]?.parameterRows).toEqual([]);
    expect(li[0]?.capacityRows.map((r) => p.dataset.capacities[r]?.facility)).toEqual(['rec-fi-hydro']);
    expect(li[0]?.facilityIndex).toBe(p.facilityIndex.get('rec-fi-hydro'));
  });

  it('PROJECTED counts the latest row of either basis, any status: the planned shredder adds 50,000 × 0.4', () => {
    const p = projection();
    close(recycling(p, { scope: 'EU', year: 2027 }).blackMass, 7000);
    close(recycling(p, { scope: 'EU', year: 2027, capacity: 'PROJECTED' }).blackMass, 27000);
  });
});
