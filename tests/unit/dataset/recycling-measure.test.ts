import { describe, expect, it } from 'vitest';
import { validateDataset, type DatasetError } from '../../../api/src/dataset/validate.js';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { fixture } from '../../helpers.js';

/** The small fixture plus one pre-treatment recycler, one hydrometallurgical recycler and the recycling materials. */
function withRecyclers(): Dataset {
  const d = fixture('small.json');
  d.materials.push(
    { id: 'battery-input', name: 'Battery input (waste batteries and production scrap)', unit: 't' },
    { id: 'black-mass', name: 'Black mass', unit: 't' },
    { id: 'black-mass-feed', name: 'Black mass processed by hydrometallurgy', unit: 't' },
  );
  const recycler = {
    type: 'RECYCLER',
    stage: 'RECYCLING',
    country: 'DE',
    status: 'OPERATING',
  } as const;
  d.facilities.push(
    { ...recycler, sources: ['src-a'], id: 'rec-shred', name: 'Shredder' },
    { ...recycler, sources: ['src-a'], id: 'rec-hydro', name: 'Hydromet plant' },
  );
  d.capacities.push(
    {
      facility: 'rec-shred',
      material: 'battery-input',
      year: 2024,
      value: 10000,
      unit: 't',
      basis: 'INSTALLED',
      measure: 'BATTERY_INPUT',
      sources: ['src-a'],
    },
    {
      facility: 'rec-shred',
      material: 'black-mass',
      year: 2024,
      value: 5000,
      unit: 't',
      basis: 'INSTALLED',
      measure: 'BLACK_MASS_OUTPUT',
      sources: ['src-a'],
    },
    {
      facility: 'rec-hydro',
      material: 'black-mass-feed',
      year: 2024,
      value: 3000,
      unit: 't',
      basis: 'ANNOUNCED',
      measure: 'BLACK_MASS_INPUT',
      sources: ['src-a'],
    },
    {
      facility: 'rec-hydro',
      material: 'lithium',
      year: 2024,
      value: 100,
      unit: 't Li',
      basis: 'INSTALLED',
      measure: 'RECOVERED_METAL',
      sources: ['src-a'],
    },
  );
  return d;
}

function errorsAfter(change: (d: Dataset) => void): DatasetError[] {
  const d = withRecyclers();
  change(d);
  const result = validateDataset(d);
  if (result.ok) throw new Error('expected the document to be rejected');
  return result.errors;
}

/** Index of the fixture's first added recycler capacity row. */
const FIRST = fixture('small.json').capacities.length;

describe('recycling capacity measures', () => {
  it('accepts battery input, black-mass output, hydrometallurgical feed and recovered metal, each in its own material', () => {
    const result = validateDataset(withRecyclers());
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (result.ok)
      expect(result.dataset.capacities.slice(FIRST).map((c) => c.measure)).toEqual([
        'BATTERY_INPUT',
        'BLACK_MASS_OUTPUT',
        'BLACK_MASS_INPUT',
        'RECOVERED_METAL',
      ]);
  });

  it('rejects hydrometallurgical input entered as black-mass supply, with the reason', () => {
    const errors = errorsAfter((d) => (d.capacities[FIRST + 2]!.material = 'black-mass'));
    expect(errors).toEqual([
      {
        path: `/capacities/${FIRST + 2}/material`,
        value: 'black-mass',
        message:
          'a BLACK_MASS_INPUT capacity counts material "black-mass-feed" (black mass processed by hydrometallurgy is not black-mass supply)',
      },
    ]);
  });

  it('rejects a black-mass row that says it counts battery input', () => {
    const errors = errorsAfter((d) => (d.capacities[FIRST + 1]!.measure = 'BATTERY_INPUT'));
    expect(errors).toEqual([
      {
        path: `/capacities/${FIRST + 1}/material`,
        value: 'black-mass',
        message: 'a BATTERY_INPUT capacity counts material "battery-input"',
      },
    ]);
  });

  it('checks the unit against the measure through its material', () => {
    const errors = errorsAfter((d) => (d.capacities[FIRST]!.unit = 'GWh'));
    expect(errors).toEqual([
      {
        path: `/capacities/${FIRST}/unit`,
        value: 'GWh',
        message: 'unit must be "t", the unit of material "battery-input"',
      },
    ]);
  });

  it('requires a measure on battery-input and black-mass-feed rows but not on black-mass rows', () => {
    const errors = errorsAfter((d) => {
      delete d.capacities[FIRST]!.measure;
      delete d.capacities[FIRST + 1]!.measure;
      delete d.capacities[FIRST + 2]!.measure;
    });
    expect(errors).toEqual([
      {
        path: `/capacities/${FIRST}/measure`,
        value: null,
        message: 'a capacity of material "battery-input" must state measure BATTERY_INPUT',
      },
      {
        path: `/capacities/${FIRST + 2}/measure`,
        value: null,
        message: 'a capacity of material "black-mass-feed" must state measure BLACK_MASS_INPUT',
      },
    ]);
  });

  it('rejects a recycling stream or cells as recovered metal', () => {
    const errors = errorsAfter((d) => {
      d.capacities[FIRST + 3]!.material = 'black-mass';
      d.capacities[FIRST + 3]!.unit = 't';
    });
    expect(errors).toEqual([
      {
        path: `/capacities/${FIRST + 3}/material`,
        value: 'black-mass',
        message: 'a RECOVERED_METAL capacity counts a recovered metal (lithium, nickel, cobalt, …), not "black-mass"',
      },
    ]);
  });

  it('allows a measure only on a recycler', () => {
    const errors = errorsAfter((d) => Object.assign(d.capacities[0]!, { measure: 'RECOVERED_METAL' }));
    expect(errors).toEqual([
      {
        path: '/capacities/0/measure',
        value: 'RECOVERED_METAL',
        message: `only a RECYCLER's capacity states a measure; this facility is a ${d0Type()}`,
      },
    ]);
  });

  it('rejects an unknown measure through the schema', () => {
    const errors = errorsAfter((d) => Object.assign(d.capacities[FIRST]!, { measure: 'SHREDDED' }));
    expect(errors[0]).toMatchObject({ path: `/capacities/${FIRST}/measure`, value: 'SHREDDED' });
    expect(errors[0]?.message).toContain('BATTERY_INPUT');
  });

  it('is not a field of version 1', () => {
    const d = withRecyclers() as unknown as { version: number; capacities: Record<string, unknown>[] };
    d.version = 1;
    for (const c of d.capacities) delete c.basis;
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors).toContainEqual(
        expect.objectContaining({ path: `/capacities/${FIRST}/measure`, value: 'BATTERY_INPUT' }),
      );
  });
});

function d0Type(): string {
  const d = fixture('small.json');
  return d.facilities.find((f) => f.id === d.capacities[0]!.facility)!.type;
}
