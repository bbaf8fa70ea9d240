import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot } from './harness.js';

describeInChromium('plant map on /plants, bundled data, offline, in Chromium', { dataset: BUNDLED }, (app) => {
  it('plants by country on an offline world map, coloured with the one status legend', async () => {
    // The API's own answer: Germany's facilities in the tracker.
    const api = await fetch(`${app.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ plantTracker(year: 2026) { rows } }' }),
    });
    const rows = ((await api.json()) as { data: { plantTracker: { rows: Record<string, unknown>[] } } }).data
      .plantTracker.rows;
    const german = rows.filter((r) => r['countryId'] === 'DE');
    expect(german.length).toBeGreaterThan(10);

    const { page, errors, outside } = await app.open('/plants?year=2026&country=Germany', {
      width: 1440,
      height: 1000,
      offline: true,
    });
    const map = page.locator('figure[aria-label="Plant map"] svg');
    await map.waitFor();
    await expect.poll(() => map.locator('circle.plant').count()).toBe(german.length);
    expect(await map.getAttribute('aria-label')).toBe(
      `Map of ${german.length} plants in 1 countries, coloured by status`,
    );
    const germany = map.locator('path[data-country="DE"]');
    expect(await germany.getAttribute('data-plants')).toBe(String(german.length));
    expect(await germany.locator('title').textContent()).toMatch(new RegExp(`^Germany: ${german.length} plants — `));

    // Every dot lies on Germany's outline (its box), in its status colour — the colour of that status's badge in
    // the legend above, so the map and the table share one legend.
    const seen = await page.evaluate(() => {
      const de = document.querySelector<SVGPathElement>('path[data-country="DE"]')!.getBBox();
      const legend = new Map(
        [...document.querySelectorAll<HTMLElement>('[aria-label="Status colours"] .status-badge')].map((b) => [
          b.dataset['status'],
          getComputedStyle(b).backgroundColor,
        ]),
      );
      return [...document.querySelectorAll<SVGCircleElement>('circle.plant')].map((c) => {
        const x = c.cx.baseVal.value;
        const y = c.cy.baseVal.value;
        return {
          status: c.dataset['status']!,
          fill: getComputedStyle(c).fill,
          legend: legend.get(c.dataset['status']),
          inside: x >= de.x - 1 && x <= de.x + de.width + 1 && y >= de.y - 1 && y <= de.y + de.height + 1,
        };
      });
    });
    for (const dot of seen) {
      expect(dot.inside).toBe(true);
      expect(dot.legend).toMatch(/^rgb\(/);
      expect(dot.fill).toBe(dot.legend);
    }
    // Germany's mix on the map is the API's: as many dots per status as rows.
    const byStatus = (list: { status: unknown }[]) =>
      Object.fromEntries(
        [...new Set(list.map((r) => String(r.status)))]
          .sort()
          .map((s) => [s, list.filter((r) => r.status === s).length]),
      );
    expect(byStatus(seen)).toEqual(byStatus(german.map((r) => ({ status: r['status'] }))));
    await map.scrollIntoViewIfNeeded();
    await screenshot(page, 'plant-map-germany');

    // Every plant in the tracker, on the whole map.
    await page.goto(`${app.server.url}/plants?year=2026`);
    await map.waitFor();
    const placeable = rows.filter((r) => r['countryId'] !== 'XW');
    await expect.poll(() => map.locator('circle.plant').count()).toBe(placeable.length);
    expect(await map.locator('path.has-plants').count()).toBeGreaterThan(10);
    await map.scrollIntoViewIfNeeded();
    await screenshot(page, 'plant-map-all');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
});
