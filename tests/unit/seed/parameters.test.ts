import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { PARAMETER_KINDS, PARAMETER_UNIT } from '../../../api/src/dataset/model.js';
import { deriveIntensityRanges } from '../../../seed/derive/intensity-ranges.js';

const read = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../seed/${name}`, import.meta.url), 'utf8')) as Partial<Dataset>;
const parameters = read('parameters.json').parameters ?? [];
const gaps = read('gaps.json').gaps ?? [];
const sourceIds = new Set(
  ['parameters.json', 'recycling.json'].flatMap((name) => (read(name).sources ?? []).map((s) => s.id)),
);
const METALS = ['lithium', 'nickel', 'cobalt', 'manganese'];

describe('seed/parameters.json (the recycling analytics’ sourced defaults)', () => {
  it('gives every row its kind’s unit, a source, notes, and a range only around its value', () => {
    expect(parameters.length).toBeGreaterThan(0);
    for (const p of parameters) {
      expect(p.unit, p.id).toBe(PARAMETER_UNIT[p.kind]);
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const s of p.sources) expect(sourceIds.has(s), `${p.id}: source ${s}`).toBe(true);
      expect(p.notes?.trim(), p.id).toBeTruthy();
      if (p.low !== undefined || p.high !== undefined) {
        expect(p.low! <= p.value && p.value <= p.high!, `${p.id}: low ≤ value ≤ high`).toBe(true);
      }
      if (p.kind === 'BLACK_MASS_YIELD') expect(p.material, p.id).toBeUndefined();
      else expect(METALS, p.id).toContain(p.material);
    }
  });

  it('has a material intensity for each metal of each chemistry it names, from one model run', () => {
    const derived = new Set(deriveIntensityRanges(parameters).map((p) => p.id));
    const mi = parameters.filter((p) => p.kind === 'MATERIAL_INTENSITY' && !derived.has(p.id));
    const chemistries = [...new Set(mi.map((p) => p.chemistry))];
    expect(chemistries).toEqual(['NMC111', 'NMC532', 'NMC622', 'NMC811', 'NCA', 'LFP']);
    for (const chemistry of chemistries)
      expect(mi.filter((p) => p.chemistry === chemistry).map((p) => p.material).sort(), chemistry).toEqual(
        [...METALS].sort(),
      );
    // BatPaC 5.1, NMC811: 0.658375 kg Ni/kWh × 1000 = 658.37 t/GWh; 0.082605 kg Co/kWh = 82.61 t/GWh.
    const value = (material: string, chemistry: string) =>
      mi.find((p) => p.material === material && p.chemistry === chemistry)?.value;
    expect(value('nickel', 'NMC811')).toBe(658.37);
    expect(value('cobalt', 'NMC811')).toBe(82.61);
    // An LFP cell holds no nickel, cobalt or manganese: a sourced zero, not a missing figure.
    for (const metal of ['nickel', 'cobalt', 'manganese']) expect(value(metal, 'LFP'), metal).toBe(0);
  });

  it('a kind, metal or chemistry without a sourced default is a listed gap, never a guessed row', () => {
    for (const kind of PARAMETER_KINDS)
      if (!parameters.some((p) => p.kind === kind))
        expect(
          gaps.some((g) => g.stage === 'RECYCLING' && g.id.startsWith('gap-param-')),
          `${kind}: no rows and no gap-param- gap row`,
        ).toBe(true);
    // The recovery efficiencies are one model's point values (no range): the gap row says so.
    expect(gaps.map((g) => g.id)).toContain('gap-param-recovery-efficiency');
    const content = parameters.filter((p) => p.kind === 'BLACK_MASS_CONTENT');
    expect(content.some((p) => p.material === 'manganese' || p.chemistry === 'LFP')).toBe(false);
    expect(gaps.map((g) => g.id)).toContain('gap-param-black-mass-content');
  });

  it('has the recovery efficiency of hydrometallurgy per metal from Argonne’s EverBatt, with no invented range', () => {
    const re = parameters.filter((p) => p.kind === 'RECOVERY_EFFICIENCY');
    // EverBatt 2023, sheet 'CM Rec Par.', generic hydrometallurgical process: Co2+, Ni2+, Mn2+ = metal in the
    // black-mass feed × 0.98; crude Li2CO3 = lithium in the feed × 0.9 (Table 12 of ANL-19/16 gives the same).
    expect(Object.fromEntries(re.map((p) => [p.material, p.value]))).toEqual({
      lithium: 0.9,
      nickel: 0.98,
      cobalt: 0.98,
      manganese: 0.98,
    });
    for (const p of re) {
      expect(p.chemistry, p.id).toBeUndefined(); // EverBatt's generic process: any chemistry's black mass
      expect([p.low, p.high], p.id).toEqual([undefined, undefined]); // neither source gives a range
      expect(p.sources, p.id).toEqual(['src-param-anl-everbatt-2023', 'src-param-anl-everbatt-2019']);
      expect(p.value).toBeLessThanOrEqual(1);
    }
  });

  it('derives the NMC-family and any-chemistry intensities as the range of the sourced rows, midpoint as value', () => {
    // The committed rows are what seed/derive/intensity-ranges.ts gives (npm run derive:parameters).
    const derived = deriveIntensityRanges(parameters);
    expect(derived).toHaveLength(8);
    for (const row of derived) expect(parameters.find((p) => p.id === row.id), row.id).toEqual(row);
    const row = (id: string) => parameters.find((p) => p.id === id)!;
    // Lithium, NMC family: NMC811 99.80 … NMC111 123.51 t/GWh; midpoint (99.80 + 123.51) / 2 = 111.655 → 111.66.
    expect(row('param-mi-lithium-nmc-family')).toMatchObject({ chemistry: 'NMC', low: 99.8, high: 123.51, value: 111.66 });
    // Nickel, any chemistry: LFP 0 … NCA 709.99 t/GWh; midpoint 354.995 → 355.
    expect(row('param-mi-nickel-any-chemistry')).toMatchObject({ low: 0, high: 709.99, value: 355 });
    expect(row('param-mi-nickel-any-chemistry').chemistry).toBeUndefined();
    // Cobalt, NMC family: NMC811 82.61 … NMC111 341.37; midpoint 211.99.
    expect(row('param-mi-cobalt-nmc-family')).toMatchObject({ low: 82.61, high: 341.37, value: 211.99 });
    for (const p of derived) expect(p.notes, p.id).toMatch(/^Derived, not a sourced figure/);
  });
});
