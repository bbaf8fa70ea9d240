import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatasetPath } from '../../../api/src/dataset/read.js';
import type { Dataset, ParameterRow } from '../../../api/src/dataset/types.js';
import { validateDataset, type DatasetError } from '../../../api/src/dataset/validate.js';
import { writeDatasetCsv } from '../../../api/src/dataset/write.js';
import { applyScenario } from '../../../api/src/projection/scenario.js';
import { fixture } from '../../helpers.js';

/** The small fixture plus the recycling metals and one parameter of each kind. */
function withParameters(): Dataset {
  const d = fixture('small.json');
  d.materials.push({ id: 'cobalt', name: 'Cobalt', unit: 't Co' }, { id: 'black-mass', name: 'Black mass', unit: 't' });
  const rows: ParameterRow[] = [
    {
      id: 'param-yield',
      kind: 'BLACK_MASS_YIELD',
      value: 0.4,
      low: 0.3,
      high: 0.5,
      unit: 't/t',
      sources: ['src-a'],
    },
    {
      id: 'param-content-co-nmc',
      kind: 'BLACK_MASS_CONTENT',
      material: 'cobalt',
      chemistry: 'NMC',
      value: 0.06,
      unit: 't/t',
      notes: 'read from table 2',
      sources: ['src-a'],
    },
    {
      id: 'param-eff-co',
      kind: 'RECOVERY_EFFICIENCY',
      material: 'cobalt',
      value: 0.95,
      unit: 'fraction',
      sources: ['src-b'],
    },
    {
      id: 'param-intensity-li-lfp',
      kind: 'MATERIAL_INTENSITY',
      material: 'lithium',
      chemistry: 'LFP',
      value: 90,
      low: 80,
      high: 100,
      unit: 't/GWh',
      sources: ['src-a', 'src-b'],
    },
  ];
  d.parameters = rows;
  return d;
}

function errorsAfter(change: (d: Dataset) => void): DatasetError[] {
  const d = withParameters();
  change(d);
  const result = validateDataset(d);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

const row = (d: Dataset, i: number): ParameterRow => d.parameters[i]!;

describe('dataset key parameters', () => {
  it('accepts one sourced row of each kind, each in its unit', () => {
    const result = validateDataset(withParameters());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok) expect(result.dataset.parameters.map((p) => p.id)).toHaveLength(4);
  });

  it('is optional: a document without it has no parameters', () => {
    const result = validateDataset(fixture('small.json'));
    expect(result.ok && result.dataset.parameters).toEqual([]);
  });

  it('rejects a value outside low–high, with path, value and reason', () => {
    expect(errorsAfter((d) => (row(d, 0).value = 0.6))).toEqual([
      { path: '/parameters/0/high', value: '0.5', message: 'must not be below value 0.6 (low ≤ value ≤ high)' },
    ]);
    expect(errorsAfter((d) => (row(d, 3).value = 70))).toEqual([
      { path: '/parameters/3/low', value: '80', message: 'must not exceed value 70 (low ≤ value ≤ high)' },
    ]);
  });

  it('keeps yields and contents (t/t) and efficiencies (fraction) within 0–1', () => {
    expect(
      errorsAfter((d) => {
        row(d, 1).value = 1.2;
        row(d, 2).value = 95;
      }),
    ).toEqual([
      { path: '/parameters/1/value', value: '1.2', message: 'a BLACK_MASS_CONTENT is tonnes per tonne from 0 to 1' },
      { path: '/parameters/2/value', value: '95', message: 'a RECOVERY_EFFICIENCY is a fraction from 0 to 1' },
    ]);
    expect(errorsAfter((d) => Object.assign(row(d, 0), { value: 0.4, high: 1.5 }))).toEqual([
      { path: '/parameters/0/high', value: '1.5', message: 'a BLACK_MASS_YIELD is tonnes per tonne from 0 to 1' },
    ]);
  });

  it("fixes each kind's unit", () => {
    expect(errorsAfter((d) => (row(d, 2).unit = '%'))).toEqual([
      { path: '/parameters/2/unit', value: '%', message: 'a RECOVERY_EFFICIENCY is in "fraction"' },
    ]);
    expect(errorsAfter((d) => (row(d, 3).unit = 'kg/kWh'))).toEqual([
      { path: '/parameters/3/unit', value: 'kg/kWh', message: 'a MATERIAL_INTENSITY is in "t/GWh"' },
    ]);
  });

  it('needs a metal for every kind but BLACK_MASS_YIELD, which has none', () => {
    expect(
      errorsAfter((d) => {
        delete row(d, 2).material;
        row(d, 3).material = 'black-mass';
        row(d, 0).material = 'cobalt';
      }),
    ).toEqual([
      {
        path: '/parameters/0/material',
        value: 'cobalt',
        message: 'a BLACK_MASS_YIELD is t black mass per t battery input; it has no material',
      },
      { path: '/parameters/2/material', value: null, message: 'a RECOVERY_EFFICIENCY needs the metal it is about' },
      {
        path: '/parameters/3/material',
        value: 'black-mass',
        message: 'a MATERIAL_INTENSITY is about a metal (lithium, nickel, cobalt, …), not "black-mass"',
      },
    ]);
  });

  it('checks material and source references like every other row', () => {
    expect(
      errorsAfter((d) => {
        row(d, 2).material = 'unobtainium';
        row(d, 1).sources = ['src-nowhere'];
      }),
    ).toEqual([
      { path: '/parameters/1/sources/0', value: 'src-nowhere', message: 'unknown source id "src-nowhere"' },
      { path: '/parameters/2/material', value: 'unobtainium', message: 'unknown material id "unobtainium"' },
    ]);
  });

  it('needs sources, a known kind and ids unique across kinds', () => {
    const errors = errorsAfter((d) => {
      delete (row(d, 0) as { sources?: string[] }).sources;
      Object.assign(row(d, 1), { kind: 'YIELD' });
    });
    expect(errors).toContainEqual({ path: '/parameters/0/sources', value: null, message: 'is required' });
    expect(errors).toContainEqual(expect.objectContaining({ path: '/parameters/1/kind', value: 'YIELD' }));
    expect(errorsAfter((d) => (row(d, 0).id = 'src-a'))).toEqual([
      {
        path: '/parameters/0/id',
        value: 'src-a',
        message: 'duplicate id "src-a" (also at /sources/0/id)',
      },
    ]);
  });

  it('holds one row per kind, material and chemistry', () => {
    expect(errorsAfter((d) => d.parameters.push({ ...row(d, 2), id: 'param-eff-co-2', value: 0.9 }))).toEqual([
      {
        path: '/parameters/4',
        value: 'param-eff-co-2',
        message: 'the same parameter (kind, material, chemistry) as /parameters/2; give one row per parameter',
      },
    ]);
  });

  it('round-trips through a CSV folder (numbers as numbers)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parameters-csv-'));
    try {
      const d = withParameters();
      await writeDatasetCsv(folder, d);
      const read = await readDatasetPath(folder);
      const result = validateDataset(read.document);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (result.ok) expect(result.dataset.parameters).toEqual(d.parameters);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});

describe('scenario parameter override', () => {
  const scenario = (parameter: Record<string, unknown>) => ({
    id: 'scn-p',
    name: 'Lower yield',
    overrides: [{ parameter }],
  });

  it('validates like a parameter row, with the override path', () => {
    const errors = errorsAfter((d) =>
      d.scenarios.push(scenario({ kind: 'RECOVERY_EFFICIENCY', material: 'cobalt', value: 2 }) as never),
    );
    expect(errors).toEqual([
      {
        path: `/scenarios/${fixture('small.json').scenarios.length}/overrides/0/parameter/value`,
        value: '2',
        message: 'a RECOVERY_EFFICIENCY is a fraction from 0 to 1',
      },
    ]);
  });

  it('replaces the value of the matching row and keeps its id, range and sources', () => {
    const d = withParameters();
    const { dataset, notes } = applyScenario(d, scenario({ kind: 'BLACK_MASS_YIELD', value: 0.35 }) as never);
    expect(dataset.parameters[0]).toMatchObject({ id: 'param-yield', value: 0.35, low: 0.3, high: 0.5 });
    expect(dataset.parameters[0]?.sources).toEqual(['src-a']);
    expect(d.parameters[0]?.value).toBe(0.4); // the stored data is not changed
    expect(notes[1]).toBe('Parameter BLACK_MASS_YIELD: 0.35 instead of 0.4.');
  });

  it('adds a parameter the data lacks, in its unit and without sources', () => {
    const { dataset, notes } = applyScenario(
      withParameters(),
      scenario({ kind: 'BLACK_MASS_CONTENT', material: 'cobalt', value: 0.05 }) as never,
    );
    expect(dataset.parameters.at(-1)).toMatchObject({
      kind: 'BLACK_MASS_CONTENT',
      material: 'cobalt',
      value: 0.05,
      unit: 't/t',
      sources: [],
    });
    expect(dataset.parameters).toHaveLength(5); // the NMC row is another parameter (chemistry differs)
    expect(notes[1]).toBe('Parameter BLACK_MASS_CONTENT of cobalt: 0.05 (not in the data).');
  });
});
