import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Dataset } from '../../../api/src/dataset/types.js';

const recycling = JSON.parse(readFileSync(new URL('../../../seed/recycling.json', import.meta.url), 'utf8')) as Dataset;

describe('seed/recycling.json capacities', () => {
  const recyclers = new Set(recycling.facilities.filter((f) => f.type === 'RECYCLER').map((f) => f.id));

  it('states what every recycler capacity row counts, with a basis and a source', () => {
    expect(recycling.capacities.length).toBeGreaterThan(0);
    for (const c of recycling.capacities) {
      expect(recyclers.has(c.facility), c.facility).toBe(true);
      expect(c.measure, `${c.facility} ${c.material}`).toBeDefined();
      expect(['INSTALLED', 'ANNOUNCED']).toContain(c.basis);
      expect(c.sources.length, c.facility).toBeGreaterThan(0);
    }
  });

  it('enters no battery input or hydrometallurgical feed as black-mass supply', () => {
    const blackMass = recycling.capacities.filter((c) => c.material === 'black-mass');
    for (const c of blackMass) expect(c.measure, c.facility).toBe('BLACK_MASS_OUTPUT');
    expect(recycling.capacities.find((c) => c.facility === 'rec-fortum-harjavalta')).toMatchObject({
      material: 'black-mass-feed',
      measure: 'BLACK_MASS_INPUT',
      value: 3000,
    });
  });
});
