import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetReadError, readDatasetPath } from '../../../api/src/dataset/read.js';
import type { Dataset, FacilityRow } from '../../../api/src/dataset/types.js';
import { validateDataset, type DatasetError } from '../../../api/src/dataset/validate.js';
import { writeDatasetCsv } from '../../../api/src/dataset/write.js';
import { fixture } from '../../helpers.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

/** The contract fixture (version 2, with a status history, a designation, an `asOf` and gaps) after `change`. */
function errorsAfter(change: (d: Dataset) => void): DatasetError[] {
  const doc = fixture('contract.json');
  change(doc);
  const result = validateDataset(doc);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

function berlin(d: Dataset): FacilityRow {
  const f = d.facilities[3];
  if (f?.id !== 'cell-alpha-berlin') throw new Error('fixture changed: /facilities/3 is not cell-alpha-berlin');
  return f;
}

const V1 = {
  version: 1,
  sources: [{ id: 'src-a', title: 'A', publisher: 'P', year: 2025 }],
  countries: [{ id: 'DE', name: 'Germany', eu: true, oecd: true, regions: [] }],
  materials: [{ id: 'cells', name: 'Cells', unit: 'GWh' }],
  facilities: [
    {
      id: 'cell-x',
      name: 'X',
      type: 'CELL_PLANT',
      stage: 'CELL',
      country: 'DE',
      status: 'OPERATING',
      sources: ['src-a'],
    },
  ],
  capacities: [
    { facility: 'cell-x', material: 'cells', year: 2024, value: 10, unit: 'GWh', sources: ['src-a'] },
    {
      facility: 'cell-x',
      material: 'cells',
      year: 2025,
      value: 12,
      unit: 'GWh',
      kind: 'INSTALLED',
      sources: ['src-a'],
    },
    { facility: 'cell-x', material: 'cells', year: 2030, value: 40, unit: 'GWh', kind: 'PLANNED', sources: ['src-a'] },
  ],
};

describe('format version 1 documents', () => {
  it('are upgraded on read: PLANNED capacity becomes ANNOUNCED, the rest INSTALLED, and kind is gone', () => {
    const result = validateDataset(structuredClone(V1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.version).toBe(2);
    expect(result.dataset.capacities.map((c) => [c.year, c.basis])).toEqual([
      [2024, 'INSTALLED'],
      [2025, 'INSTALLED'],
      [2030, 'ANNOUNCED'],
    ]);
    expect(result.dataset.capacities.some((c) => 'kind' in c)).toBe(false);
    expect(result.dataset.gaps).toEqual([]);
  });

  it('are checked against the version-1 shape: a bad kind is named, a version-2 field says to declare version 2', () => {
    const bad = structuredClone(V1);
    Object.assign(bad.capacities[0]!, { kind: 'MAYBE' });
    Object.assign(bad.capacities[1]!, { basis: 'INSTALLED' });
    const result = validateDataset(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual({
      path: '/capacities/0/kind',
      value: 'MAYBE',
      message: 'must be one of INSTALLED, PLANNED',
    });
    expect(result.errors).toContainEqual({
      path: '/capacities/1/basis',
      value: 'INSTALLED',
      message:
        'is a field of format version 2, but the document says "version": 1; declare version 2 (and give every capacity row its basis)',
    });
  });

  it('keep validating: the version-1 fixtures (CSV folder, web and analytics datasets)', async () => {
    const csv = await readDatasetPath(join(FIXTURES, 'csv-small'));
    expect(csv.document).toMatchObject({ version: 1 });
    for (const document of [csv.document, fixture('web.json'), fixture('analytics/shares.json')]) {
      const result = validateDataset(document);
      expect(result.ok ? [] : result.errors).toEqual([]);
    }
  });

  it('and version-2 documents cannot be mixed in one folder of JSON parts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parts-v-'));
    await writeFile(join(dir, 'a.json'), JSON.stringify({ version: 1, regions: [] }));
    await writeFile(join(dir, 'b.json'), JSON.stringify({ version: 2, regions: [] }));
    await expect(readDatasetPath(dir)).rejects.toThrow(/b\.json: "version" is 2 but .*a\.json says 1/);
    await expect(readDatasetPath(dir)).rejects.toBeInstanceOf(DatasetReadError);
  });
});

describe('format version 2 documents', () => {
  it('validate with status histories, designations, asOf and gaps', () => {
    const result = validateDataset(fixture('contract.json'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.dataset.version).toBe(2);
    expect(berlin(result.dataset).statusHistory?.map((s) => s.status)).toEqual([
      'UNDER_CONSTRUCTION',
      'RAMP_UP',
      'OPERATING',
    ]);
    expect(berlin(result.dataset).designations?.[0]?.kind).toBe('IPCEI');
    expect(result.dataset.ownership[0]?.asOf).toBe('2025-12-31');
    expect(result.dataset.gaps.map((g) => g.id)).toEqual(['gap-eu-lithium-refining', 'gap-black-mass-flows']);
  });

  it('reject an unknown version, naming the versions read', () => {
    expect(errorsAfter((d) => ((d as { version: number }).version = 3))).toContainEqual({
      path: '/version',
      value: '3',
      message: 'must be 2 (the current format version) or 1 (read and upgraded to 2)',
    });
  });

  it('need a basis on every capacity row, and no kind', () => {
    const errors = errorsAfter((d) => {
      delete (d.capacities[0] as { basis?: string }).basis;
      Object.assign(d.capacities[1]!, { kind: 'PLANNED' });
    });
    expect(errors).toContainEqual({ path: '/capacities/0/basis', value: null, message: 'is required' });
    expect(errors).toContainEqual({
      path: '/capacities/1/kind',
      value: 'PLANNED',
      message: 'is not a field of this row',
    });
  });

  it('reject a basis outside INSTALLED, ANNOUNCED', () => {
    const errors = errorsAfter((d) => Object.assign(d.capacities[0]!, { basis: 'PLANNED' }));
    expect(errors).toContainEqual({
      path: '/capacities/0/basis',
      value: 'PLANNED',
      message: 'must be one of INSTALLED, ANNOUNCED',
    });
  });

  describe('status history', () => {
    it('rejects a date that is not real', () => {
      const errors = errorsAfter((d) => (berlin(d).statusHistory![1]!.date = '2023-13'));
      expect(errors).toEqual([
        {
          path: '/facilities/3/statusHistory/1/date',
          value: '2023-13',
          message: 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)',
        },
      ]);
    });

    it('rejects entries out of order (a year counts as its first day)', () => {
      const errors = errorsAfter((d) => (berlin(d).statusHistory![1]!.date = '2020-12'));
      expect(errors).toEqual([
        {
          path: '/facilities/3/statusHistory/1/date',
          value: '2020-12',
          message: 'is before the entry above it (2021); the history is oldest first',
        },
      ]);
      // 2021 then 2021-01-01: the same day, allowed.
      const same = fixture('contract.json');
      berlin(same).statusHistory![1]!.date = '2021-01-01';
      expect(validateDataset(same).ok).toBe(true);
    });

    it("rejects a last entry whose status is not the facility's status", () => {
      const errors = errorsAfter((d) => (berlin(d).status = 'PAUSED'));
      expect(errors).toEqual([
        {
          path: '/facilities/3/statusHistory/2/status',
          value: 'OPERATING',
          message: "the last entry of the history must have the facility's status PAUSED",
        },
      ]);
    });

    it("rejects a last entry not dated the facility's statusDate (when it has one)", () => {
      const errors = errorsAfter((d) => (berlin(d).statusDate = '2025-04'));
      expect(errors).toEqual([
        {
          path: '/facilities/3/statusHistory/2/date',
          value: '2025-03-01',
          message: "the last entry of the history must be dated the facility's statusDate 2025-04",
        },
      ]);
      const undated = fixture('contract.json');
      delete berlin(undated).statusDate;
      expect(validateDataset(undated).ok).toBe(true);
    });

    it('rejects an unknown source and an empty history', () => {
      expect(errorsAfter((d) => (berlin(d).statusHistory![0]!.sources = ['src-nowhere']))).toEqual([
        {
          path: '/facilities/3/statusHistory/0/sources/0',
          value: 'src-nowhere',
          message: 'unknown source id "src-nowhere"',
        },
      ]);
      expect(errorsAfter((d) => (berlin(d).statusHistory = []))[0]).toMatchObject({
        path: '/facilities/3/statusHistory',
      });
    });
  });

  describe('designations', () => {
    it('reject a kind that is not upper snake case', () => {
      const errors = errorsAfter((d) => (berlin(d).designations![0]!.kind = 'Strategic project'));
      expect(errors).toEqual([
        {
          path: '/facilities/3/designations/0/kind',
          value: 'Strategic project',
          message: 'must be upper snake case, e.g. CRMA_STRATEGIC_PROJECT',
        },
      ]);
    });

    it('reject a date that is not real and an unknown source', () => {
      const errors = errorsAfter((d) => {
        berlin(d).designations![0]!.date = '2021-02-30';
        berlin(d).designations![0]!.sources = ['src-a', 'src-report'];
      });
      expect(errors).toEqual([
        {
          path: '/facilities/3/designations/0/date',
          value: '2021-02-30',
          message: 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)',
        },
        { path: '/facilities/3/designations/0/sources/0', value: 'src-a', message: 'unknown source id "src-a"' },
      ]);
    });
  });

  it('reject an ownership asOf that is not a real date', () => {
    expect(errorsAfter((d) => (d.ownership[0]!.asOf = '2025-02-29'))).toEqual([
      { path: '/ownership/0/asOf', value: '2025-02-29', message: 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    ]);
  });

  describe('gaps', () => {
    it('reject an unknown material, scope and source', () => {
      const errors = errorsAfter((d) => Object.assign(d.gaps[0]!, { material: 'tin', scope: 'MARS', sources: ['x'] }));
      expect(errors).toEqual(
        expect.arrayContaining([
          { path: '/gaps/0/material', value: 'tin', message: 'unknown material id "tin"' },
          {
            path: '/gaps/0/scope',
            value: 'MARS',
            message: 'unknown scope "MARS" (GLOBAL, a region id or a country id)',
          },
          { path: '/gaps/0/sources/0', value: 'x', message: 'unknown source id "x"' },
        ]),
      );
      expect(errors).toHaveLength(3);
    });

    it('reject a stage outside the list and a missing title', () => {
      const errors = errorsAfter((d) => {
        Object.assign(d.gaps[0]!, { stage: 'SMELTING' });
        delete (d.gaps[1] as { title?: string }).title;
      });
      expect(errors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ path: '/gaps/0/stage', value: 'SMELTING' }),
          { path: '/gaps/1/title', value: null, message: 'is required' },
        ]),
      );
    });

    it('accept a GLOBAL scope, a country scope, and have ids unique across kinds', () => {
      const ok = fixture('contract.json');
      ok.gaps[0]!.scope = 'GLOBAL';
      ok.gaps[1]!.scope = 'DE';
      expect(validateDataset(ok).ok).toBe(true);
      expect(errorsAfter((d) => (d.gaps[1]!.id = 'lithium'))).toEqual([
        {
          path: '/gaps/1/id',
          value: 'lithium',
          message: 'duplicate id "lithium" (also at /materials/0/id)',
        },
      ]);
    });
  });
});

describe('references and dates wherever the row model has them', () => {
  it("check a source accessed date, and an added facility's sources and status date", () => {
    const errors = errorsAfter((d) => {
      d.sources[0]!.accessed = '2025-04-31';
      d.scenarios[0]!.overrides.push({
        addFacility: {
          id: 'cell-new',
          name: 'New',
          type: 'CELL_PLANT',
          stage: 'CELL',
          country: 'DE',
          status: 'PLANNED',
          statusDate: '2026-00',
          sources: ['src-nowhere'],
          capacities: [{ material: 'cells', year: 2030, value: 1, unit: 'GWh' }],
        },
      });
    });
    expect(errors).toEqual([
      { path: '/sources/0/accessed', value: '2025-04-31', message: 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)' },
      {
        path: '/scenarios/0/overrides/2/addFacility/statusDate',
        value: '2026-00',
        message: 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)',
      },
      {
        path: '/scenarios/0/overrides/2/addFacility/sources/0',
        value: 'src-nowhere',
        message: 'unknown source id "src-nowhere"',
      },
    ]);
  });
});

describe('the CSV form of version 2', () => {
  it('round-trips status histories, designations, basis, asOf and gaps (nested lists as JSON cells)', async () => {
    const dataset = validateDataset(fixture('contract.json'));
    if (!dataset.ok) throw new Error('fixture invalid');
    const dir = await mkdtemp(join(tmpdir(), 'csv-v2-'));
    const written = await writeDatasetCsv(dir, dataset.dataset);
    expect(written.map((f) => f.slice(dir.length + 1))).toEqual(expect.arrayContaining(['version.csv', 'gaps.csv']));
    expect(await readFile(join(dir, 'version.csv'), 'utf8')).toBe('version\n2\n');
    const facilities = await readFile(join(dir, 'facilities.csv'), 'utf8');
    expect(facilities.split('\n')[0]).toContain('statusHistory,designations');
    expect(facilities).toContain('"[{""date"":""2021"",""status"":""UNDER_CONSTRUCTION""');

    const back = validateDataset((await readDatasetPath(dir)).document);
    expect(back.ok ? [] : back.errors).toEqual([]);
    if (back.ok) expect(back.dataset).toEqual(dataset.dataset);
  });

  it('says where a JSON cell is broken', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csv-bad-'));
    await writeFile(join(dir, 'version.csv'), 'version\n2\n');
    await writeFile(
      join(dir, 'facilities.csv'),
      'id,name,type,stage,country,status,sources,statusHistory\nf,F,MINE,EXTRACTION,DE,OPERATING,s,"[{""date"":"\n',
    );
    await expect(readDatasetPath(dir)).rejects.toThrow(/facilities\.csv line 2, column statusHistory: not valid JSON/);
    await writeFile(join(dir, 'version.csv'), 'version\n3\n');
    await expect(readDatasetPath(dir)).rejects.toThrow(/version\.csv: must hold one column "version" and one row/);
  });
});
