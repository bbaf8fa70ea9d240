import { describe, expect, it } from 'vitest';
import { evaluateTarget } from '../../../api/src/analytics/targets.js';
import type { Dataset, ScenarioRow } from '../../../api/src/dataset/types.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { applyScenario } from '../../../api/src/projection/scenario.js';
import { fixture } from '../../helpers.js';
import { EXACT } from './load.js';
import { LITHIUM_REFINING_TARGET, withLithiumRefiningTarget } from './recycler-projects-fixture.js';

/**
 * Recyclers whose recovered metal rests on parameters are projects of the 30–50 % tracker (SPEC 4.5 + 4.7), on the
 * recycling fixture (tests/fixtures/analytics/recycling.json: yield 0.4, Li content 0.03, Li efficiency 0.8) with a
 * recorded import CN→DE of 1,000 t Li refined in 2024 and a lithium REFINING reduction target for 2029.
 *
 * Baseline 2024 (SPEC 4.0 supply; recycling balance of the EU, arithmetic in tests/unit/analytics/recycling.test.ts):
 * FI hydromet processes 4,700 t black mass → 4,700 × 0.03 × 0.8 = 112.8 t Li (PARAMETER); DE hydromet states 20 t Li.
 * EU lithium REFINING supply = 112.8 + 20 (recovered, no member statistic: stands in) + 1,000 CN = 1,132.8 t;
 * D = CN, B = 1,000 / 1,132.8. Demand = the baseline total (the target gives none).
 *
 * 2029 with every recycler's projected capacity (latest row of either basis, any status; no flows recorded for 2029):
 * DE black mass 10,000 × 0.4 + planned 50,000 × 0.4 = 24,000 t, own hydromet 1,000; PL 3,000 t; FI free 5,000 t:
 * FI processes 5,000 → 5,000 × 0.03 × 0.8 = 120 t Li; DE 20 t stated (unchanged, not a project).
 */

const TARGET = LITHIUM_REFINING_TARGET;

/** A hypothetical integrated recycler in Poland: shredding 20,000 t a year and a hydromet plant for 8,000 t. */
const PL_RECYCLER: ScenarioRow = {
  id: 'scn-pl-recycler',
  name: 'Hypothetical integrated recycler in Poland from 2027',
  overrides: [
    {
      addFacility: {
        id: 'rec-pl-hyp',
        name: 'Hypothetical PL recycler',
        type: 'RECYCLER',
        stage: 'RECYCLING',
        country: 'PL',
        status: 'UNDER_CONSTRUCTION',
        capacities: [
          {
            material: 'battery-input',
            measure: 'BATTERY_INPUT',
            basis: 'ANNOUNCED',
            year: 2027,
            value: 20000,
            unit: 't',
          },
          {
            material: 'black-mass-feed',
            measure: 'BLACK_MASS_INPUT',
            basis: 'ANNOUNCED',
            year: 2027,
            value: 8000,
            unit: 't',
          },
        ],
      },
    },
  ],
};

function data(change: (d: Dataset) => void = () => {}): Dataset {
  const d = withLithiumRefiningTarget(fixture('analytics/recycling.json'));
  d.scenarios.push(PL_RECYCLER);
  change(d);
  const result = validateDataset(d);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

const stored = (d: Dataset) => buildProjection(d);
const withRecycler = (d: Dataset) => buildProjection(applyScenario(d, PL_RECYCLER).dataset);

describe('recyclers as projects of the 30–50 % tracker (recovered metal at REFINING)', () => {
  it('lists a hydromet plant whose recovered lithium rests on parameters, with what it adds and its basis', () => {
    const e = evaluateTarget(stored(data()), TARGET);
    expect(e.dominant).toBe('CN');
    expect(e.baselineTotal).toBeCloseTo(1132.8, EXACT);
    // FI hydromet: 1 (OPERATING) × (120 − 112.8) = 7.2 t Li; DE hydromet's stated 20 t does not grow.
    expect(e.pipeline).toEqual([
      {
        facility: 'rec-fi-hydro',
        status: 'OPERATING',
        country: 'FI',
        startYear: 2024,
        weight: 1,
        capacity: expect.closeTo(120, EXACT) as number,
        viaFlow: false,
        baselineSupply: expect.closeTo(112.8, EXACT) as number,
        adds: expect.closeTo(7.2, EXACT) as number,
        basis: 'PARAMETER',
        parameters: ['BLACK_MASS_CONTENT lithium 0.03 t/t', 'RECOVERY_EFFICIENCY lithium 0.8 fraction (0.7–0.9)'],
      },
    ]);
    // non-dominant = 1,132.8 − 1,000 + 7.2 = 140; P = (1,132.8 − 140) / 1,132.8; P/B = 992.8 / 1,000.
    expect(e.nonDominant).toBeCloseTo(140, EXACT);
    expect(e.reduction).toBeCloseTo(1 - 0.9928, EXACT);
    expect(e.status).toBe('OFF_TRACK');
    expect(e.assumptions.join('\n')).toContain(
      'Recovered lithium estimated from parameters (black mass processed × BLACK_MASS_CONTENT × RECOVERY_EFFICIENCY, not reported; t Li): FI hydromet 120 t Li in 2029 (112.8 t Li in 2024)',
    );
  });

  it('a hypothetical recycler (announced battery input and black-mass feed) becomes a weighted project', () => {
    const e = evaluateTarget(withRecycler(data()), TARGET);
    // 2029: PL black mass 3,000 + 20,000 × 0.4 = 11,000 t, its own hydromet 8,000 t → 8,000 × 0.03 × 0.8 = 192 t Li;
    // in 2024 its rows are announced for 2027 (no supply): baseline 0. UNDER_CONSTRUCTION 0.75 × 192 = 144 t Li.
    // FI still processes 5,000 t (DE's and PL's surplus 26,000 t > 5,000 t free): 7.2 t Li as before.
    expect(e.pipeline.map((x) => [x.facility, x.weight, x.capacity, x.baselineSupply, x.adds, x.basis])).toEqual([
      ['rec-pl-hyp', 0.75, expect.closeTo(192, EXACT), 0, expect.closeTo(144, EXACT), 'PARAMETER'],
      [
        'rec-fi-hydro',
        1,
        expect.closeTo(120, EXACT),
        expect.closeTo(112.8, EXACT),
        expect.closeTo(7.2, EXACT),
        'PARAMETER',
      ],
    ]);
    // non-dominant = 132.8 + 144 + 7.2 = 284; P/B = (1,132.8 − 284) / 1,000 = 0.8488 → reduction 0.1512.
    expect(e.nonDominant).toBeCloseTo(284, EXACT);
    expect(e.reduction).toBeCloseTo(0.1512, EXACT);
    // Its contribution: P without it − P with all = 144 / 1,132.8.
    expect(e.contributions.find((c) => c.facility === 'rec-pl-hyp')!.contribution).toBeCloseTo(144 / 1132.8, EXACT);
  });

  it('without a recovery efficiency the plant is no project, and the assumptions say its addition is unknown', () => {
    const d = data((x) => {
      x.parameters = x.parameters.filter((r) => r.id !== 'param-eff-li');
    });
    const e = evaluateTarget(withRecycler(d), TARGET);
    expect(e.pipeline).toEqual([]);
    expect(e.assumptions.join('\n')).toContain(
      'Not counted as projects: FI hydromet (no RECOVERY_EFFICIENCY of lithium), Hypothetical PL recycler (no RECOVERY_EFFICIENCY of lithium) process black mass, but their recovered lithium cannot be estimated; what they add is unknown, not zero.',
    );
  });
});
