import { beforeAll, describe, expect, it } from 'vitest';
import { buildProjection, type Projection } from '../../../api/src/projection/projection.js';
import { dependency } from '../../../api/src/analytics/shares.js';
import { readDatasetPath } from '../../../api/src/dataset/read.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { BUNDLED_DATASET } from '../../../api/src/env.js';
import { apiOn } from '../../api/harness.js';

let projection: Projection;
let query: Awaited<ReturnType<typeof apiOn>>['query'];

beforeAll(async () => {
  const result = validateDataset((await readDatasetPath(BUNDLED_DATASET)).document);
  if (!result.ok) throw new Error(`the bundled dataset is invalid: ${JSON.stringify(result.errors.slice(0, 3))}`);
  projection = buildProjection(result.dataset);
  ({ query } = await apiOn(result.dataset));
});

describe('the bundled data reproduces its sources', () => {
  it('gives every production row derived from a published share that share back, within ±0.005', () => {
    const rows = projection.dataset.production.filter((r) => r.publishedShare !== undefined);
    // A check over nothing proves nothing: the bundled data must carry derived rows.
    expect(rows.length, 'production rows with publishedShare in seed/').toBeGreaterThan(0);
    const misses: string[] = [];
    for (const row of rows) {
      const d = dependency(projection, { material: row.material, stage: row.stage, year: row.year });
      const computed = d.shares.find((s) => s.origin === row.country)?.share ?? 0;
      if (Math.abs(computed - row.publishedShare!) > 0.005)
        misses.push(
          `${row.country} ${row.material} ${row.stage} ${row.year}: computed ${computed.toFixed(4)} of ${d.total} ${d.unit}, published ${row.publishedShare}`,
        );
    }
    expect(misses).toEqual([]);
  });
});

interface DependencyAnswer {
  dependency: {
    total: number;
    top: { origin: string; share: number } | null;
    topThirdCountry: { origin: string; share: number } | null;
    evidence: string;
    coverage: number;
    importsRecorded: boolean | null;
    gaps: { id: string }[];
  };
}
const DEPENDENCY = `query($material: ID!, $stage: Stage!, $scope: ID!) {
  dependency(material: $material, stage: $stage, year: 2024, scope: $scope) {
    total top { origin share } topThirdCountry { origin share } evidence coverage importsRecorded gaps { id } } }`;

describe('the API reproduces the IEA world refining shares of 2024 (Critical Minerals Dataset, May 2025)', () => {
  // The IEA's published top-country shares, to its rounding (one decimal of a per cent), and its world totals.
  it.each([
    ['lithium', 'CN', 70.2, 241_612],
    ['cobalt', 'CN', 78.4, 250_150],
    ['graphite', 'CN', 95.7, 1_875_252],
    ['nickel', 'ID', 42.9, 3_483_697],
  ])('%s REFINING 2024, GLOBAL: %s is top with %s per cent of %s t', async (material, country, percent, total) => {
    const response = await query<DependencyAnswer>(DEPENDENCY, { material, stage: 'REFINING', scope: 'GLOBAL' });
    expect(response.errors).toBeUndefined();
    const d = response.data!.dependency;
    expect(d.top?.origin).toBe(country);
    expect(Math.round(d.top!.share * 1000) / 10).toBe(percent);
    // A GLOBAL share rests on statistics alone (SPEC 4.1): the IEA total, no plant capacity standing in.
    expect(d.total).toBe(total);
    expect(d.coverage).toBe(1);
    expect(d.evidence).toBe('STATISTICS');
  });

  it('nickel REFINING 2024 carries its gap (14.9 % of the world total unattributed)', async () => {
    const response = await query<DependencyAnswer>(DEPENDENCY, {
      material: 'nickel',
      stage: 'REFINING',
      scope: 'GLOBAL',
    });
    expect(response.data!.dependency.gaps.map((g) => g.id)).toContain('gap-refining-nickel-2024-coverage');
  });
});

describe('EU-scope answers on the bundled imports (CEPII BACI 2024)', () => {
  it.each([
    ['lithium', 'REFINING', 'CL', 'gap-imports-lithium-hydroxide'],
    ['nickel', 'REFINING', 'NO', 'gap-imports-nickel'],
    ['manganese', 'EXTRACTION', 'ZA', 'gap-imports-manganese-ore'],
  ])(
    '%s %s 2024, EU: imports recorded, top third country %s, and the trade-code gap shown',
    async (material, stage, third, gap) => {
      const response = await query<DependencyAnswer>(DEPENDENCY, { material, stage, scope: 'EU' });
      expect(response.errors).toBeUndefined();
      const d = response.data!.dependency;
      expect(d.importsRecorded).toBe(true);
      expect(d.topThirdCountry?.origin).toBe(third);
      expect(d.gaps.map((g) => g.id)).toContain(gap);
    },
  );
});
