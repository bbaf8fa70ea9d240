import { describe, expect, it } from 'vitest';
import { analyticsDataset } from '../unit/analytics/load.js';
import { apiOn } from './harness.js';

const EXACT = 9;

interface SeriesPoint {
  year: number;
  total: number;
  evidence: string;
  importsRecorded: boolean | null;
  coverage: number;
  shares: { origin: string; value: number; share: number }[];
  top: { origin: string; share: number } | null;
  topThirdCountry: { origin: string; share: number } | null;
}

const SERIES = `query ($scope: ID, $basis: Basis) {
  dependencySeries(material: "lithium", stage: REFINING, scope: $scope, basis: $basis) {
    year total evidence importsRecorded coverage shares { origin value share } top { origin share }
    topThirdCountry { origin share } } }`;

async function series(variables: Record<string, unknown>) {
  const { query } = await apiOn(analyticsDataset('series.json'));
  const res = await query<{ dependencySeries: SeriesPoint[] }>(SERIES, variables);
  expect(res.errors).toBeUndefined();
  return res.data!.dependencySeries;
}

// tests/fixtures/analytics/series.json, lithium REFINING:
//   production 2021: CN 600, CL 300, AU 100; 2022: none; 2023: CN 700, CL 200, AU 100, DE 50
//   flow 2023: CN → DE 150; ref-fr (FR, OPERATING) INSTALLED 40 from 2020; ref-de-plan ANNOUNCED 500 for 2028.
describe('dependencySeries through GraphQL: one dependency per year in the data, the rule of `dependency`', () => {
  it('GLOBAL: the statistics years, ascending; the year between without rows is no data, never 0 %', async () => {
    const s = await series({ scope: 'GLOBAL' });
    // Years from the first to the last production or flow row: 2021–2023. Capacity does not extend a GLOBAL
    // series (a GLOBAL share rests on statistics alone), and the 2028 row is an announcement, not data.
    expect(s.map((d) => d.year)).toEqual([2021, 2022, 2023]);
    expect(s.map((d) => d.evidence)).toEqual(['STATISTICS', 'NONE', 'STATISTICS']);
    // 2021: 600 / (600 + 300 + 100) = 0.6
    expect(s[0]!.total).toBeCloseTo(1000, EXACT);
    expect(s[0]!.top).toEqual({ origin: 'CN', share: 0.6 });
    expect(s[0]!.topThirdCountry).toEqual({ origin: 'CN', share: 0.6 });
    // 2022: nothing recorded: no shares, no top, total 0 with evidence NONE (the web shows "no data")
    expect(s[1]).toMatchObject({ total: 0, shares: [], top: null, topThirdCountry: null, importsRecorded: null });
    // 2023: 700 / (700 + 200 + 100 + 50) = 700 / 1050
    expect(s[2]!.total).toBeCloseTo(1050, EXACT);
    expect(s[2]!.top!.share).toBeCloseTo(700 / 1050, EXACT);
  });

  it('EU: installed capacity years count too (it stands in for missing statistics); each year has its evidence', async () => {
    const s = await series({ scope: 'EU' });
    // From ref-fr's installed row (2020) to the last statistic (2023).
    expect(s.map((d) => d.year)).toEqual([2020, 2021, 2022, 2023]);
    // 2020–2022: only ref-fr's 40 t stands in for France's missing statistic, no imports recorded →
    // a plant-register estimate whose third-country share is unknown (topThirdCountry null).
    for (const d of s.slice(0, 3)) {
      expect(d.evidence).toBe('REGISTER');
      expect(d.total).toBeCloseTo(40, EXACT);
      expect(d.importsRecorded).toBe(false);
      expect(d.topThirdCountry).toBeNull();
    }
    // 2023: DE 50 (statistic) + FR 40 (stand-in) + CN → DE 150 = 240; China 150 / 240 = 0.625;
    // coverage (50 + 150) / 240 = 0.8333… → MIXED.
    const d = s[3]!;
    expect(d.total).toBeCloseTo(240, EXACT);
    expect(d.evidence).toBe('MIXED');
    expect(d.importsRecorded).toBe(true);
    expect(d.topThirdCountry!.origin).toBe('CN');
    expect(d.topThirdCountry!.share).toBeCloseTo(0.625, EXACT);
    expect(d.coverage).toBeCloseTo(200 / 240, EXACT);
  });

  it('each point equals `dependency` for its year (one rule, one place)', async () => {
    const { query } = await apiOn(analyticsDataset('series.json'));
    const res = await query<{ dependencySeries: SeriesPoint[]; y2023: SeriesPoint }>(
      `{ dependencySeries(material: "lithium", stage: REFINING, scope: "EU", basis: CONTROL) { year total shares { origin value share } }
         y2023: dependency(material: "lithium", stage: REFINING, year: 2023, scope: "EU", basis: CONTROL) { year total shares { origin value share } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.dependencySeries.find((d) => d.year === 2023)).toEqual(res.data!.y2023);
  });

  it('an unknown material is refused with its name', async () => {
    const { query } = await apiOn(analyticsDataset('series.json'));
    const res = await query(`{ dependencySeries(material: "unobtainium", stage: REFINING) { year } }`);
    expect(res.errors?.[0]?.message).toContain('unobtainium');
  });
});
