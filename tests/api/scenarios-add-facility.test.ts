import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../api/src/dataset/types.js';
import { analyticsDataset } from '../unit/analytics/load.js';
import { withLithiumRefiningTarget } from '../unit/analytics/recycler-projects-fixture.js';
import { EDITOR_TOKEN, apiOn } from './harness.js';

/**
 * A scenario's hypothetical plant (`addFacility`) with capacity rows like the dataset's — `basis` and, for a recycler,
 * `measure` — through GraphQL, on both stores (the harness), on the recycling fixture
 * (tests/fixtures/analytics/recycling.json; its EU 2024 balance is worked out in tests/unit/analytics/recycling.test.ts):
 * battery input 10,000 t (DE shredder; the DE smelter's 2,000 t is outside the balance), black mass 10,000 × 0.4 +
 * 3,000 (PL, stated) = 7,000 t; exports PL→CN 1,000 and DE→KR 500, import NO→FI 200; hydromet DE 1,000 t, FI 5,000 t:
 * processed 1,000 + 200 + 4,500 moved = 5,700 t, unallocated 0; lithium FI 4,700 × 0.03 × 0.8 + DE 20 = 132.8 t.
 */

const RESULT = 'ok errors { path value message } scenario { id overrides }';
const CREATE = `mutation ($s: ScenarioInput!) { createScenario(scenario: $s) { ${RESULT} } }`;
const RECYCLING = `query ($scenario: ID, $year: Int!) { recycling(scope: "EU", year: $year, scenario: $scenario) {
  scenario batteryInput blackMass processedInScope unallocated recovered { material value basis }
  baseline { batteryInput blackMass processedInScope unallocated recovered { material value } } } }`;

interface Result {
  ok: boolean;
  errors: { path: string; value: string | null; message: string }[];
  scenario: { id: string; overrides: unknown } | null;
}
interface Figures {
  scenario: string | null;
  batteryInput: number;
  blackMass: number;
  processedInScope: number;
  unallocated: number;
  recovered: { material: string; value: number; basis?: string }[];
  baseline: Omit<Figures, 'baseline' | 'scenario'> | null;
}

/** A hypothetical shredder in Poland publishing 20,000 t a year of battery input, operating from 2024. */
function recycler(capacities: unknown[], extra: Record<string, unknown> = {}) {
  return {
    id: 'scn-pl-shredder',
    name: 'A hypothetical 20,000 t shredder in Poland',
    overrides: [
      {
        addFacility: {
          id: 'rec-pl-hypothetical',
          name: 'Hypothetical PL shredder',
          type: 'RECYCLER',
          stage: 'RECYCLING',
          country: 'PL',
          status: 'OPERATING',
          startYear: 2024,
          sources: ['src-plants'],
          capacities,
          ...extra,
        },
      },
    ],
  };
}

const BATTERY_INPUT = {
  material: 'battery-input',
  measure: 'BATTERY_INPUT',
  basis: 'INSTALLED',
  year: 2024,
  value: 20000,
  unit: 't',
};

const lithium = (f: { recovered: { material: string; value: number }[] }) =>
  f.recovered.find((r) => r.material === 'lithium')!.value;

async function exported(query: Awaited<ReturnType<typeof apiOn>>['query']): Promise<string> {
  const res = await query<{ exportDataset: Dataset }>('{ exportDataset }');
  return JSON.stringify(res.data!.exportDataset.scenarios.map((s) => s.id).sort());
}

describe('a hypothetical plant with capacity rows like the dataset’s (basis, measure)', () => {
  it('a hypothetical recycler with 20,000 t battery input moves recycling(scope: "EU") by the hand-computed amount', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const created = await query<{ createScenario: Result }>(CREATE, { s: recycler([BATTERY_INPUT]) }, EDITOR_TOKEN);
    expect(created.data!.createScenario).toMatchObject({ ok: true, errors: [] });
    const res = await query<{ recycling: Figures }>(RECYCLING, { scenario: 'scn-pl-shredder', year: 2024 });
    expect(res.errors).toBeUndefined();
    const r = res.data!.recycling;
    expect(r.baseline).toMatchObject({ batteryInput: 10000, unallocated: 0 });
    expect(r.baseline!.blackMass).toBeCloseTo(7000, 9);
    expect(r.baseline!.processedInScope).toBeCloseTo(5700, 9);
    // Battery input 10,000 + 20,000 = 30,000 t; black mass 7,000 + 20,000 × 0.4 = 15,000 t (+8,000).
    expect(r.scenario).toBe('scn-pl-shredder');
    expect(r.batteryInput).toBe(30000);
    expect(r.blackMass).toBeCloseTo(15000, 9);
    // Surplus: DE 4,000 − 500 − 1,000 = 2,500, PL 3,000 + 8,000 − 1,000 = 10,000; FI free 5,000 − 200 = 4,800 → all
    // moved there: processed 1,000 + 200 + 4,800 = 6,000 t, unallocated 12,500 − 4,800 = 7,700 t.
    expect(r.processedInScope).toBeCloseTo(6000, 9);
    expect(r.unallocated).toBeCloseTo(7700, 9);
    // Lithium: FI 5,000 × 0.03 × 0.8 = 120 + DE 20 stated = 140 t (baseline 132.8).
    expect(lithium(r)).toBeCloseTo(140, 9);
    expect(lithium(r.baseline!)).toBeCloseTo(132.8, 9);
    // What the scenario does, in words (every analytic under it lists this too).
    const effects = await query<{ scenario: { effects: string[] } }>('{ scenario(id: "scn-pl-shredder") { effects } }');
    expect(effects.data!.scenario.effects).toEqual([
      'Scenario scn-pl-shredder (A hypothetical 20,000 t shredder in Poland).',
      'Adds facility rec-pl-hypothetical (OPERATING) in PL: 20000 t of battery-input (BATTERY_INPUT) installed from 2024.',
    ]);
  });

  it('an ANNOUNCED row is a plan, not supply of its year (SPEC 4.0): the 2024 balance does not move', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const announced = recycler([{ ...BATTERY_INPUT, basis: 'ANNOUNCED' }]);
    expect(
      (await query<{ createScenario: Result }>(CREATE, { s: announced }, EDITOR_TOKEN)).data!.createScenario.ok,
    ).toBe(true);
    const r = (await query<{ recycling: Figures }>(RECYCLING, { scenario: 'scn-pl-shredder', year: 2024 })).data!
      .recycling;
    expect([r.batteryInput, r.baseline!.batteryInput]).toEqual([10000, 10000]);
    expect(r.blackMass).toBeCloseTo(7000, 9);
  });

  it('checks the rows like dataset capacity rows, with paths into the argument, and writes nothing', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const before = await exported(query);
    const create = async (s: unknown) =>
      (await query<{ createScenario: Result }>(CREATE, { s }, EDITOR_TOKEN)).data!.createScenario;
    // Shape: an unknown measure and basis.
    expect(
      (await create(recycler([BATTERY_INPUT, { ...BATTERY_INPUT, year: 2025, measure: 'INPUT' }]))).errors,
    ).toEqual([
      {
        path: 'scenario.overrides[0].addFacility.capacities[1].measure',
        value: 'INPUT',
        message: 'must be one of BATTERY_INPUT, BLACK_MASS_OUTPUT, BLACK_MASS_INPUT, RECOVERED_METAL',
      },
    ]);
    expect((await create(recycler([{ ...BATTERY_INPUT, basis: 'PLANNED' }]))).errors).toEqual([
      {
        path: 'scenario.overrides[0].addFacility.capacities[0].basis',
        value: 'PLANNED',
        message: 'must be one of INSTALLED, ANNOUNCED',
      },
    ]);
    // The rules of dataset capacity rows: measure vs material, a measure only on a recycler, the material's unit,
    // one row per material, year and basis, and every source (the plant's and a row's) must exist.
    const rules = await create(
      recycler(
        [
          BATTERY_INPUT,
          { ...BATTERY_INPUT, material: 'black-mass', year: 2025 },
          { material: 'battery-input', year: 2026, value: 1000, unit: 't' },
          { ...BATTERY_INPUT, unit: 't Li' },
          { ...BATTERY_INPUT, sources: ['src-nowhere'] },
        ],
        { sources: ['src-ghost'] },
      ),
    );
    expect(rules).toEqual({
      ok: false,
      scenario: null,
      errors: [
        {
          path: 'scenario.overrides[0].addFacility.sources[0]',
          value: 'src-ghost',
          message: 'unknown source id "src-ghost"',
        },
        {
          path: 'scenario.overrides[0].addFacility.capacities[4].sources[0]',
          value: 'src-nowhere',
          message: 'unknown source id "src-nowhere"',
        },
        {
          path: 'scenario.overrides[0].addFacility.capacities[1].material',
          value: 'black-mass',
          message: 'a BATTERY_INPUT capacity counts material "battery-input"',
        },
        {
          path: 'scenario.overrides[0].addFacility.capacities[2].measure',
          value: null,
          message: 'a capacity of material "battery-input" must state measure BATTERY_INPUT',
        },
        {
          path: 'scenario.overrides[0].addFacility.capacities[3].unit',
          value: 't Li',
          message: 'unit must be "t", the unit of material "battery-input"',
        },
        {
          path: 'scenario.overrides[0].addFacility.capacities[3]',
          value: 'battery-input|2024|INSTALLED',
          message: 'duplicate row: same material, year and basis as capacities[0] of this plant',
        },
        {
          path: 'scenario.overrides[0].addFacility.capacities[4]',
          value: 'battery-input|2024|INSTALLED',
          message: 'duplicate row: same material, year and basis as capacities[0] of this plant',
        },
      ],
    });
    const refinery = await create({
      ...recycler([{ ...BATTERY_INPUT, material: 'lithium', unit: 't Li' }], { type: 'REFINERY', stage: 'REFINING' }),
    });
    expect(refinery.errors).toEqual([
      {
        path: 'scenario.overrides[0].addFacility.capacities[0].measure',
        value: 'BATTERY_INPUT',
        message: "only a RECYCLER's capacity states a measure; this facility is a REFINERY",
      },
    ]);
    expect(await exported(query)).toBe(before);
  });

  it('the tracker lists the hypothetical recycler with what it adds and that it rests on parameters', async () => {
    // The recycling fixture plus a recorded import CN→DE of 1,000 t refined Li in 2024 and a 2029 reduction target;
    // the arithmetic is in tests/unit/analytics/recycler-projects.test.ts: the PL plant (UNDER_CONSTRUCTION, 0.75)
    // recovers 8,000 × 0.03 × 0.8 = 192 t Li in 2029 and adds 0.75 × 192 = 144 t Li.
    const d = withLithiumRefiningTarget(analyticsDataset('recycling.json'));
    const { query } = await apiOn(d);
    const integrated = {
      ...recycler(
        [
          { ...BATTERY_INPUT, basis: 'ANNOUNCED', year: 2027 },
          {
            material: 'black-mass-feed',
            measure: 'BLACK_MASS_INPUT',
            basis: 'ANNOUNCED',
            year: 2027,
            value: 8000,
            unit: 't',
          },
        ],
        { status: 'UNDER_CONSTRUCTION', startYear: 2027 },
      ),
    };
    expect(
      (await query<{ createScenario: Result }>(CREATE, { s: integrated }, EDITOR_TOKEN)).data!.createScenario.ok,
    ).toBe(true);
    const res = await query<{
      targetEvaluations: {
        target: { id: string };
        reduction: number;
        pipeline: {
          facility: { id: string };
          weight: number;
          capacity: number;
          adds: number;
          basis: string;
          parameters: string[];
        }[];
        baseline: { reduction: number } | null;
        difference: { reduction: number | null } | null;
      }[];
    }>(
      `query ($scenario: ID) { targetEvaluations(scope: "EU", scenario: $scenario) { target { id } reduction
        pipeline { facility { id } weight capacity adds basis parameters } baseline { reduction } difference { reduction } } }`,
      { scenario: 'scn-pl-shredder' },
    );
    expect(res.errors).toBeUndefined();
    const e = res.data!.targetEvaluations.find((t) => t.target.id === 'tgt-li-refining')!;
    expect(e.pipeline[0]).toEqual({
      facility: { id: 'rec-pl-hypothetical' },
      weight: 0.75,
      capacity: expect.closeTo(192, 9) as number,
      adds: expect.closeTo(144, 9) as number,
      basis: 'PARAMETER',
      parameters: ['BLACK_MASS_CONTENT lithium 0.03 t/t', 'RECOVERY_EFFICIENCY lithium 0.8 fraction (0.7–0.9)'],
    });
    // Reduction 1 − (1,132.8 − 284) / 1,000 = 0.1512 with it, 1 − 992.8 / 1,000 = 0.0072 without.
    expect(e.reduction).toBeCloseTo(0.1512, 9);
    expect(e.baseline!.reduction).toBeCloseTo(0.0072, 9);
    expect(e.difference!.reduction).toBeCloseTo(0.144, 9);
  });
});
