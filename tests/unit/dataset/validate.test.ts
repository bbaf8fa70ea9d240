import { describe, expect, it } from 'vitest';
import { validateDataset, type DatasetError } from '../../../api/src/dataset/validate.js';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { fixture } from '../../helpers.js';

/** Validates the small fixture after `change`, expecting it to fail; returns the errors. */
function errorsAfter(change: (d: Dataset) => void, base?: Dataset): DatasetError[] {
  const doc = fixture('small.json');
  change(doc);
  const result = validateDataset(doc, { base });
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

describe('validateDataset', () => {
  it('accepts the small fixture and fills in missing lists', () => {
    const result = validateDataset({ version: 1, regions: [{ id: 'EU', name: 'European Union' }] });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.dataset.regions).toHaveLength(1);
      expect(result.dataset.facilities).toEqual([]);
    }
    expect(validateDataset(fixture('small.json')).ok).toBe(true);
  });

  it('rejects a wrong version and a document that is not an object', () => {
    expect(errorsAfter((d) => ((d as { version: number }).version = 0))).toContainEqual({
      path: '/version',
      value: '0',
      message: 'must be 2 (the current format version) or 1 (read and upgraded to 2)',
    });
    expect(validateDataset([]).ok).toBe(false);
  });

  it('names a missing required field', () => {
    const errors = errorsAfter((d) => delete (d.facilities[0] as Partial<Dataset['facilities'][0]>).status);
    expect(errors).toContainEqual({ path: '/facilities/0/status', value: null, message: 'is required' });
  });

  it('names an unknown field (a typo) with its value', () => {
    const errors = errorsAfter((d) => Object.assign(d.facilities[1]!, { capacityGwh: 5 }));
    expect(errors).toContainEqual({
      path: '/facilities/1/capacityGwh',
      value: '5',
      message: 'is not a field of this row',
    });
  });

  it('rejects an enum value outside its list', () => {
    const errors = errorsAfter((d) => Object.assign(d.facilities[0]!, { status: 'RUNNING' }));
    expect(errors[0]).toMatchObject({ path: '/facilities/0/status', value: 'RUNNING' });
    expect(errors[0]?.message).toContain('OPERATING');
  });

  it('rejects implausible years and coordinates', () => {
    const errors = errorsAfter((d) => {
      d.capacities[0]!.year = 1900;
      d.facilities[0]!.lat = 123;
    });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/capacities/0/year', '/facilities/0/lat']));
  });

  it('rejects a negative value and a share outside (0, 1]', () => {
    const errors = errorsAfter((d) => {
      d.production[0]!.value = -1;
      d.ownership[0]!.share = 0;
    });
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(['/production/0/value', '/ownership/0/share']));
  });

  it('rejects a status date that is not a real date', () => {
    const errors = errorsAfter((d) => (d.facilities[1]!.statusDate = '2025-02-30'));
    expect(errors).toContainEqual({
      path: '/facilities/1/statusDate',
      value: '2025-02-30',
      message: 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)',
    });
  });

  it('rejects an id used twice, even across kinds', () => {
    const errors = errorsAfter((d) => (d.companies[2]!.id = 'cell-alpha-berlin'));
    expect(errors).toContainEqual({
      path: '/facilities/0/id',
      value: 'cell-alpha-berlin',
      message: 'duplicate id "cell-alpha-berlin" (also at /companies/2/id)',
    });
  });

  it('rejects a reference to an unknown id, naming the kind expected', () => {
    const errors = errorsAfter((d) => {
      d.facilities[0]!.country = 'DX';
      d.capacities[0]!.sources = ['src-nowhere'];
      d.ownership[0]!.owned = 'ghost';
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: '/facilities/0/country', value: 'DX', message: 'unknown country id "DX"' },
        { path: '/capacities/0/sources/0', value: 'src-nowhere', message: 'unknown source id "src-nowhere"' },
        { path: '/ownership/0/owned', value: 'ghost', message: 'unknown company or facility id "ghost"' },
      ]),
    );
  });

  it('rejects a facility whose stage does not match its type', () => {
    const errors = errorsAfter((d) => (d.facilities[3]!.stage = 'CELL'));
    expect(errors).toContainEqual({
      path: '/facilities/3/stage',
      value: 'CELL',
      message: 'a REFINERY belongs to stage REFINING, not CELL',
    });
  });

  it("rejects a unit that is not the material's unit", () => {
    const errors = errorsAfter((d) => (d.capacities[3]!.unit = 't LCE'));
    expect(errors).toContainEqual({
      path: '/capacities/3/unit',
      value: 't LCE',
      message: 'unit must be "t Li", the unit of material "lithium"',
    });
  });

  it("rejects owners' shares that sum above 1, and self-ownership", () => {
    const errors = errorsAfter((d) => {
      d.ownership.push({ owner: 'co-beta', owned: 'cell-alpha-berlin', share: 0.25, sources: ['src-a'] });
      d.ownership.push({ owner: 'co-gamma', owned: 'co-gamma', share: 0.1, sources: ['src-a'] });
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: '/ownership/0/share',
          value: '1',
          message: 'the owners of "cell-alpha-berlin" hold 1.25 in all; at most 1',
        },
        { path: '/ownership/5/owned', value: 'co-gamma', message: 'an entity cannot own itself' },
      ]),
    );
  });

  it('rejects duplicate relationship rows and flows to self', () => {
    const errors = errorsAfter((d) => {
      d.production.push({ ...d.production[0]! });
      d.flows[0]!.to = 'CN';
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        {
          path: '/production/2',
          value: 'CN|lithium|REFINING|2024',
          message: 'duplicate row: same key as /production/0',
        },
        { path: '/flows/0/to', value: 'CN', message: 'a flow cannot go from a node to itself' },
      ]),
    );
  });

  it('checks targets: scope, years, band and required fields', () => {
    const errors = errorsAfter((d) => {
      Object.assign(d.targets[0]!, { scope: 'MARS', baselineYear: 2030, reductionMin: 0.6 });
      d.targets.push({
        id: 'tgt-x',
        kind: 'MAX_SINGLE_COUNTRY_SHARE',
        material: 'lithium',
        scope: 'EU',
        targetYear: 2030,
        sources: ['src-a'],
      });
    });
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([
        '/targets/0/scope',
        '/targets/0/baselineYear',
        '/targets/0/reductionMin',
        '/targets/1/share',
      ]),
    );
  });

  it('checks scenario overrides: shape and references', () => {
    const errors = errorsAfter((d) => {
      d.scenarios[0]!.overrides.push({ facility: 'nope', status: 'PAUSED' });
      d.scenarios[0]!.overrides.push({ country: 'CN', material: 'unobtainium', cut: 0.5 });
    });
    expect(errors).toEqual(
      expect.arrayContaining([
        { path: '/scenarios/0/overrides/1/facility', value: 'nope', message: 'unknown facility id "nope"' },
        {
          path: '/scenarios/0/overrides/2/material',
          value: 'unobtainium',
          message: 'unknown material id "unobtainium"',
        },
      ]),
    );
    const shape = errorsAfter((d) => d.scenarios[0]!.overrides.push({ cut: 2 } as never));
    expect(shape.some((e) => e.path === '/scenarios/0/overrides/1')).toBe(true);
  });

  it('reports every bad row, not only the first', () => {
    const errors = errorsAfter((d) => d.facilities.forEach((f) => (f.country = 'ZZ')));
    expect(errors.filter((e) => e.message === 'unknown country id "ZZ"')).toHaveLength(5);
  });

  describe('against existing data (import without replace)', () => {
    it('resolves references into the base and treats known ids as updates', () => {
      const base = fixture('small.json');
      const patch = {
        version: 1,
        facilities: [{ ...base.facilities[0]!, status: 'PAUSED' }],
        capacities: [
          { facility: 'cell-beta-debrecen', material: 'cells', year: 2030, value: 5, unit: 'GWh', sources: ['src-a'] },
        ],
      };
      expect(validateDataset(patch, { base }).ok).toBe(true);
      expect(validateDataset(patch).ok).toBe(false);
    });

    it('rejects an id that the base uses for another kind, and sums shares over both', () => {
      const base = fixture('small.json');
      const patch = {
        version: 1,
        companies: [{ id: 'DE', name: 'Deutschland GmbH', country: 'DE', sources: ['src-a'] }],
        ownership: [{ owner: 'co-gamma', owned: 'cell-alpha-berlin', share: 0.5, sources: ['src-a'] }],
      };
      const result = validateDataset(patch, { base });
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.errors).toEqual([
          {
            path: '/companies/0/id',
            value: 'DE',
            message: 'id "DE" is already used by a row of countries ((existing data) /countries/0)',
          },
          {
            path: '/ownership/0/share',
            value: '0.5',
            message: 'the owners of "cell-alpha-berlin" hold 1.5 in all; at most 1',
          },
        ]);
    });
  });
});
