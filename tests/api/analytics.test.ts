import { describe, expect, it } from 'vitest';
import { analyticsDataset } from '../unit/analytics/load.js';
import { apiOn } from './harness.js';

const EXACT = 9;

describe('analytics through GraphQL (SPEC 4b names)', () => {
  it('answers dependency with shares, top third country, HHI, coverage, assumptions and sources', async () => {
    const { query } = await apiOn(analyticsDataset('shares.json'));
    const res = await query<{
      dependency: {
        total: number;
        unit: string;
        shares: { origin: string; share: number }[];
        topThirdCountry: { origin: string; value: number };
        hhi: number;
        coverage: number;
        assumptions: string[];
        sources: { id: string; publisher: string }[];
      };
    }>(
      `query ($scope: ID) { dependency(material: "lithium", stage: REFINING, year: 2024, scope: $scope) {
        total unit shares { origin value share } top { origin } topThirdCountry { origin value share } hhi coverage assumptions sources { id publisher } } }`,
      { scope: 'EU' },
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.dependency;
    // 100 + 50 + 600 + 150 = 900 (see tests/unit/analytics/shares.test.ts)
    expect(d.total).toBeCloseTo(900, EXACT);
    expect(d.unit).toBe('t Li');
    expect(d.topThirdCountry).toEqual({ origin: 'CN', value: 600, share: 600 / 900 });
    expect(d.hhi).toBeCloseTo(395000 / 810000, EXACT);
    expect(d.coverage).toBeCloseTo(850 / 900, EXACT);
    expect(d.sources).toEqual([{ id: 'src-fx', publisher: 'Tests' }]);
    expect(d.assumptions.length).toBeGreaterThan(2);
  });

  it('answers dependencyMatrix with every material × stage cell in one call', async () => {
    const { query } = await apiOn(analyticsDataset('control.json'));
    const res = await query<{ dependencyMatrix: { material: string; stage: string; dependency: { total: number } }[] }>(
      `{ dependencyMatrix(year: 2024, scope: "EU", basis: CONTROL) { material stage dependency { total topThirdCountry { origin } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dependencyMatrix).toHaveLength(5);
    // EU cells under CONTROL: 235 GWh (see the CONTROL fixture)
    expect(res.data!.dependencyMatrix.find((c) => c.stage === 'CELL')!.dependency.total).toBeCloseTo(235, EXACT);
  });

  it('answers lookThrough with direct, shares, assumed and paths', async () => {
    const { query } = await apiOn(analyticsDataset('lookthrough.json'));
    const res = await query<{
      lookThrough: {
        direct: { total: number };
        topThirdCountry: { origin: string; share: number };
        assumed: number;
        paths: { origins: string[]; weight: number; assumed: boolean }[];
      };
    }>(
      `{ lookThrough(material: "lithium", stage: COMPONENT, upstream: EXTRACTION, year: 2024, scope: "EU") {
        direct { total } shares { origin share } topThirdCountry { origin share } assumed paths { origins weight assumed } } }`,
    );
    expect(res.errors).toBeUndefined();
    const lt = res.data!.lookThrough;
    expect(lt.direct.total).toBeCloseTo(400, EXACT);
    expect(lt.topThirdCountry.origin).toBe('AU');
    expect(lt.topThirdCountry.share).toBeCloseTo(0.51125, EXACT);
    expect(lt.assumed).toBeCloseTo(0.3125, EXACT);
    expect(lt.paths[0]).toEqual({
      origins: ['CN', 'CN', 'AU'],
      weight: expect.closeTo(0.28, EXACT) as number,
      assumed: false,
    });
  });

  it('answers targetEvaluations with weights, contributions and a scenario side by side with the baseline', async () => {
    const { query } = await apiOn(analyticsDataset('targets.json'));
    const res = await query<{
      targetEvaluations: {
        target: { id: string; material: { unit: string } };
        dominant: string;
        projectedShare: number;
        reduction: number;
        status: string;
        gapTo50: number;
        contributions: { facility: { id: string; name: string }; contribution: number }[];
        baseline: { projectedShare: number } | null;
      }[];
    }>(
      `query ($w: StatusWeightsInput, $s: ID) { targetEvaluations(scope: "EU", weights: $w, scenario: $s) {
        target { id material { unit } } dominant baselineShare projectedShare reduction status gapTo30 gapTo50
        contributions { facility { id name } contribution } baseline { projectedShare } } }`,
      { s: 'scn-pl-operating' },
    );
    expect(res.errors).toBeUndefined();
    const e = res.data!.targetEvaluations.find((x) => x.target.id === 'tgt-met50')!;
    expect(e.target.material.unit).toBe('t Li');
    expect(e.dominant).toBe('CN');
    // scenario: ref-pl-planned OPERATING → P = (1000 − 905)/1000 = 0.095; baseline P = 0.395
    expect(e.projectedShare).toBeCloseTo(0.095, EXACT);
    expect(e.baseline!.projectedShare).toBeCloseTo(0.395, EXACT);
    expect(e.contributions[0]!.facility.id).toBe('ref-pl-planned');

    const weighted = await query<{ targetEvaluations: { target: { id: string }; projectedShare: number }[] }>(
      `query ($w: StatusWeightsInput) { targetEvaluations(weights: $w) { target { id } projectedShare } }`,
      { w: { PLANNED: 1, UNDER_CONSTRUCTION: 0 } },
    );
    // non-dominant 920 → P = 0.08
    expect(weighted.data!.targetEvaluations.find((x) => x.target.id === 'tgt-met50')!.projectedShare).toBeCloseTo(
      0.08,
      EXACT,
    );
  });

  it('answers ownership and capacityByInvestorRegion', async () => {
    const own = await apiOn(analyticsDataset('ownership.json'));
    const res = await own.query<{
      ownership: {
        ultimateOwners: { owner: { id: string; country: { id: string } }; share: number }[];
        unknownShare: number;
        converged: boolean;
      };
    }>(
      `{ ownership(entity: "fac-x") { ultimateOwners { owner { id name country { id } } share } unknownShare converged } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.ownership.ultimateOwners.map((o) => o.owner.id)).toEqual(['co-top', 'co-z']);
    expect(res.data!.ownership.unknownShare).toBeCloseTo(0.25, EXACT);

    const ctl = await apiOn(analyticsDataset('control.json'));
    const cap = await ctl.query<{ capacityByInvestorRegion: { origin: string; value: number }[] }>(
      `{ capacityByInvestorRegion(stage: CELL, year: 2024) { origin value share } }`,
    );
    expect(cap.data!.capacityByInvestorRegion.map((s) => s.origin)).toEqual(['CHINA', 'KOREA', 'EU', 'UNKNOWN']);
  });

  it('says what is wrong for an unknown scope, entity or scenario, with a stable code', async () => {
    const { query } = await apiOn(analyticsDataset('shares.json'));
    const bad = await query(
      `{ dependency(material: "lithium", stage: REFINING, year: 2024, scope: "MARS") { total } }`,
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(bad.errors?.[0]?.message).toMatch(/Unknown scope "MARS"/);
    const noScenario = await query(
      `{ dependency(material: "lithium", stage: REFINING, year: 2024, scenario: "x") { total } }`,
    );
    expect(noScenario.errors?.[0]?.message).toMatch(/Unknown scenario "x"/);
    const noEntity = await query(`{ ownership(entity: "nobody") { unknownShare } }`);
    expect(noEntity.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
