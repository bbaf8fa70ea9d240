import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../api/src/dataset/types.js';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../seed/${name}`, import.meta.url), 'utf8')) as Partial<Dataset>;
const recycling = read('recycling.json') as Dataset;
const gaps = read('gaps.json').gaps ?? [];
const flows = read('flows.json').flows ?? [];
const core = read('core.json') as Dataset;

describe('seed/recycling.json capacities', () => {
  const recyclers = new Set(recycling.facilities.filter((f) => f.type === 'RECYCLER').map((f) => f.id));
  const row = (facility: string) => recycling.capacities.filter((c) => c.facility === facility);

  it('states what every recycler capacity row counts, with a basis, a source and notes saying how it was read', () => {
    expect(recycling.capacities.length).toBeGreaterThan(0);
    for (const c of recycling.capacities) {
      expect(recyclers.has(c.facility), c.facility).toBe(true);
      expect(c.measure, `${c.facility} ${c.material}`).toBeDefined();
      expect(['INSTALLED', 'ANNOUNCED']).toContain(c.basis);
      expect(c.sources.length, c.facility).toBeGreaterThan(0);
      expect(c.notes?.trim(), `${c.facility} ${c.year}: notes`).toBeTruthy();
    }
  });

  it('enters no battery input or hydrometallurgical feed as black-mass supply', () => {
    const blackMass = recycling.capacities.filter((c) => c.material === 'black-mass');
    for (const c of blackMass) expect(c.measure, c.facility).toBe('BLACK_MASS_OUTPUT');
    expect(row('rec-fortum-harjavalta')).toEqual([
      expect.objectContaining({ material: 'black-mass-feed', measure: 'BLACK_MASS_INPUT', value: 3000 }),
    ]);
    // AE Elemental's planned lithium-extraction step takes black mass: a feed, next to its battery-input shredder.
    expect(row('rec-ae-elemental-zawiercie').map((c) => [c.material, c.measure, c.basis, c.year, c.value])).toEqual([
      ['battery-input', 'BATTERY_INPUT', 'INSTALLED', 2024, 12000],
      ['black-mass-feed', 'BLACK_MASS_INPUT', 'ANNOUNCED', 2026, 20000],
    ]);
  });

  it.each([
    ['rec-umicore-hoboken', 2011, 7000],
    ['rec-sungeel-batonyterenye', 2021, 50000],
    ['rec-redux-bremerhaven', 2023, 10000],
    ['rec-librec-biberist', 2025, 12000],
    ['rec-duesenfeld-wendeburg', 2022, 3000],
    ['rec-fortum-ikaalinen', 2021, 3000],
    ['rec-fortum-kirchardt', 2023, 3000],
  ])('%s: the published battery input, %i, %i t/yr, installed', (facility, year, value) => {
    expect(row(facility)).toEqual([
      expect.objectContaining({ material: 'battery-input', measure: 'BATTERY_INPUT', basis: 'INSTALLED', year, value }),
    ]);
  });

  it('cylib Dormagen: only the current plan (60,000 t from 2027), not the superseded 30,000 t of 2026', () => {
    expect(row('rec-cylib-dormagen').map((c) => [c.basis, c.year, c.value])).toEqual([['ANNOUNCED', 2027, 60000]]);
  });

  it('enters no figure that its sources state only as a lower bound, a range or an ambiguous quantity', () => {
    // Szigetszentmiklós (7,000 vs 10,000 t), Portovesme (50–70 kt), Mercedes-Benz Kuppenheim (input or output?).
    for (const facility of ['rec-sungeel-szigetszentmiklos', 'rec-glencore-portovesme-hub', 'rec-mercedes-kuppenheim'])
      expect(row(facility), facility).toEqual([]);
  });
});

describe('black-mass flows and the export ban', () => {
  const oecd = new Map(core.countries.map((c) => [c.id, c.oecd]));
  const eu = new Set(core.countries.filter((c) => c.eu).map((c) => c.id));

  it('says the ban cannot be quantified exactly while no EU → non-OECD black-mass flow is recorded', () => {
    const banFlows = flows.filter((f) => f.material === 'black-mass' && eu.has(f.from) && oecd.get(f.to) === false);
    const gap = gaps.find((g) => g.id === 'gap-recycling-export-ban-effect');
    expect(gap !== undefined, 'gap row present ⇔ no flow to act on').toBe(banFlows.length === 0);
    expect(gap).toMatchObject({ material: 'black-mass', stage: 'RECYCLING', scope: 'EU' });
  });

  it('names the missing waste-battery trade code in an EU 2024 gap row', () => {
    expect(gaps.find((g) => g.id === 'gap-recycling-black-mass-flows-2024')).toMatchObject({
      material: 'black-mass',
      stage: 'RECYCLING',
      scope: 'EU',
      year: 2024,
      detail: expect.stringContaining('HS 854810'),
    });
  });
});

describe('targets without a sourced demand', () => {
  it('no target has a demand, and the 2029 and 2030 EU demand gaps say so', () => {
    const withDemand = recycling.targets.filter((t) => t.demand !== undefined);
    const years = new Set(recycling.targets.filter((t) => t.scope === 'EU').map((t) => t.targetYear));
    for (const year of [2029, 2030]) {
      expect(years.has(year), `an EU target for ${year}`).toBe(true);
      const gap = gaps.find((g) => g.id === `gap-target-demand-eu-${year}`);
      expect(gap !== undefined, `gap-target-demand-eu-${year} ⇔ no target of ${year} has a demand`).toBe(
        !withDemand.some((t) => t.targetYear === year),
      );
    }
  });
});
