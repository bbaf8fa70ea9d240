import { describe, expect, it } from 'vitest';
import { analyticsDataset } from '../unit/analytics/load.js';
import { apiOn } from './harness.js';

const EXACT = 9;

interface Project {
  facility: { id: string };
  status: string;
  weight: number;
  capacity: number;
  baselineSupply: number;
  adds: number;
}
interface Evaluation {
  target: { id: string; targetYear: number; baselineYear: number | null };
  targetYear: number;
  baselineYear: number;
  status: string;
  reason: string | null;
  nonDominant: number;
  projectedShare: number;
  reduction: number;
  floored: boolean;
  contributions: (Project & { contribution: number })[];
  pipeline: Project[];
  assumptions: string[];
}

const EVALUATIONS = `query ($w: StatusWeightsInput, $year: Int, $baselineYear: Int) {
  targetEvaluations(scope: "EU", weights: $w, year: $year, baselineYear: $baselineYear) {
    target { id targetYear baselineYear } targetYear baselineYear status reason nonDominant projectedShare reduction
    floored assumptions
    contributions { facility { id } status weight capacity baselineSupply adds contribution }
    pipeline { facility { id } status weight capacity baselineSupply adds }
  } }`;

async function evaluations(variables: Record<string, unknown> = {}) {
  const { query } = await apiOn(analyticsDataset('targets.json'));
  const res = await query<{ targetEvaluations: Evaluation[] }>(EVALUATIONS, variables);
  expect(res.errors).toBeUndefined();
  return new Map(res.data!.targetEvaluations.map((e) => [e.target.id, e]));
}

// tests/fixtures/analytics/targets.json, tgt-met50: EU lithium REFINING, baseline 2024, target 2029, demand = the
// baseline total 1000, D = CN 800 (B = 0.8); the arithmetic of the default projection is in
// tests/unit/analytics/targets.test.ts (non-dominant 677.5, P = 0.3225).
describe('target tracker through GraphQL: what the weights act on, the years, the floor', () => {
  it('each project says what it adds (weight × increase), and the pipeline equals the contributions', async () => {
    const e = (await evaluations()).get('tgt-met50')!;
    const planned = e.contributions.find((c) => c.facility.id === 'ref-pl-planned')!;
    // PLANNED 0.25 × (400 − 0) = 100 t
    expect(planned.adds).toBeCloseTo(100, EXACT);
    // ref-de-old: 1 × (160 announced for 2028 − 100 supplied in 2024) = 60 t
    expect(e.contributions.find((c) => c.facility.id === 'ref-de-old')!.adds).toBeCloseTo(60, EXACT);
    expect(e.pipeline.map((x) => x.facility.id).sort()).toEqual(e.contributions.map((x) => x.facility.id).sort());
    // Σ adds = 200 + 75 + 100 + 60 + 30 + 12.5 + 0 = 477.5 = non-dominant 677.5 − baseline non-dominant 200
    expect(e.pipeline.reduce((s, x) => s + x.adds, 0)).toBeCloseTo(477.5, EXACT);
    expect(e.floored).toBe(false);
  });

  it('weights that push the non-dominant supply past the demand floor the share at 0 and say so', async () => {
    const e = (await evaluations({ w: { PLANNED: 1, UNDER_CONSTRUCTION: 0 } })).get('tgt-met50')!;
    // 200 + 200 + 0 + 400 + 60 + 120 + 50 + 0 = 1030 ≥ demand 1000 → P = 0, floored
    expect(e.nonDominant).toBeCloseTo(1030, EXACT);
    expect(e.projectedShare).toBe(0);
    expect(e.floored).toBe(true);
  });

  it('year projects every target to that year; the target keeps its own year', async () => {
    const e = (await evaluations({ year: 2027 })).get('tgt-met50')!;
    expect(e.target.targetYear).toBe(2029);
    expect(e.targetYear).toBe(2027);
    // In 2027 only ref-de-new's 2026 row (150, OPERATING → 1 × 150) is a project: ref-de-old's 2028 row and every
    // 2029 row lie after 2027, ref-ma-out's flow starts 2028. Non-dominant 200 + 150 = 350;
    // P = (1000 − 350) / 1000 = 0.65; reduction = 1 − 0.65 / 0.8 = 0.1875 → OFF_TRACK.
    expect(e.pipeline.map((x) => [x.facility.id, x.adds])).toEqual([['ref-de-new', 150]]);
    expect(e.projectedShare).toBeCloseTo(0.65, EXACT);
    expect(e.reduction).toBeCloseTo(0.1875, EXACT);
    expect(e.status).toBe('OFF_TRACK');
    expect(e.assumptions[0]).toBe("Projected to 2027 (chosen in the query) instead of the target's own year 2029.");
  });

  it('a baseline year without supply answers NO_BASELINE but still lists the pipeline inside the scope', async () => {
    const e = (await evaluations({ baselineYear: 2023 })).get('tgt-met50')!;
    expect(e.target.baselineYear).toBe(2024);
    expect(e.baselineYear).toBe(2023);
    expect(e.status).toBe('NO_BASELINE');
    expect(e.reason).toContain('2023');
    expect(e.contributions).toEqual([]);
    // Dominant country unknown → projects inside the EU only (ref-ma-out, Morocco, is left out); baseline supply
    // in 2023 is 0 for all (ref-de-old's first INSTALLED row is 2024): de-old 1 × 160, de-new 1 × 200,
    // pl-planned 0.25 × 400, fr-uc 0.75 × 100, it-nostart 0.25 × 50, se-paused 0 × 80.
    expect(e.pipeline.map((x) => [x.facility.id, x.adds])).toEqual([
      ['ref-de-new', 200],
      ['ref-de-old', 160],
      ['ref-pl-planned', 100],
      ['ref-fr-uc', 75],
      ['ref-it-nostart', 12.5],
      ['ref-se-paused', 0],
    ]);
    expect(e.assumptions).toContain(
      "Baseline measured in 2023 (chosen in the query) instead of the target's own 2024.",
    );
    expect(e.assumptions).not.toContain('Baseline year 2023 (from the target).');
  });

  it('a projection year before the baseline, or a year out of range, is refused with the reason', async () => {
    const e = (await evaluations({ year: 2020 })).get('tgt-met50')!;
    expect(e.status).toBe('NO_BASELINE');
    expect(e.reason).toBe('The projection year 2020 is before the baseline year 2024: there is nothing to project.');
    const { query } = await apiOn(analyticsDataset('targets.json'));
    const bad = await query(EVALUATIONS, { year: 20290 });
    expect(bad.errors?.[0]?.message).toBe('"year" must be a year from 1950 to 2100; got 20290.');
    expect(bad.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
  });
});

// tgt-crma-above: the CRMA 65 % maximum on the same pipeline with demand 2000 (non-dominant 677.5, P = 0.66125).
describe('maximum-share targets through GraphQL: the gap to the maximum, not the −30/−50 % gaps', () => {
  const MAX = `query ($scenario: ID) { targetEvaluations(scope: "EU", scenario: $scenario) {
    target { id } status gapToMax cutToMax nonDominant assumptions
    baseline { status gapToMax cutToMax } difference { gapToMax gapTo30 }
  } }`;
  interface MaxEvaluation {
    target: { id: string };
    status: string;
    gapToMax: number | null;
    cutToMax: number | null;
    nonDominant: number;
    assumptions: string[];
    baseline: { status: string; gapToMax: number | null; cutToMax: number | null } | null;
    difference: { gapToMax: number | null; gapTo30: number | null } | null;
  }
  async function maxEvaluations(scenario?: string) {
    const { query } = await apiOn(analyticsDataset('targets.json'));
    const res = await query<{ targetEvaluations: MaxEvaluation[] }>(MAX, { scenario: scenario ?? null });
    expect(res.errors).toBeUndefined();
    return new Map(res.data!.targetEvaluations.map((e) => [e.target.id, e]));
  }

  it('answers the supply others must add and the unreplaced fall of the dominant country, in tonnes', async () => {
    const all = await maxEvaluations();
    const above = all.get('tgt-crma-above')!;
    // 2000·(1 − 0.65) − 677.5 = 22.5 t; unreplaced 22.5 / 0.35 = 64.2857… t
    expect(above.status).toBe('ABOVE_MAX');
    expect(above.gapToMax).toBeCloseTo(22.5, EXACT);
    expect(above.cutToMax).toBeCloseTo(22.5 / 0.35, EXACT);
    // The reduction thresholds are not among a maximum-share target's assumptions.
    expect(above.assumptions.join(' ')).not.toContain('MET_30');
    expect(above.assumptions.join(' ')).toContain('Gap to the maximum');
    expect(all.get('tgt-crma-within')!.gapToMax).toBe(0);
    // Other kinds have no maximum gap: null, not 0.
    expect(all.get('tgt-met50')!.gapToMax).toBeNull();
    expect(all.get('tgt-met50')!.cutToMax).toBeNull();
  });

  it('under a scenario gives both sides and the change of the gap', async () => {
    // scn-pl-operating: ref-pl-planned counts 1 × 400 instead of 0.25 × 400: non-dominant 677.5 + 300 = 977.5 ≥
    // 2000·0.35 = 700 → gap 0, P = 1022.5 / 2000 = 0.51125 ≤ 0.65; the gap changes by 0 − 22.5 = −22.5 t.
    const above = (await maxEvaluations('scn-pl-operating')).get('tgt-crma-above')!;
    expect(above.nonDominant).toBeCloseTo(977.5, EXACT);
    expect(above.status).toBe('WITHIN_MAX');
    expect(above.gapToMax).toBe(0);
    expect(above.baseline!.status).toBe('ABOVE_MAX');
    expect(above.baseline!.gapToMax).toBeCloseTo(22.5, EXACT);
    expect(above.difference!.gapToMax).toBeCloseTo(-22.5, EXACT);
    const reduction = (await maxEvaluations('scn-pl-operating')).get('tgt-met50')!;
    expect(reduction.difference!.gapToMax).toBeNull();
  });
});
