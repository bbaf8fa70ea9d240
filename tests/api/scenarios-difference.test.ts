import { describe, expect, it } from 'vitest';
import { EDITOR_TOKEN, apiOn } from './harness.js';
import { fixture } from '../helpers.js';

/**
 * Every analytic answers baseline and scenario side by side with the difference (issue 11, SPEC 4.6), computed once
 * in the API (api/src/analytics/difference.ts), on both stores. Fixture: tests/fixtures/contract.json.
 *
 * Stored scenario scn-cut: Debrecen CANCELLED, CN lithium REFINING flows cut by half.
 * EU lithium REFINING 2024, baseline: DE production 1,000 + CN→DE 800 + KR→HU 300 = 2,100 t.
 * Under scn-cut: CN→DE 400, so 1,700 t.
 */

const EXACT = 12;

/** Stops the German refinery and the Berlin cell plant, and adds an unowned 5 GWh Hungarian cell plant. */
const STOPS = {
  id: 'scn-stops',
  name: 'Refinery and Berlin stopped, a new Hungarian plant',
  overrides: [
    { facility: 'ref-alpha-lithium', status: 'STOPPED' },
    { facility: 'cell-alpha-berlin', status: 'STOPPED' },
    {
      addFacility: {
        id: 'cell-new-hu',
        name: 'New Hungarian cells',
        type: 'CELL_PLANT',
        stage: 'CELL',
        country: 'HU',
        status: 'OPERATING',
        capacities: [{ material: 'cells', year: 2024, value: 5, unit: 'GWh' }],
      },
    },
  ],
};

type Diff = {
  origin: string;
  value: number;
  share: number | null;
  baselineShare: number | null;
  scenarioShare: number | null;
};

async function withStops() {
  const api = await apiOn(fixture('contract.json'));
  const created = await api.query<{ createScenario: { ok: boolean } }>(
    'mutation ($s: ScenarioInput!) { createScenario(scenario: $s) { ok errors { path message } } }',
    { s: STOPS },
    EDITOR_TOKEN,
  );
  expect(created.data?.createScenario.ok).toBe(true);
  return api;
}

describe('baseline, scenario and difference side by side', () => {
  it('dependency: difference of total, top, top third country, HHI and every origin', async () => {
    const { query } = await apiOn(fixture('contract.json'));
    const res = await query<{
      dependency: {
        total: number;
        baseline: { total: number };
        difference: {
          total: number;
          topShare: number;
          topChanged: boolean;
          topThirdCountryShare: number;
          topThirdCountryChanged: boolean;
          hhi: number;
          shares: Diff[];
        };
      };
      plain: { baseline: null; difference: null };
    }>(`{
      dependency(material: "lithium", stage: REFINING, year: 2024, scope: "EU", scenario: "scn-cut") {
        total baseline { total }
        difference { total topShare topChanged topThirdCountryShare topThirdCountryChanged hhi
          shares { origin value share baselineShare scenarioShare } } }
      plain: dependency(material: "lithium", stage: REFINING, year: 2024, scope: "EU") { baseline { total } difference { total } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.plain).toEqual({ baseline: null, difference: null });
    const d = res.data!.dependency;
    expect([d.baseline.total, d.total]).toEqual([2100, 1700]);
    const diff = d.difference;
    expect(diff.total).toBe(-400);
    // DE is the top origin on both sides: 1000/1700 − 1000/2100.
    expect(diff.topChanged).toBe(false);
    expect(diff.topShare).toBeCloseTo(1000 / 1700 - 1000 / 2100, EXACT);
    // CN stays the top third country: 400/1700 − 800/2100 = −0.1456…
    expect(diff.topThirdCountryChanged).toBe(false);
    expect(diff.topThirdCountryShare).toBeCloseTo(400 / 1700 - 800 / 2100, EXACT);
    // HHI: (1000² + 400² + 300²)/1700² − (1000² + 800² + 300²)/2100²
    expect(diff.hhi).toBeCloseTo(1_250_000 / 2_890_000 - 1_730_000 / 4_410_000, EXACT);
    // CN lost 400 t; DE and KR lost nothing but gained share. Largest value change first, then by origin.
    expect(diff.shares.map((s) => [s.origin, s.value])).toEqual([
      ['CN', -400],
      ['DE', 0],
      ['KR', 0],
    ]);
    const kr = diff.shares[2]!;
    expect(kr.baselineShare).toBeCloseTo(300 / 2100, EXACT);
    expect(kr.scenarioShare).toBeCloseTo(300 / 1700, EXACT);
    expect(kr.share).toBeCloseTo(300 / 1700 - 300 / 2100, EXACT);
  });

  it('dependency: a scenario that moves nothing in a cell says so (difference 0, no origin listed)', async () => {
    const { query } = await withStops();
    // EU cells 2024 rest on the DE (20 GWh) and HU (30 GWh) statistics: stopped and added plants do not stand in.
    const res = await query<{
      dependency: { total: number; difference: { total: number; hhi: number; shares: Diff[] } };
    }>(
      `{ dependency(material: "cells", stage: CELL, year: 2024, scope: "EU", scenario: "scn-stops") {
        total difference { total hhi shares { origin value } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dependency.difference).toEqual({ total: 0, hhi: 0, shares: [] });
  });

  it('dependencySeries: every year carries its baseline and difference', async () => {
    const { query } = await apiOn(fixture('contract.json'));
    const res = await query<{
      dependencySeries: { year: number; baseline: { total: number } | null; difference: { total: number } | null }[];
    }>(
      `{ dependencySeries(material: "lithium", stage: REFINING, scope: "EU", scenario: "scn-cut") { year
        baseline { total } difference { total } } }`,
    );
    expect(res.errors).toBeUndefined();
    const series = res.data!.dependencySeries;
    expect(series.length).toBeGreaterThan(0);
    for (const year of series) expect(year.difference).not.toBeNull();
    // 2024: 1,700 t under scn-cut against 2,100 t (CN→DE 800 halved).
    expect(series.find((y) => y.year === 2024)).toEqual({
      year: 2024,
      baseline: { total: 2100 },
      difference: { total: -400 },
    });
  });

  it('dependencyMatrix: every cell carries its baseline and difference', async () => {
    const { query } = await apiOn(fixture('contract.json'));
    const res = await query<{
      dependencyMatrix: {
        material: string;
        stage: string;
        dependency: { baseline: { total: number } | null; difference: { total: number } | null };
      }[];
    }>(
      `{ dependencyMatrix(year: 2024, scope: "EU", scenario: "scn-cut") { material stage
        dependency { baseline { total } difference { total } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const cells = res.data!.dependencyMatrix;
    expect(cells.length).toBeGreaterThan(4);
    for (const cell of cells) expect(cell.dependency.difference).not.toBeNull();
    const lithium = cells.find((c) => c.material === 'lithium' && c.stage === 'REFINING')!;
    expect(lithium.dependency).toEqual({ baseline: { total: 2100 }, difference: { total: -400 } });
  });

  it('lookThrough: difference of the upstream exposure, and of the direct figure', async () => {
    const { query } = await apiOn(fixture('contract.json'));
    const res = await query<{
      lookThrough: {
        direct: { difference: { total: number } };
        difference: { topThirdCountryShare: number; topThirdCountryChanged: boolean; assumed: number; shares: Diff[] };
      };
    }>(
      `{ lookThrough(material: "lithium", stage: REFINING, upstream: EXTRACTION, year: 2024, scope: "EU", scenario: "scn-cut") {
        direct { difference { total } }
        difference { topThirdCountryShare topThirdCountryChanged assumed shares { origin value share } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const l = res.data!.lookThrough;
    expect(l.direct.difference.total).toBe(-400);
    // Extraction behind EU refining: DE's refined lithium comes from CN ore (the only extraction flow into DE),
    // CN's from CN, KR's from KR (no KR extraction recorded: assumed self-sourced).
    // Baseline: CN (1000 + 800)/2100, KR 300/2100 assumed. Scenario: CN (1000 + 400)/1700, KR 300/1700 assumed.
    expect(l.difference.topThirdCountryChanged).toBe(false);
    expect(l.difference.topThirdCountryShare).toBeCloseTo(1400 / 1700 - 1800 / 2100, EXACT);
    expect(l.difference.assumed).toBeCloseTo(300 / 1700 - 300 / 2100, EXACT);
    expect(l.difference.shares.map((s) => s.origin)).toEqual(['CN', 'KR']);
    expect(l.difference.shares[0]!.value).toBeCloseTo(1400 - 1800, 9);
    expect(l.difference.shares[1]!.value).toBeCloseTo(0, 9);
    expect(l.difference.shares[1]!.share).toBeCloseTo(300 / 1700 - 300 / 2100, EXACT);
  });

  it('targetEvaluations: difference of B, P, reduction and gaps, and the status change', async () => {
    const { query } = await withStops();
    const res = await query<{
      targetEvaluations: {
        target: { id: string };
        status: string;
        baseline: { status: string };
        difference: {
          baselineShare: number;
          projectedShare: number;
          reduction: number;
          gapTo30: number;
          gapTo50: number;
          dominantChanged: boolean;
          statusChanged: boolean;
          fromStatus: string;
          toStatus: string;
        };
      }[];
    }>(
      `{ targetEvaluations(scope: "EU", scenario: "scn-stops") { target { id } status baseline { status }
        difference { baselineShare projectedShare reduction gapTo30 gapTo50 dominantChanged statusChanged fromStatus toStatus } } }`,
    );
    expect(res.errors).toBeUndefined();
    const reduction = res.data!.targetEvaluations.find((e) => e.target.id === 'tgt-eu-lithium-refining')!;
    // Baseline 2024: D = CN, B = 800/2100, demand 2100. The German refinery (RAMP_UP, 4,500 t by 2029, no supply in
    // 2024) adds 1 × 4,500: non-dominant 2100 − 800 + 4500 = 5800 ≥ demand, so P = 0, reduction 1: MET_50.
    // Stopped (weight 0): non-dominant 1300, P = (2100 − 1300)/2100 = B, reduction 0: OFF_TRACK;
    // gapTo30 = 2100·(1 − 0.7B) − 1300 = 2100 − 560 − 1300 = 240; gapTo50 = 2100 − 400 − 1300 = 400 (both 0 before).
    expect(reduction.difference).toEqual({
      baselineShare: 0,
      projectedShare: expect.closeTo(800 / 2100, EXACT) as number,
      reduction: -1,
      gapTo30: expect.closeTo(240, 9) as number,
      gapTo50: expect.closeTo(400, 9) as number,
      dominantChanged: false,
      statusChanged: true,
      fromStatus: 'MET_50',
      toStatus: 'OFF_TRACK',
    });
    expect([reduction.baseline.status, reduction.status]).toEqual(['MET_50', 'OFF_TRACK']);
  });

  it('investorRegions: difference by investor region, a share of nothing is null; ownership of an added plant', async () => {
    const { query } = await withStops();
    const res = await query<{
      investorRegions: { total: number; difference: { total: number; shares: Diff[] } };
      ownership: { scenario: string; unknownShare: number };
    }>(
      `{ investorRegions(stage: CELL, year: 2024, scope: "EU", scenario: "scn-stops") { total
          difference { total shares { origin value share baselineShare scenarioShare } } }
        ownership(entity: "cell-new-hu", scenario: "scn-stops") { scenario unknownShare } }`,
    );
    expect(res.errors).toBeUndefined();
    // Baseline: Berlin (RAMP_UP in 2024, 10 GWh), owned by co-alpha (DE: investor region EU). ACC is PAUSED.
    // Scenario: Berlin stopped; the new Hungarian plant (5 GWh) has no recorded owners: UNKNOWN.
    expect(res.data!.investorRegions.total).toBe(5);
    expect(res.data!.investorRegions.difference).toEqual({
      total: -5,
      shares: [
        { origin: 'EU', value: -10, share: -1, baselineShare: 1, scenarioShare: 0 },
        { origin: 'UNKNOWN', value: 5, share: 1, baselineShare: 0, scenarioShare: 1 },
      ],
    });
    expect(res.data!.ownership).toEqual({ scenario: 'scn-stops', unknownShare: 1 });
    const stored = await query('{ ownership(entity: "cell-new-hu") { unknownShare } }');
    expect(stored.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('report(id, scenario): the table under the scenario, the stored one beside it, the overrides footnoted', async () => {
    const { query } = await withStops();
    type Table = { scenario: string | null; rows: { site: string; status: string }[]; footnotes: string[] };
    const res = await query<{ report: Table & { baseline: Table } }>(
      `{ report(id: "Q1", scope: "DE", year: 2026, scenario: "scn-stops") { scenario rows footnotes
        baseline { scenario rows footnotes } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { report } = res.data!;
    const berlin = (t: Table) => t.rows.find((r) => r.site === 'Alpha Berlin cell plant')?.status;
    expect([report.scenario, berlin(report)]).toEqual(['scn-stops', 'STOPPED']);
    expect([report.baseline.scenario, berlin(report.baseline)]).toEqual([null, 'OPERATING']);
    expect(report.footnotes).toContain('Facility cell-alpha-berlin: status STOPPED in every year.');
    expect(report.baseline.footnotes.join(' ')).not.toMatch(/scn-stops/);
  });
});
