import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot, type AppSetup } from './harness.js';
import { tableText } from './table-helpers.js';

const TOKEN = 'e2e-series-editor-token-51c9';
const SCENARIO = 'scn-e2e-za-manganese-cut';

interface Point {
  year: number;
  thirdCountryKnown: boolean;
  topThirdCountry: { origin: string; share: number } | null;
  total: number;
  baseline: { topThirdCountry: { origin: string; share: number } | null; total: number } | null;
  difference: { total: number; topThirdCountryShare: number | null } | null;
}

// Bundled data, EU manganese EXTRACTION — the one EU series with a readable third-country share (2024; 2023 has no
// data). A scenario halving South Africa's manganese-ore exports at EXTRACTION: South Africa 329,839.68 t of
// 492,778.93 t (66.9 %) → 164,919.84 t of 492,778.93 − 164,919.84 = 327,859.09 t, i.e. 50.3 %; Gabon 140,275 t
// (28.5 %) → 42.8 %. The chart showed only the scenario's lines: now each country's stored line is drawn beside it.
const SETUP: AppSetup = {
  dataset: BUNDLED,
  editorToken: TOKEN,
  scenarios: [
    {
      id: SCENARIO,
      name: 'South Africa halves manganese ore exports (e2e)',
      overrides: [{ country: 'ZA', material: 'manganese', stage: 'EXTRACTION', cut: 0.5 }],
    },
  ],
};
describeInChromium('shares over time under a scenario (bundled data)', SETUP, (app) => {
  it('the shares-over-time chart showed only the scenario’s series: the stored data’s is drawn beside it, the legend says which is which', async () => {
    const api = (
      (await (
        await fetch(`${app.server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `{ dependencySeries(material: "manganese", stage: EXTRACTION, scope: "EU", scenario: "${SCENARIO}") {
              year thirdCountryKnown total topThirdCountry { origin share }
              baseline { total topThirdCountry { origin share } } difference { total topThirdCountryShare } } }`,
          }),
        })
      ).json()) as { data: { dependencySeries: Point[] } }
    ).data.dependencySeries;
    const y2024 = api.find((d) => d.year === 2024)!;
    expect(y2024.baseline!.topThirdCountry!.share).toBeCloseTo(0.6693, 4);
    // 164,919.84 / 327,859.09 = 0.50302
    expect(y2024.topThirdCountry!.share).toBeCloseTo(0.50302, 4);
    expect(y2024.difference!.total).toBeCloseTo(-164919.84, 1);

    const { page, errors } = await app.open(
      `/dependency?scope=EU&year=2024&cell=manganese:EXTRACTION&scenario=${SCENARIO}`,
      1440,
    );
    const section = page.getByRole('region', { name: 'Shares over time' });
    await section.getByRole('table', { name: 'Shares over time table' }).waitFor();
    expect(await section.getByRole('heading').first().textContent()).toBe(
      'Shares over time (location: the stored data and under the scenario)',
    );
    const rows = await tableText(page, 'Shares over time table');
    expect(rows.slice(2)).toEqual([
      ['2023', 'no data', 'no data', 'no figure', 'no data', 'no data', 'no figure', 'no data', 'no data'],
      [
        '2024',
        'South Africa 66.9 %',
        'South Africa 50.3 %',
        `−${(Math.abs(y2024.difference!.topThirdCountryShare!) * 100).toFixed(1)} pp`,
        '492,779 t Mn',
        '327,859 t Mn',
        '−164,920 t Mn',
        'statistics',
        'statistics',
      ],
    ]);
    const chart = section.getByRole('figure', { name: 'Shares over time chart' });
    const legend = await chart.locator('.recharts-legend-item-text').allTextContents();
    expect(legend.slice(0, 4)).toEqual([
      'South Africa — stored data',
      'South Africa — scenario',
      'Gabon — stored data',
      'Gabon — scenario',
    ]);
    // Each leading country twice: a solid line (scenario) and a dashed one (stored data).
    const lines = await chart.locator('.recharts-line-curve').count();
    expect(lines).toBe(legend.length);
    expect(await chart.locator('.recharts-line-curve[stroke-dasharray="6 4"]').count()).toBe(lines / 2);
    // 2024 is the one readable year: one dot per line, at 66.9 % and 50.3 % for South Africa.
    expect(await chart.locator('.recharts-line-dot').count()).toBe(lines);
    await section.scrollIntoViewIfNeeded();
    await section.screenshot({
      path: (await screenshot(page, 'dependency-series-scenario-1440')).replace('1440', '1440-section'),
    });
    expect(errors).toEqual([]);
  });
});
