import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../api/src/env.js';
import { loadDatasetFile } from '../../api/src/store/create-store.js';
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
    // scenario: ref-pl-planned OPERATING → P = (1000 − 977.5)/1000 = 0.0225; baseline P = 0.3225
    // (arithmetic in tests/unit/analytics/targets.test.ts)
    expect(e.projectedShare).toBeCloseTo(0.0225, EXACT);
    expect(e.baseline!.projectedShare).toBeCloseTo(0.3225, EXACT);
    expect(e.contributions[0]!.facility.id).toBe('ref-pl-planned');

    const weighted = await query<{ targetEvaluations: { target: { id: string }; projectedShare: number }[] }>(
      `query ($w: StatusWeightsInput) { targetEvaluations(weights: $w) { target { id } projectedShare } }`,
      { w: { PLANNED: 1, UNDER_CONSTRUCTION: 0 } },
    );
    // non-dominant 1030 ≥ demand 1000 → P = 0
    expect(weighted.data!.targetEvaluations.find((x) => x.target.id === 'tgt-met50')!.projectedShare).toBe(0);
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
    // co-x keeps its unrecorded 0.2: x = 0.375 z + 0.375 top + 0.25 co-x itself (tests/unit/analytics/ownership.test.ts)
    expect(res.data!.ownership.ultimateOwners.map((o) => o.owner.id)).toEqual(['co-top', 'co-z', 'co-x']);
    expect(res.data!.ownership.unknownShare).toBeCloseTo(0, EXACT);

    const ctl = await apiOn(analyticsDataset('control.json'));
    const cap = await ctl.query<{ capacityByInvestorRegion: { origin: string; value: number }[] }>(
      `{ capacityByInvestorRegion(stage: CELL, year: 2024) { origin value share } }`,
    );
    expect(cap.data!.capacityByInvestorRegion.map((s) => s.origin)).toEqual(['CHINA', 'KOREA', 'EU', 'UNKNOWN']);
  });

  it('answers what a figure rests on: evidence, importsRecorded, thirdCountryKnown, producedInScope, standIns', async () => {
    const { query } = await apiOn(analyticsDataset('evidence.json'));
    const res = await query<{
      world: {
        evidence: string;
        top: unknown;
        shares: unknown[];
        importsRecorded: boolean | null;
        thirdCountryKnown: boolean;
      };
      eu: {
        evidence: string;
        importsRecorded: boolean;
        thirdCountryKnown: boolean;
        topThirdCountry: unknown;
        producedInScope: number;
        standIns: { facility: { id: string; name: string }; value: number }[];
        gaps: unknown[];
      };
    }>(
      `{ world: dependency(material: "lithium", stage: REFINING, year: 2023) { evidence top { origin } shares { origin } importsRecorded thirdCountryKnown }
         eu: dependency(material: "lithium", stage: REFINING, year: 2023, scope: "EU") {
           evidence importsRecorded thirdCountryKnown topThirdCountry { origin } producedInScope
           standIns { facility { id name } value } gaps { id title } } }`,
    );
    expect(res.errors).toBeUndefined();
    // arithmetic in tests/unit/analytics/evidence.test.ts: world 2023 has plants only; EU 2023 = DE 100 + FR 40
    expect(res.data!.world).toEqual({
      evidence: 'NONE',
      top: null,
      shares: [],
      importsRecorded: null,
      thirdCountryKnown: false,
    });
    const eu = res.data!.eu;
    expect([eu.evidence, eu.importsRecorded, eu.thirdCountryKnown, eu.topThirdCountry]).toEqual([
      'REGISTER',
      false,
      false,
      null,
    ]);
    expect(eu.producedInScope).toBeCloseTo(140, EXACT);
    expect(eu.gaps).toEqual([
      { id: 'gap-li-all', title: 'Lithium imports' },
      { id: 'gap-li-refining-eu', title: 'EU refining statistics' },
    ]);
    expect(eu.standIns).toEqual([
      { facility: { id: 'ref-de-a', name: 'ref-de-a' }, value: 100 },
      { facility: { id: 'ref-fr-a', name: 'ref-fr-a' }, value: 40 },
    ]);
  });

  it('answers dataGaps per material and stage, with their sources', async () => {
    const { query } = await apiOn(analyticsDataset('evidence.json'));
    const res = await query<{
      dataGaps: { id: string; scope: string | null; lookAt: string | null; sources: { id: string }[] }[];
    }>(`{ dataGaps(material: "lithium", stage: REFINING) { id scope lookAt sources { id } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.dataGaps).toEqual([
      { id: 'gap-li-all', scope: null, lookAt: null, sources: [] },
      { id: 'gap-li-refining-eu', scope: 'EU', lookAt: 'Eurostat PRODCOM', sources: [{ id: 'src-fx' }] },
      { id: 'gap-li-refining-fr', scope: 'FR', lookAt: null, sources: [] },
    ]);
  });

  it('answers investorRegions per facility, by share or by controller, and capacityByInvestorRegion as its shares', async () => {
    const { query } = await apiOn(analyticsDataset('investors.json'));
    type Regions = {
      total: number;
      by: string;
      unit: string;
      shares: { origin: string; value: number }[];
      facilities: {
        facility: { id: string };
        capacity: number;
        controller: { id: string } | null;
        controllerRegion: string;
      }[];
    };
    const res = await query<{
      eff: Regions;
      ctl: Regions;
      cap: { origin: string; value: number }[];
      dep: { producedInScope: number };
    }>(
      `{ eff: investorRegions(stage: CELL, year: 2024) { total by unit shares { origin value } facilities { facility { id } capacity controller { id } controllerRegion } }
         ctl: investorRegions(stage: CELL, year: 2024, by: CONTROLLER) { total by unit shares { origin value } facilities { facility { id } capacity controller { id } controllerRegion } }
         cap: capacityByInvestorRegion(stage: CELL, year: 2024, by: CONTROLLER) { origin value }
         dep: dependency(material: "cells", stage: CELL, year: 2024, scope: "EU") { producedInScope } }`,
    );
    expect(res.errors).toBeUndefined();
    const { eff, ctl, cap, dep } = res.data!;
    // arithmetic in tests/unit/analytics/investor-region.test.ts
    expect(eff.total).toBeCloseTo(145, EXACT);
    expect(eff.unit).toBe('GWh');
    expect(eff.shares.map((s) => s.origin)).toEqual(['KOREA', 'CHINA', 'UNKNOWN', 'EU']);
    expect(ctl.shares.map((s) => [s.origin, s.value])).toEqual([
      ['KOREA', 90],
      ['CHINA', 50],
      ['UNKNOWN', 5],
    ]);
    expect(cap).toEqual(ctl.shares);
    expect(eff.facilities.find((f) => f.facility.id === 'cell-de-orphan')).toEqual({
      facility: { id: 'cell-de-orphan' },
      capacity: 5,
      controller: null,
      controllerRegion: 'UNKNOWN',
    });
    // one figure, one place
    expect(dep.producedInScope).toBeCloseTo(eff.total, EXACT);
  });

  it('answers the controlling owner beside the effective split', async () => {
    const { query } = await apiOn(analyticsDataset('ownership.json'));
    const res = await query<{
      chain: { controller: { id: string }; controllerUnknown: boolean; controlChain: { id: string }[] };
      orphan: { controller: null; controllerUnknown: boolean; controlChain: unknown[]; unknownShare: number };
      gotion: { ultimateOwners: { owner: { id: string }; share: number }[]; unknownShare: number };
    }>(
      `{ chain: ownership(entity: "fac-chain") { controller { id } controllerUnknown controlChain { id } }
         orphan: ownership(entity: "fac-orphan") { controller { id } controllerUnknown controlChain { id } unknownShare }
         gotion: ownership(entity: "fac-gotion") { ultimateOwners { owner { id } share } unknownShare } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.chain).toEqual({
      controller: { id: 'co-c3' },
      controllerUnknown: false,
      controlChain: [{ id: 'co-c1' }, { id: 'co-c2' }, { id: 'co-c3' }],
    });
    expect(res.data!.orphan).toEqual({ controller: null, controllerUnknown: true, controlChain: [], unknownShare: 1 });
    // 75 % stays with co-gotion (CN), 25 % co-vw: not "75 % UNKNOWN"
    expect(res.data!.gotion).toEqual({
      ultimateOwners: [
        { owner: { id: 'co-gotion' }, share: 0.75 },
        { owner: { id: 'co-vw' }, share: 0.25 },
      ],
      unknownShare: 0,
    });
  });

  it('answers NO_BASELINE with a reason, and the thresholds used', async () => {
    const { query } = await apiOn(analyticsDataset('targets.json'));
    const res = await query<{
      targetEvaluations: { target: { id: string }; status: string; reason: string | null; reductionMin: number }[];
    }>(`{ targetEvaluations { target { id } status reason reductionMin reductionMax } }`);
    expect(res.errors).toBeUndefined();
    const by = Object.fromEntries(res.data!.targetEvaluations.map((e) => [e.target.id, e]));
    expect(by['tgt-none']!.status).toBe('NO_BASELINE');
    expect(by['tgt-none']!.reason).toMatch(/baseline cannot be known/);
    expect(by['tgt-recycled']!.status).toBe('NO_BASELINE');
    expect(by['tgt-recycled']!.reason).toMatch(/No cell plant in EU supplies cells in 2031/);
    expect(by['tgt-met50']!.reason).toBeNull();
    expect(by['tgt-strict']!.reductionMin).toBe(0.6);
  });

  it("answers a facility's status and supply capacity in a year through the one capacity rule", async () => {
    const { query } = await apiOn(analyticsDataset('investors.json'));
    const res = await query<{
      lg: { y2017: string | null; y2024: string; s2017: number; s2024: number; s2030: number };
      catl: { s2026: number; st: string };
      acc: { s: number };
    }>(
      `{ lg: facility(id: "cell-pl-lg") { y2017: statusIn(year: 2017) y2024: statusIn(year: 2024)
           s2017: supplyCapacity(year: 2017) s2024: supplyCapacity(material: "cells", year: 2024) s2030: supplyCapacity(year: 2030) }
         catl: facility(id: "cell-hu-catl") { s2026: supplyCapacity(year: 2026) st: statusIn(year: 2026) }
         acc: facility(id: "cell-de-acc") { s: supplyCapacity(year: 2024) } }`,
    );
    expect(res.errors).toBeUndefined();
    // cell-pl-lg starts 2018 (no history): did not exist in 2017; installed 90 from 2019 holds in 2024 and 2030
    expect(res.data!.lg).toEqual({ y2017: null, y2024: 'OPERATING', s2017: 0, s2024: 90, s2030: 90 });
    // under construction with an announced row only: no supply; paused: no supply
    expect(res.data!.catl).toEqual({ s2026: 0, st: 'UNDER_CONSTRUCTION' });
    expect(res.data!.acc).toEqual({ s: 0 });
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

describe('one figure, one place: the cross-view test', () => {
  const CROSS = `query ($scope: ID!, $year: Int!, $s: ID) {
    dependency(material: "cells", stage: CELL, year: $year, scope: $scope, scenario: $s) {
      producedInScope evidence standIns { value } baseline { producedInScope } }
    eff: investorRegions(stage: CELL, year: $year, scope: $scope, scenario: $s) { total shares { value } baseline { total } }
    ctl: investorRegions(stage: CELL, year: $year, scope: $scope, scenario: $s, by: CONTROLLER) { total }
    cap: capacityByInvestorRegion(stage: CELL, year: $year, scope: $scope, scenario: $s) { value } }`;
  type Cross = {
    dependency: {
      producedInScope: number;
      evidence: string;
      standIns: { value: number }[];
      baseline: { producedInScope: number } | null;
    };
    eff: { total: number; shares: { value: number }[]; baseline: { total: number } | null };
    ctl: { total: number };
    cap: { value: number }[];
  };
  const sum = (xs: { value: number }[]) => xs.reduce((a, x) => a + x.value, 0);

  it('gives the member-country part of dependency and the investor-region totals as one number on the bundled data', async () => {
    const { query } = await apiOn(await loadDatasetFile(BUNDLED_DATASET));
    let checked = 0;
    for (const scope of ['EU', 'DE', 'HU', 'PL', 'FR', 'SE'])
      for (const year of [2022, 2024, 2026, 2030]) {
        const res = await query<Cross>(CROSS, { scope, year });
        expect(res.errors).toBeUndefined();
        const { dependency: d, eff, ctl, cap } = res.data!;
        // the member countries have no CELL statistic: every member plant that supplies stands in
        expect(sum(d.standIns), `${scope} ${year}`).toBeCloseTo(d.producedInScope, 6);
        expect(eff.total, `${scope} ${year}`).toBeCloseTo(d.producedInScope, 6);
        expect(ctl.total, `${scope} ${year}`).toBeCloseTo(d.producedInScope, 6);
        expect(sum(cap), `${scope} ${year}`).toBeCloseTo(d.producedInScope, 6);
        if (d.producedInScope > 0) checked++;
      }
    // not an empty check: the EU 2024 total is the plants' 4.0 supply (LG Wrocław and Samsung Göd included)
    const eu = await query<Cross>(CROSS, { scope: 'EU', year: 2024 });
    expect(eu.data!.eff.total).toBeGreaterThan(150);
    expect(checked).toBeGreaterThan(10);
  });

  it('moves both views together under a scenario that stops a plant', async () => {
    const { query } = await apiOn(analyticsDataset('capacity.json'));
    const res = await query<Cross>(CROSS, { scope: 'EU', year: 2024, s: 'scn-stop-history' });
    expect(res.errors).toBeUndefined();
    const { dependency: d, eff } = res.data!;
    // 2024: 35 GWh stored; cell-history (10) stopped → 25 in both (tests/unit/analytics/capacity-rule.test.ts)
    expect([d.producedInScope, eff.total]).toEqual([25, 25]);
    expect([d.baseline!.producedInScope, eff.baseline!.total]).toEqual([35, 35]);
  });
});
