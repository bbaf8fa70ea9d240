import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { SCREENSHOTS, WEB_FIXTURE, describeInChromium, pixelStats, screenshot } from './harness.js';

const GRAPH = '[data-testid="graph"]';
/** Pixels of the graph canvas near a colour (a node's fill is drawn in exactly its colour). */
async function pixelsNear(page: Page, hex: string): Promise<number> {
  return (await pixelStats(page, await page.locator(GRAPH).screenshot(), { near: hex })).near;
}
/** The share of the canvas width that is drawn on, above the legend (the bottom 140 px). */
async function inkWidth(page: Page): Promise<number> {
  const box = await page.locator(GRAPH).boundingBox();
  return (await pixelStats(page, await page.locator(GRAPH).screenshot(), { bottom: box!.height - 140 })).inkWidth;
}

/** Presses Tab until the focused element's name (aria-label, else text) matches; fails after `max` presses. */
async function tabTo(page: Page, name: RegExp, max = 120): Promise<string> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      // A chart's name is its SVG <title>.
      const title = el.tagName.toLowerCase() === 'svg' ? el.querySelector(':scope > title')?.textContent : null;
      return (el.getAttribute('aria-label') ?? title ?? el.textContent ?? '').trim();
    });
    if (name.test(focused)) return focused;
  }
  throw new Error(`No element named ${name} reached with ${max} presses of Tab.`);
}

const EU_BLUE = '#1f5fbf';
const CHINA_RED = '#d62728';

describeInChromium('explorer defects of issue 12, in Chromium', { dataset: WEB_FIXTURE }, (app) => {
  it("colour by investor region colours by the plant's location, not its owners: CATL's EU plants are China red", async () => {
    const { page, errors } = await app.open('/?ids=co-catl&colour=region');
    const legend = page.getByLabel('Legend');
    await expect.poll(() => legend.textContent()).toContain("by controlling owner's region");
    // CATL, its plants in Germany and Hungary, its mine and refinery in China: all controlled from China.
    await expect.poll(() => legend.textContent()).toContain('China');
    expect(await legend.textContent()).not.toContain('European Union');
    await expect.poll(() => pixelsNear(page, CHINA_RED)).toBeGreaterThan(500);
    expect(await pixelsNear(page, EU_BLUE)).toBe(0);
    // The details say who controls the plant.
    await page.getByText(/All \d+ nodes/).click();
    await page.getByRole('button', { name: 'CATL Arnstadt' }).click();
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('row', { name: /^controllerRegion/ }).textContent()).toContain('CHINA');
    await screenshot(page, 'defect-colour-by-controller');

    // By country the same plant is German (its location): the two modes answer different questions.
    const { page: byCountry } = await app.open('/?ids=co-catl');
    await expect.poll(() => byCountry.getByLabel('Legend').textContent()).toContain('Germany');
    expect(errors).toEqual([]);
  });

  it('the default value-chain layout collapses company and plant views into one column with overlapping share labels', async () => {
    for (const [path, name] of [
      ['/?ids=co-catl', 'defect-layout-company'],
      ['/?ids=cell-catl-arnstadt', 'defect-layout-plant'],
    ] as const) {
      const { page } = await app.open(path);
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'nodes' }).isVisible()).toBe(true);
      // Before: the plant view was one column of four nodes blown up to 4× (about a fifth of the width).
      await expect.poll(() => inkWidth(page)).toBeGreaterThan(0.45);
      await screenshot(page, name);
    }
  });

  it('PNG export has no legend or source line: the exported picture carries the legend, the sources and the date', async () => {
    const { page, errors } = await app.open('/?ids=co-catl&colour=region');
    await expect.poll(() => page.getByLabel('Legend').textContent()).toContain('China');
    const canvas = await page.locator('[data-testid="graph"]').boundingBox();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('graph.png');
    const path = join(SCREENSHOTS, 'defect-export.png');
    await download.saveAs(path);
    // The downloaded file: the graph (2× the canvas) with a caption band below it.
    const graphHeight = Math.round(canvas!.height * 2);
    const whole = await pixelStats(page, await readFile(path));
    const band = await pixelStats(page, await readFile(path), { near: CHINA_RED, top: graphHeight });
    const seen = { height: whole.height, red: band.near, ink: band.dark };
    expect(seen.height).toBeGreaterThan(Math.round(canvas!.height * 2) + 80);
    // China's swatch in the legend (12 px × 2 = 24² = 576 px) and lines of text under the graph.
    expect(seen.red).toBeGreaterThan(400);
    expect(seen.ink).toBeGreaterThan(3000);
    expect(errors).toEqual([]);
  });

  it('filters are single-select: several statuses and stages at once, from the mouse and the keyboard, kept in the link', async () => {
    const { page, errors } = await app.open('/?ids=co-catl');
    const nodeList = page.getByText(/All \d+ nodes/);
    await nodeList.click();
    const shown = (name: string) => page.getByRole('button', { name, exact: true }).count();
    await expect.poll(() => shown('CATL Debrecen')).toBe(1);
    const status = page.locator('summary', { hasText: /^Status/ });
    await status.click();
    await page.getByRole('checkbox', { name: 'Operating' }).check();
    // One status: the plant under construction leaves the view.
    await expect.poll(() => shown('CATL Debrecen')).toBe(0);
    await page.getByRole('checkbox', { name: 'Under construction' }).check();
    // Two statuses: it is back, with the operating plants.
    await expect.poll(() => shown('CATL Debrecen')).toBe(1);
    expect(await shown('CATL Arnstadt')).toBe(1);
    expect(decodeURIComponent(page.url())).toContain('status=OPERATING,UNDER_CONSTRUCTION');
    await expect.poll(() => status.getAttribute('aria-label')).toBe('Status: Operating, Under construction');
    await status.click();

    // Stage from the keyboard: Tab to the filter, Enter opens it, Space ticks Extraction and then Cell.
    const stage = page.locator('summary', { hasText: /^Stage/ });
    await stage.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'Extraction' }).focus();
    await page.keyboard.press('Space');
    await expect.poll(() => shown('Yibin lithium refinery')).toBe(0);
    expect(await shown('Yichun lepidolite mine')).toBe(1);
    expect(await shown('CATL Debrecen')).toBe(0);
    await page.keyboard.press('Tab'); // Refining
    await page.keyboard.press('Tab'); // Component
    await page.keyboard.press('Tab'); // Cell
    await page.keyboard.press('Space');
    await expect.poll(() => shown('CATL Debrecen')).toBe(1);
    expect(await shown('Yichun lepidolite mine')).toBe(1);
    expect(await shown('Yibin lithium refinery')).toBe(0);
    expect(decodeURIComponent(page.url())).toContain('stage=EXTRACTION,CELL');
    await screenshot(page, 'defect-multi-select');

    // The link reproduces both filters.
    const { page: again } = await app.open(new URL(page.url()).pathname + new URL(page.url()).search);
    await again.getByText(/All \d+ nodes/).click();
    await expect.poll(() => again.getByRole('button', { name: 'CATL Debrecen', exact: true }).count()).toBe(1);
    expect(await again.getByRole('button', { name: 'Yibin lithium refinery', exact: true }).count()).toBe(0);
    expect(await again.locator('summary', { hasText: /^Stage/ }).getAttribute('aria-label')).toBe(
      'Stage: Extraction, Cell',
    );
    expect(errors).toEqual([]);
  });

  it('ownership shares and capacities not reachable by keyboard: in the explorer, each edge from the node list', async () => {
    const { page, errors } = await app.open('/?ids=cell-catl-arnstadt');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'nodes' }).isVisible()).toBe(true);
    // Tab to the node list, open it, pick the plant, Tab to its ownership share, Enter: the edge with its sources.
    await tabTo(page, /^All \d+ nodes/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^CATL Arnstadt$/);
    await page.keyboard.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('CATL Arnstadt');
    expect(await tabTo(page, /^Owned by CATL: 100 %/)).toBe('Owned by CATL: 100 %');
    await page.keyboard.press('Enter');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('CATL → CATL Arnstadt');
    expect(await details.getByRole('row', { name: /^share/ }).textContent()).toContain('1');
    expect(await details.getByRole('link', { name: /Company reports \(fixture\)/ }).count()).toBe(1);
    // Back to the plant from the keyboard, then a capacity: figure, unit and year.
    await tabTo(page, /^Open CATL Arnstadt$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('CATL Arnstadt');
    const capacity = await tabTo(page, /^Capacity \d{4}/);
    expect(capacity).toMatch(/^Capacity \d{4} \((installed|announced)\), Battery cells: [\d.,]+ GWh$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => details.getByRole('row', { name: /^value/ }).count()).toBe(1);
    expect(await details.getByRole('row', { name: /^unit/ }).textContent()).toContain('GWh');
    await screenshot(page, 'defect-keyboard-explorer');
    expect(errors).toEqual([]);
  });

  it('ownership shares and capacities not reachable by keyboard: in the ownership explorer, chain, owners, plants and charts', async () => {
    const { page, errors } = await app.open('/ownership?entity=cell-gotion-goettingen');
    await expect.poll(() => page.getByRole('heading', { level: 2 }).first().textContent()).toBe('Gotion Göttingen');
    // The chain: Gotion owns the plant 100 %; VW owns 26 % of Gotion — each a Tab stop that says its shares.
    expect(await tabTo(page, /^Gotion High-Tech, China: owns 100\.0 % directly/)).toContain('effective 100.0 %');
    const vw = await tabTo(page, /^Volkswagen/);
    expect(vw).toBe('Volkswagen, Germany: owns 26.0 % directly, effective 26.0 %, ultimate owner, open its ownership');
    // The effective split: 74 % Gotion (1 − 0.26), 26 % VW.
    expect(await tabTo(page, /^Gotion High-Tech: effective share/)).toBe(
      'Gotion High-Tech: effective share 74.0 %, open its ownership',
    );
    // A counted plant with its capacity and controller, then the control view chart with each region's capacity.
    await page.getByText(/^Plants counted/).focus();
    await page.keyboard.press('Enter');
    const plant = await tabTo(page, /^CATL Arnstadt, Germany: /);
    expect(plant).toMatch(
      /^CATL Arnstadt, Germany: [\d.,]+ GWh in 2024, controlled by CATL \(China\), open its ownership$/,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('entity=cell-catl-arnstadt');
    await tabTo(page, /^Control view: use the arrow keys/);
    await page.keyboard.press('ArrowRight');
    const tooltip = page.locator('figure[aria-label="Control view"] .recharts-tooltip-wrapper');
    await expect.poll(() => tooltip.textContent()).toMatch(/[\d.]+ % · [\d.,]+ GWh/);
    await screenshot(page, 'defect-keyboard-ownership');
    expect(errors).toEqual([]);
  });
});
