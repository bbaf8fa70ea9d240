import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/env.js';
import { BUNDLED, SCREENSHOTS, describeInChromium, screenshot, type App } from './harness.js';
import { tableText } from './table-helpers.js';

/** rec-core's hand-made recycling fixture (its arithmetic is in tests/api/recycling.test.ts and docs/methodology.md §7). */
const RECYCLING_FIXTURE = join(REPO_ROOT, 'tests', 'fixtures', 'analytics', 'recycling.json');

/** A balance table as { row label → [cell per column] }. */
async function balance(page: Page): Promise<Map<string, string[]>> {
  const rows = await tableText(page, 'Black-mass balance');
  return new Map(rows.slice(1).map((r) => [r[0]!, r.slice(1)]));
}

async function recycling(app: App, variables: Record<string, unknown>) {
  const response = await fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query ($year: Int!, $exportBan: Boolean) { recycling(year: $year, exportBan: $exportBan) {
        links { value } blackMassBasis processedBasis flowsRecorded recovered { material basis reason } recycledContent { material status reason }
        gaps { title } } }`,
      variables,
    }),
  });
  return (
    (await response.json()) as {
      data: {
        recycling: {
          links: { value: number }[];
          blackMassBasis: string;
          processedBasis: string;
          flowsRecorded: boolean;
          recovered: { material: string; basis: string; reason: string | null }[];
          recycledContent: { material: string; status: string; reason: string | null }[];
          gaps: { title: string }[];
        };
      };
    }
  ).data.recycling;
}

// The fixture, EU 2024: battery input DE 10,000 t × yield 0.4 = 4,000 t black mass (estimate) + PL's stated
// 3,000 t = 7,000 t; recorded exports PL → CN 1,000 and DE → KR 500 = 1,500 t; hydrometallurgy FI 5,000 + DE 1,000.
// The ban keeps PL → CN's 1,000 t (China is not in the OECD; Korea is): exports 500 t, 300 t more processed, 700 t
// without a destination. Lithium: FI 120 + DE 20 = 140 t with the ban (132.8 t without, shown as 133 t).
describeInChromium('recycling view on the recycling fixture', { dataset: RECYCLING_FIXTURE }, (app) => {
  it('balance, Sankey, export ban side by side, recovered metal vs targets, parameters overridden, all in the URL', async () => {
    const { page, errors } = await app.open('/recycling?year=2024', 1440);
    await page.getByRole('table', { name: 'Black-mass balance' }).waitFor();
    expect(await page.getByRole('link', { name: 'Recycling' }).getAttribute('aria-current')).toBe('page');
    let b = await balance(page);
    expect(b.get('Black mass produced')).toEqual(['7,000 t (estimate)']);
    expect(b.get('Black mass exported')).toEqual(['1,500 t']);
    expect(b.get('Kept in the scope by the export ban')).toEqual(['no ban']);
    // The Sankey draws the API's links, one path each, coloured by what they rest on.
    const api = await recycling(app, { year: 2024 });
    const sankey = page.getByRole('figure', { name: 'Black-mass balance, Stored data' });
    expect(await sankey.locator('path[data-basis]').count()).toBe(api.links.filter((l) => l.value > 0).length);
    expect(await sankey.locator('path[data-basis="PARAMETER"]').count()).toBeGreaterThan(0);
    expect(await sankey.locator('path[data-basis="FLOW"]').count()).toBeGreaterThan(0);
    await screenshot(page, 'recycling-1440');

    // The export ban: baseline and ban side by side.
    await page.getByRole('checkbox', { name: /Black-mass export ban/ }).check();
    await expect.poll(() => page.url()).toContain('ban=1');
    await expect
      .poll(async () => (await tableText(page, 'Black-mass balance'))[0])
      .toEqual(['t per year', 'Stored data', 'With the export ban']);
    b = await balance(page);
    expect(b.get('Black mass exported')).toEqual(['1,500 t', '500 t']);
    expect(b.get('Kept in the scope by the export ban')).toEqual(['no ban', '1,000 t']);
    // Black mass without a destination rests on the yield too: an estimate.
    expect(b.get('No recorded destination (surplus)')).toEqual(['0 t (estimate)', '700 t (estimate)']);
    expect(await page.getByRole('figure', { name: 'Black-mass balance, With the export ban' }).count()).toBe(1);
    const recovered = await tableText(page, 'Recovered metal');
    const lithium = recovered.find((r) => r[0] === 'Lithium')!;
    expect(lithium.slice(1, 5)).toEqual([
      // With the ban FI processes 5,000 t × content 0.03 × efficiency 0.8 = 120 t: an estimate that names what it rests
      // on, with its range (yield 0.3–0.5, efficiency 0.7–0.9): FI 4,700 × 0.03 × 0.7 + 20 = 118.7 to 5,000 × 0.03 ×
      // 0.9 + 20 = 155 t.
      '140 t Li (estimate, 119–155 t Li)Estimate resting on: black mass content, lithium, mixed; recovery efficiency, lithium, mixed (see Parameters).',
      'Finland 120 t Li · Germany 20 t Li',
      '77.8 % (estimate)',
      '50 % by end-2027 (not yet in force)',
    ]);
    expect((await tableText(page, 'Recovered metal, stored data')).find((r) => r[0] === 'Lithium')![1]).toBe(
      // Without the ban: 3,700 × 0.03 × 0.7 + 20 = 97.7 to 5,000 × 0.03 × 0.9 + 20 = 155 t (tests/unit/analytics/recycling-ranges).
      '133 t Li (estimate, 97.7–155 t Li)Estimate resting on: black mass content, lithium, mixed; recovery efficiency, lithium, mixed (see Parameters).',
    );
    // Recycled content: cobalt has no intensity for two of three cell plants → no baseline, with the reason.
    const content = await tableText(page, 'Recycled content');
    expect(content.find((r) => r[0] === 'Cobalt')![5]).toContain('No baseline');
    expect(content.find((r) => r[0] === 'Cobalt')![3]).toBe('no data');

    // Parameters in use with range and source; overriding the yield with 0.3: 10,000 × 0.3 + 3,000 = 6,000 t.
    const parameters = await tableText(page, 'Parameters in use');
    const yieldRow = parameters.find((r) => r[0] === 'Black mass yield')!;
    expect(yieldRow.slice(3, 6)).toEqual(['0.4', '0.3–0.5', 't/t']);
    expect(yieldRow[6]).not.toBe('–');
    const input = page.getByRole('spinbutton', { name: 'Use instead of BLACK_MASS_YIELD||' });
    await input.fill('0.3');
    await input.press('Enter');
    await expect.poll(() => decodeURIComponent(page.url())).toContain('p=BLACK_MASS_YIELD||:0.3');
    await expect
      .poll(async () => (await balance(page)).get('Black mass produced'))
      .toEqual(['6,000 t (estimate)', '6,000 t (estimate)']);
    expect(
      (await tableText(page, 'Parameters in use')).find((r) => r[0]!.startsWith('Black mass yield'))![0],
    ).toContain('overridden');
    // The shared link reproduces the question.
    await page.reload();
    await expect
      .poll(async () => (await balance(page)).get('Black mass produced'))
      .toEqual(['6,000 t (estimate)', '6,000 t (estimate)']);
    expect(await page.getByRole('checkbox', { name: /Black-mass export ban/ }).isChecked()).toBe(true);
    // By year: the recovery target steps from the 2027 to the 2031 one.
    const byYear = await tableText(page, 'Recovered metal by year');
    expect(byYear[0]).toEqual(['Metal', '2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031']);
    const liByYear = byYear.find((r) => r[0] === 'Lithium')!;
    expect(liByYear[4]).toContain('target 50 %');
    expect(liByYear[8]).toContain('target 80 %');
    await screenshot(page, 'recycling-ban-1440');
    for (const section of ['Recovered metal', 'Recycled content', 'Parameters'])
      await page
        .getByRole('region', { name: section, exact: true })
        .screenshot({ path: join(SCREENSHOTS, `recycling-ban-1440-${section.toLowerCase().replace(/ /g, '-')}.png`) });
    expect(errors).toEqual([]);
  });

  it('at 1024 px the page does not cut off: nothing wider than the window', async () => {
    const { page, errors } = await app.open('/recycling?year=2024&ban=1', 1024);
    await page.getByRole('figure', { name: 'Black-mass balance, With the export ban' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Each Sankey fits inside the window (a chart clipped by its card would pass the scroll check).
    for (const svg of await page.locator('figure[aria-label^="Black-mass balance"] svg.recharts-surface').all()) {
      const box = (await svg.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(1024);
    }
    await screenshot(page, 'recycling-ban-1024');
    await page
      .getByRole('region', { name: 'Recovered metal', exact: true })
      .screenshot({ path: join(SCREENSHOTS, 'recycling-ban-1024-recovered.png') });
    expect(errors).toEqual([]);
  });
});

describeInChromium('recycling view on the bundled data', { dataset: BUNDLED }, (app) => {
  it('says "no data" where the bundled data has no number, never 0 t or 0 %', async () => {
    const api = await recycling(app, { year: 2025 });
    const { page, errors } = await app.open('/recycling', 1440);
    await page.getByRole('table', { name: 'Black-mass balance' }).waitFor();
    const b = await balance(page);
    if (api.blackMassBasis === 'NONE') {
      expect(b.get('Black mass produced')).toEqual(['no data']);
      expect(await page.getByRole('note', { name: 'Black mass: no data' }).count()).toBe(1);
    }
    // Processing, deficit and surplus rest on the feed: with processedBasis NONE they are no data, not 0 t.
    if (api.processedBasis === 'NONE')
      for (const row of [
        'Processed by hydrometallurgy in the scope',
        'Capacity without recorded feed (deficit)',
        'No recorded destination (surplus)',
      ])
        expect(b.get(row)).toEqual(['no data']);
    // The deficit is capacity − processed: where processing is an estimate, so is the deficit (it read "0 t" beside
    // "3,000 t (estimate)" on the bundled data, 2025).
    if (api.processedBasis === 'PARAMETER')
      for (const row of ['Processed by hydrometallurgy in the scope', 'Capacity without recorded feed (deficit)'])
        expect(b.get(row)?.[0], row).toMatch(/\(estimate/);
    const recovered = await tableText(page, 'Recovered metal');
    for (const m of api.recovered.filter((x) => x.basis === 'NONE')) {
      const row = recovered.find((r) => r[0]!.toLowerCase() === m.material)!;
      expect(row[1]).toBe(`no data${m.reason ?? ''}`);
      expect(row[3]).toBe('unknown');
    }
    // 2025: Fortum Harjavalta's 3,000 t feed × content × EverBatt's efficiency — estimates, their rate assumed.
    const estimated = api.recovered.filter((x) => x.basis === 'PARAMETER');
    expect(estimated.map((m) => m.material)).toEqual(expect.arrayContaining(['lithium', 'nickel', 'cobalt']));
    for (const m of estimated) {
      const row = recovered.find((r) => r[0]!.toLowerCase() === m.material)!;
      expect(row[1], m.material).toMatch(
        /^[\d,.]+ t \w+ \(estimate, [\d,.]+–[\d,.]+ t \w+\)Estimate resting on: black mass content/,
      );
      expect(row[3], m.material).toMatch(/ % \(estimate\)$/);
      expect(row[5], m.material).toMatch(/^not measured/);
    }
    const content = await tableText(page, 'Recycled content');
    // 2025: every cell plant takes the NMC-family or the any-chemistry intensity row — estimates with their range.
    const shares = api.recycledContent.filter((x) => x.status !== 'NO_BASELINE');
    expect(shares.map((c) => c.material)).toEqual(['lithium', 'nickel', 'cobalt']);
    for (const c of shares) {
      const row = content.find((r) => r[0]!.toLowerCase() === c.material)!;
      expect(row[2], c.material).toMatch(
        /\(estimate, [\d,.]+–[\d,.]+ t \w+\)Estimate resting on: .*material intensity/,
      );
      expect(row[3], c.material).toMatch(/^[\d.]+ % \(estimate, [\d.]+ %–[\d.]+ %\)$/);
      expect(row[5], c.material).toMatch(/^Below/);
    }
    for (const c of api.recycledContent.filter((x) => x.status === 'NO_BASELINE')) {
      const row = content.find((r) => r[0]!.toLowerCase() === c.material)!;
      expect(row[3]).toBe('no data');
      expect(row[5]).toBe(`No baseline${c.reason ?? ''}`);
    }
    const lacks = (await page.getByRole('list', { name: 'What the data lacks for recycling' }).textContent()) ?? '';
    for (const g of api.gaps) expect(lacks).toContain(g.title);
    expect(await page.locator('main').textContent()).not.toMatch(/Black mass produced0 t/);
    if (api.blackMassBasis === 'PARAMETER' && api.processedBasis !== 'NONE')
      expect(b.get('No recorded destination (surplus)')![0]).toMatch(/\(estimate\)$/);
    await screenshot(page, 'bundled-recycling-1440');
    // Without recorded black-mass flows the ban's effect is unknown, not 0 t.
    if (!api.flowsRecorded) {
      await page.getByRole('checkbox', { name: /Black-mass export ban/ }).check();
      await expect
        .poll(async () => (await balance(page)).get('Kept in the scope by the export ban'))
        .toEqual(['no ban', 'unknown (no black-mass flows recorded)']);
    }
    for (const section of ['Recovered metal', 'Recycled content', 'Parameters'])
      await page
        .getByRole('region', { name: section, exact: true })
        .screenshot({ path: join(SCREENSHOTS, `bundled-recycling-${section.toLowerCase().replace(/ /g, '-')}.png`) });
    expect(errors).toEqual([]);
  });
});
