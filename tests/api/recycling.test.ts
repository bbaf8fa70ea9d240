import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET } from '../../api/src/env.js';
import { GRAPHQL_LIMITS, workCost } from '../../api/src/hardening/graphql-limits.js';
import { loadDatasetFile } from '../../api/src/store/create-store.js';
import { buildSchema } from '../../api/src/modules/index.js';
import { analyticsDataset } from '../unit/analytics/load.js';
import { apiOn } from './harness.js';

/**
 * Query.recycling through GraphQL on the hand-computed fixture (tests/fixtures/analytics/recycling.json; the
 * arithmetic is in tests/unit/analytics/recycling.test.ts), on both stores (the harness).
 */

const FIGURES = `
  scope year scenario exportBan unit batteryInput blackMass blackMassBasis imported processedInScope hydrometCapacity
  hydrometFree exported unallocated flowsRecorded keptByBan
  nodes { id label kind country }
  links { source target value material basis }
  recovered { material value unit byCountry { origin value share } recoveryRate recoveryRateKnown targetRate targetYear
    targetInForce meetsTarget benchmarkShare benchmarkYear basis parameters reason }
  recycledContent { material recovered cellDemand share minimum targetYear inForce status reason parameters }
  parameters { id key kind material chemistry value low high unit overridden notes sources { id title } }
  gaps { id title } notes sources { id }`;

const QUERY = `query ($scope: ID, $year: Int!, $scenario: ID, $ban: Boolean, $parameters: [RecyclingParameterInput!]) {
  recycling(scope: $scope, year: $year, scenario: $scenario, exportBan: $ban, parameters: $parameters) {
    ...figures
    baseline { ...figures }
  }
}
fragment figures on Recycling { ${FIGURES} }`;

interface Figures {
  scenario: string | null;
  batteryInput: number;
  exportBan: boolean;
  blackMass: number;
  blackMassBasis: string;
  processedInScope: number;
  exported: number;
  unallocated: number;
  keptByBan: number;
  flowsRecorded: boolean;
  links: { source: string; target: string; value: number; basis: string }[];
  recovered: { material: string; value: number; basis: string; byCountry: { origin: string; value: number }[] }[];
  recycledContent: { material: string; status: string; share: number | null; reason: string | null }[];
  parameters: { key: string; value: number; overridden: boolean; sources: { id: string }[] }[];
  gaps: { id: string }[];
  notes: string[];
  baseline: Figures | null;
}

const close = (x: number | undefined, y: number) => expect(x).toBeCloseTo(y, 9);
const lithium = (r: Figures) => r.recovered.find((x) => x.material === 'lithium')!;

describe('Query.recycling', () => {
  it('answers the balance, recovered metal, recycled content, parameters, gaps and notes of the EU in 2024', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const res = await query<{ recycling: Figures }>(QUERY, { year: 2024 });
    expect(res.errors).toBeUndefined();
    const r = res.data!.recycling;
    expect(r.scenario).toBeNull();
    expect(r.baseline).toBeNull();
    close(r.blackMass, 7000); // 10,000 × 0.4 + 3,000
    expect(r.blackMassBasis).toBe('PARAMETER');
    close(r.processedInScope, 5700);
    close(r.exported, 1500);
    expect(r.keptByBan).toBe(0);
    close(lithium(r).value, 132.8); // FI 4,700 × 0.03 × 0.8 + DE 20 stated
    expect(lithium(r).byCountry.map((c) => c.origin)).toEqual(['FI', 'DE']);
    expect(r.recycledContent.map((c) => [c.material, c.status])).toEqual([
      ['lithium', 'MET'],
      ['nickel', 'MET'],
      ['cobalt', 'NO_BASELINE'],
    ]);
    expect(r.parameters.find((p) => p.key === 'BLACK_MASS_YIELD||')).toMatchObject({
      value: 0.4,
      overridden: false,
      sources: [{ id: 'src-lit' }],
    });
    expect(r.gaps.map((g) => g.id)).toEqual(['gap-bm-output']);
    expect(r.notes.some((n) => n.startsWith('Capacities are SPEC 4.0 supply in 2024'))).toBe(true);
  });

  it('exportBan adds the ban to the stored data: kept black mass, baseline side by side', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const res = await query<{ recycling: Figures }>(QUERY, { year: 2024, ban: true });
    expect(res.errors).toBeUndefined();
    const r = res.data!.recycling;
    expect([r.scenario, r.exportBan, r.keptByBan]).toEqual([null, true, 1000]);
    close(r.exported, 500);
    close(r.processedInScope, 6000);
    close(r.unallocated, 700);
    expect(r.notes.join('\n')).toContain('Export ban: 1,000 t of black mass');
    expect(r.baseline).toMatchObject({ exportBan: false, keptByBan: 0, exported: 1500 });
  });

  it('a stored ban scenario gives the same figures as the exportBan argument (one mechanism)', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const viaScenario = (await query<{ recycling: Figures }>(QUERY, { year: 2024, scenario: 'scn-ban' })).data!
      .recycling;
    const viaArgument = (await query<{ recycling: Figures }>(QUERY, { year: 2024, ban: true })).data!.recycling;
    expect(viaScenario.scenario).toBe('scn-ban');
    expect(viaScenario.exportBan).toBe(true);
    expect(viaScenario.keptByBan).toBe(1000);
    expect(viaScenario.links).toEqual(viaArgument.links);
    // The ban on top of a scenario that already bans changes nothing more.
    const both = (await query<{ recycling: Figures }>(QUERY, { year: 2024, scenario: 'scn-ban', ban: true })).data!
      .recycling;
    expect(both.keptByBan).toBe(1000);
  });

  it("a scenario's parameter and the query's parameters replace the defaults and say so", async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const scenario = (await query<{ recycling: Figures }>(QUERY, { year: 2024, scenario: 'scn-low-yield' })).data!
      .recycling;
    close(scenario.blackMass, 6000); // 10,000 × 0.3 + 3,000
    expect(scenario.parameters.find((p) => p.key === 'BLACK_MASS_YIELD||')).toMatchObject({
      value: 0.3,
      overridden: true,
    });
    close(scenario.baseline?.blackMass, 7000);
    const res = await query<{ recycling: Figures }>(QUERY, {
      year: 2024,
      parameters: [{ kind: 'RECOVERY_EFFICIENCY', material: 'lithium', value: 0.5 }],
    });
    expect(res.errors).toBeUndefined();
    // FI 4,700 × 0.03 × 0.5 = 70.5, + DE 20 stated.
    close(lithium(res.data!.recycling).value, 90.5);
    expect(res.data!.recycling.parameters.find((p) => p.key === 'RECOVERY_EFFICIENCY|lithium|')?.overridden).toBe(true);
  });

  it('says "no data" where there is none: basis NONE, NO_BASELINE, flows not recorded', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const r = (await query<{ recycling: Figures }>(QUERY, { year: 2023 })).data!.recycling;
    expect(r.blackMassBasis).toBe('NONE');
    expect(r.flowsRecorded).toBe(false);
    expect(r.recovered.every((x) => x.basis === 'NONE')).toBe(true);
    expect(r.recycledContent.every((x) => x.status === 'NO_BASELINE' && x.share === null)).toBe(true);
  });

  it('rejects bad arguments with a stable code and the path of the bad parameter', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const bad = async (variables: Record<string, unknown>) => (await query(QUERY, variables)).errors?.[0];
    expect(await bad({ year: 2024, parameters: [{ kind: 'YIELD', value: 0.4 }] })).toMatchObject({
      message: expect.stringContaining('parameters[0].kind: must be one of BLACK_MASS_YIELD'),
      extensions: { code: 'VALIDATION_FAILED' },
    });
    expect(await bad({ year: 2024, parameters: [{ kind: 'BLACK_MASS_YIELD', value: 1.5 }] })).toMatchObject({
      message: expect.stringContaining('parameters[0].value: a BLACK_MASS_YIELD is tonnes per tonne from 0 to 1'),
      extensions: { code: 'VALIDATION_FAILED' },
    });
    expect(await bad({ year: 2024, scenario: 'scn-none' })).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await bad({ year: 2024, scope: 'XX' })).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(await bad({ year: 3000 })).toMatchObject({ extensions: { code: 'VALIDATION_FAILED' } });
  });

  it('stays within the GraphQL limits with every field, baseline included', () => {
    const document = parse(QUERY);
    expect(workCost(buildSchema(), document, { year: 2024 })).toBeLessThanOrEqual(GRAPHQL_LIMITS.maxCost);
  });

  it('still counts the depth through fragments: seven levels of fields are refused', async () => {
    const { query } = await apiOn(analyticsDataset('recycling.json'));
    const deep = await query(
      `{ recycling(year: 2024) { baseline { ...b } } } fragment b on Recycling { baseline { baseline { parameters { sources { id } } } } }`,
    );
    expect(deep.errors?.[0]?.message).toMatch(/depth limit of 6 exceeded, found 7/);
  });

  it('on the bundled data, every missing figure says so where the number would be', async () => {
    const { query } = await apiOn(await loadDatasetFile(BUNDLED_DATASET));
    for (const year of [2024, 2025, 2031]) {
      const res = await query<{
        recycling: Figures & { processedBasis: string; recovered: { reason: string | null }[] };
      }>(QUERY, { year, ban: true });
      expect(res.errors, `EU ${year}`).toBeUndefined();
      const r = res.data!.recycling;
      expect(r.batteryInput, `EU ${year}: recyclers publish battery input`).toBeGreaterThan(0);
      for (const x of r.recovered) if (x.basis === 'NONE') expect(x.reason, `${x.material} ${year}`).toBeTruthy();
      for (const x of r.recycledContent)
        if (x.status === 'NO_BASELINE') {
          expect(x.share).toBeNull();
          expect(x.reason, `${x.material} ${year}`).toBeTruthy();
        }
      if (r.blackMassBasis === 'NONE') expect(r.notes.join('\n')).toMatch(/no data, not 0/);
      if (!r.flowsRecorded) expect(r.notes.join('\n')).toContain('exports and imports are unknown, not 0');
      for (const p of r.parameters) if (!p.overridden) expect(p.sources.length, p.key).toBeGreaterThan(0);
      expect(r.baseline?.exportBan).toBe(false);
    }
  });
});
