import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot } from './harness.js';
import { tableText } from './table-helpers.js';

interface Point {
  year: number;
  total: number;
  unit: string;
  evidence: string;
  thirdCountryKnown: boolean;
  topThirdCountry: { origin: string; share: number } | null;
}

// Issue 12, "shares over every year in the data … as a chart on the dependency view": on the bundled data, the
// chart and its table against the API's own dependencySeries.
describeInChromium('shares over time on the dependency cell detail (bundled data)', { dataset: BUNDLED }, (app) => {
  async function series(material: string, stage: string, scope: string): Promise<Point[]> {
    const response = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ dependencySeries(material: "${material}", stage: ${stage}, scope: "${scope}") {
          year total unit evidence thirdCountryKnown topThirdCountry { origin share } } }`,
      }),
    });
    return ((await response.json()) as { data: { dependencySeries: Point[] } }).data.dependencySeries;
  }

  it('world lithium extraction: one point per year of the API, drawn, each year read as the API says', async () => {
    const api = await series('lithium', 'EXTRACTION', 'GLOBAL');
    expect(api.length).toBeGreaterThan(1);
    const { page, errors } = await app.open('/dependency?scope=GLOBAL&year=2024&cell=lithium:EXTRACTION');
    const section = page.getByRole('region', { name: 'Shares over time' });
    await section.getByRole('table', { name: 'Shares over time table' }).waitFor();
    const rows = (await tableText(page, 'Shares over time table')).slice(1);
    expect(rows.map((r) => Number(r[0]))).toEqual(api.map((d) => d.year));
    for (const [i, d] of api.entries()) {
      const top = d.topThirdCountry!;
      // "Australia 37.1 %" — the share as the API gives it, to one decimal.
      expect(rows[i]![1]).toContain(`${(top.share * 100).toFixed(1)} %`);
    }
    // A line per leading origin, with a dot per year.
    const chart = section.getByRole('figure', { name: 'Shares over time chart' });
    expect(await chart.locator('.recharts-line').count()).toBeGreaterThan(0);
    expect(await chart.locator('.recharts-line-dot').count()).toBeGreaterThanOrEqual(api.length);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'bundled-shares-over-time');
    expect(errors).toEqual([]);
  });

  it('EU cells: every year a register estimate without recorded imports; nothing drawn, no year reads as a share', async () => {
    const api = await series('cells', 'CELL', 'EU');
    expect(api.length).toBeGreaterThan(1);
    expect(api.every((d) => !d.thirdCountryKnown)).toBe(true);
    const { page, errors } = await app.open('/dependency?scope=EU&year=2024&cell=cells:CELL');
    const section = page.getByRole('region', { name: 'Shares over time' });
    await expect
      .poll(() => section.getByRole('note', { name: 'No share to draw' }).textContent())
      .toContain('imports not recorded');
    expect(await section.getByRole('figure', { name: 'Shares over time chart' }).count()).toBe(0);
    const rows = (await tableText(page, 'Shares over time table')).slice(1);
    expect(rows.map((r) => Number(r[0]))).toEqual(api.map((d) => d.year));
    for (const r of rows) {
      expect(r[1]).toBe('imports not recorded — third-country share unknown');
      expect(r[3]).toMatch(/^plant-register estimate, \d+ plants?$/);
    }
    expect(errors).toEqual([]);
  });
});
