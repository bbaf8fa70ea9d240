import { describe, expect, it } from 'vitest';
import { analyticsDataset } from '../unit/analytics/load.js';
import { apiOn } from './harness.js';

/**
 * MIN_DOMESTIC_SHARE, RECYCLED_CONTENT and RECOVERY_RATE through GraphQL on tests/fixtures/analytics/domestic-share.json
 * (arithmetic in tests/unit/analytics/domestic-share.test.ts).
 */
describe('targetEvaluations: minimum-share kinds through the API', () => {
  it('answers MET / BELOW with minimum, domestic supply and gap, and NO_BASELINE with a reason', async () => {
    const { query } = await apiOn(analyticsDataset('domestic-share.json'));
    const res = await query<{
      targetEvaluations: {
        target: { id: string };
        status: string;
        minimum: number | null;
        baselineShare: number;
        projectedShare: number;
        domesticSupply: number | null;
        projectedDomesticSupply: number | null;
        gap: number | null;
        reason: string | null;
        contributions: { facility: { id: string }; contribution: number }[];
      }[];
    }>(
      `{ targetEvaluations { target { id } status minimum baselineShare projectedShare domesticSupply
         projectedDomesticSupply gap reason contributions { facility { id } contribution } } }`,
    );
    expect(res.errors).toBeUndefined();
    const by = Object.fromEntries(res.data!.targetEvaluations.map((e) => [e.target.id, e]));
    // 150 / 1,050 at the baseline, (150 + 120 + 100) / 1,050 projected; gap 0.4 × 1,050 − 370 = 50.
    expect(by['tgt-dom-li-refining']).toMatchObject({
      status: 'BELOW',
      minimum: 0.4,
      domesticSupply: 150,
      projectedDomesticSupply: 370,
      gap: 50,
      reason: null,
    });
    expect(by['tgt-dom-li-refining']!.contributions.map((c) => c.facility.id)).toEqual(['ref-pl-planned', 'ref-fr']);
    expect(by['tgt-dom-li-refining-demand']).toMatchObject({ status: 'MET', projectedShare: 0.4625, gap: 0 });
    expect(by['tgt-rc-li']).toMatchObject({ status: 'BELOW', projectedShare: 0.02, gap: 40 });
    expect(by['tgt-rr-li']).toMatchObject({ status: 'NO_BASELINE', minimum: 0.5, gap: null });
    expect(by['tgt-rr-li']!.reason).toContain('an assumption, not a measured rate');
  });
});

describe('recovered metal in the REFINING shares through the API (scenario addFacility)', () => {
  it('dependency lists the recovered metal and what it rests on; the tracker moves OFF_TRACK → MET_30', async () => {
    const { query } = await apiOn(analyticsDataset('domestic-share.json'));
    const res = await query<{
      dependency: {
        total: number;
        evidence: string;
        recovered: { country: string; value: number; basis: string; inStatistic: boolean; plants: { id: string }[] }[];
        baseline: { total: number; evidence: string };
      };
      targetEvaluations: { target: { id: string }; status: string; baseline: { status: string } }[];
    }>(
      `{ dependency(material: "lithium", stage: REFINING, year: 2024, scope: "EU", scenario: "scn-fr-recycler") {
           total evidence recovered { country value basis inStatistic plants { id } } baseline { total evidence } }
         targetEvaluations(scope: "EU", scenario: "scn-fr-recycler") { target { id } status baseline { status } } }`,
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!.dependency;
    // 1,050 stored + 100 t Li recovered by the hypothetical French recycler (France has no REFINING statistic).
    expect(d.total).toBeCloseTo(1150, 9);
    expect(d.baseline).toMatchObject({ evidence: 'STATISTICS' });
    expect(d.baseline.total).toBeCloseTo(1050, 9);
    expect(d.evidence).toBe('MIXED');
    expect(d.recovered).toEqual([
      { country: 'FR', value: 100, basis: 'CAPACITY', inStatistic: false, plants: [{ id: 'rec-fr-new' }] },
      { country: 'DE', value: 20, basis: 'CAPACITY', inStatistic: true, plants: [{ id: 'rec-de-hydro' }] },
    ]);
    const bb = res.data!.targetEvaluations.find((e) => e.target.id === 'tgt-bb-li-refining')!;
    expect(bb).toMatchObject({ status: 'MET_30', baseline: { status: 'OFF_TRACK' } });
  });
});
