import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { WEB_FIXTURE, describeInChromium, inkRatio, screenshot } from './harness.js';

// Figures below come from tests/fixtures/web.json (EU, 2024):
// refined lithium supply into the EU = DE production 500 + flows CN→DE 8,000, CL→DE 2,500, CN→PL 4,000,
// US→FR 1,000 = 16,000 t Li; China 12,000 / 16,000 = 75 % (above the 65 % benchmark).
describeInChromium('analytics views in Chromium', { dataset: WEB_FIXTURE }, (app) => {
  it('dependency dashboard: matrix against 65 %, a cell opens shares, look-through and paths', async () => {
    const { page, errors } = await app.open('/dependency');
    const cell = page.getByRole('button', { name: /^Lithium, Refining: China 75\.0 % \(at or above/ }).first();
    await cell.waitFor();
    expect(await cell.getAttribute('class')).toContain('band-high');
    // Both bases side by side.
    expect(await page.getByRole('table', { name: 'Location matrix' }).isVisible()).toBe(true);
    expect(await page.getByRole('table', { name: 'Control matrix' }).isVisible()).toBe(true);
    await cell.click();
    expect(page.url()).toContain('cell=lithium%3AREFINING');
    const detail = page.getByRole('region', { name: 'Cell detail' });
    await expect.poll(() => detail.textContent()).toContain('Total 16,000 t Li');
    // Look-through to extraction: 16,000 t refined in/for the EU traced to the mines: Australia leads.
    await expect.poll(() => detail.textContent()).toContain('look-through at Extraction: Australia 42.7 %');
    const paths = detail.getByRole('table', { name: 'Contributing paths' });
    expect(await paths.getByRole('row').nth(1).textContent()).toContain('China ← Australia');
    await screenshot(page, 'dependency');
    // Changing the scope changes the matrix and keeps the state in the URL.
    await page.getByLabel('Scope').selectOption('GLOBAL');
    await expect.poll(() => page.url()).toContain('scope=GLOBAL');
    await page.goBack();
    await expect.poll(() => page.getByLabel('Scope').inputValue()).toBe('EU');
    // From the paths to the graph, highlighted.
    await detail.getByRole('button', { name: 'Show these paths in the graph' }).click();
    await expect.poll(() => page.url()).toContain('hl=');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'nodes' }).isVisible()).toBe(true);
    await page.goto(`${app.server.url}/dependency?scope=EU&year=2024`);
    // Graphite refining: nothing recorded for the EU, and the fixture's one gap row says so where the number would be.
    const graphite = page
      .getByRole('table', { name: 'Location matrix' })
      .getByRole('button', { name: /^Graphite, Refining:/ });
    await expect.poll(() => graphite.textContent()).toBe('no data1 gap in the data');
    await graphite.click();
    const lacks = detail.getByRole('list', { name: 'What the data lacks for this figure' });
    await expect.poll(() => lacks.textContent()).toContain('No spherical graphite output for the EU');
    expect(await lacks.textContent()).toContain('Where it could be found: Eurostat Comext, CN 3801');
    expect(await detail.getByRole('group', { name: 'Location basis' }).textContent()).not.toMatch(/\b0(\.0)? %/);
    await detail.getByRole('link', { name: '1 gap in the data' }).first().click();
    await expect.poll(() => page.url()).toContain('#cell-gaps');
    await screenshot(page, 'dependency-gap');
    expect(errors).toEqual([]);
  });

  it('target tracker: baseline → projected with status, and a weight slider changes the result', async () => {
    const { page, errors } = await app.open('/targets?scope=EU');
    const card = page.getByRole('article', { name: /^Refined lithium: single-country/ });
    await card.waitFor();
    // Baseline 75 %; projected with default weights: non-dominant 4,000 + 0.75·3,600 + 0.25·4,800 + 0.25·500 (the
    // planned Magdeburg recycler's recovered lithium, REFINING production of Germany, SPEC 4.7) = 8,025;
    // P = (16,000 − 8,025) / 16,000 = 49.8 %; reduction 1 − 0.4984375/0.75 = 33.5 % → met −30 %, gap to −50 % 1,975 t.
    await expect.poll(() => card.textContent()).toContain('Met: −30 % or more');
    expect(await card.textContent()).toContain('49.8 %');
    expect(await card.textContent()).toContain('1,975 t Li');
    const projects = card.getByRole('table', {
      name: 'Projects of Refined lithium: single-country dependency −30 to −50 % by 2029',
    });
    expect(await projects.getByRole('row').nth(1).textContent()).toContain('Bitterfeld lithium hydroxide');
    await screenshot(page, 'targets');
    // Planned projects count in full: 4,000 + 2,700 + 4,800 + 500 = 12,000; P = 25.0 %; reduction 66.7 % → met −50 %.
    const slider = page.getByRole('slider', { name: 'Weight for Planned' });
    await slider.focus();
    for (let i = 0; i < 15; i++) await slider.press('ArrowRight');
    await expect.poll(() => page.url()).toContain('w_PLANNED=1');
    await expect.poll(() => card.textContent()).toContain('Met: −50 % or more');
    expect(await card.textContent()).toContain('25.0 %');
    expect(errors).toEqual([]);
  });

  it('ownership explorer: chain to ultimate owners, capacity by investor region with CSV export', async () => {
    const { page, errors } = await app.open('/ownership');
    await page.getByRole('combobox', { name: 'Find a company or facility' }).fill('ACC Billy');
    await page.getByRole('option', { name: /ACC Billy-Berclau/ }).click();
    await expect.poll(() => page.url()).toContain('entity=cell-acc-billy');
    const owners = page.getByRole('table', { name: 'Ultimate owners' });
    await expect.poll(() => owners.textContent()).toContain('TotalEnergies');
    expect(await owners.getByRole('row', { name: /TotalEnergies/ }).textContent()).toContain('34.0 %');
    expect(await page.getByRole('region', { name: 'Ownership chain' }).textContent()).toContain(
      'Automotive Cells Company',
    );
    // EU cell capacity 2024 (SPEC 4.0: installed capacity of plants operating or ramping up that year):
    // Arnstadt 14 + Wrocław 86 + Göd 40 + Billy 13 + Göttingen 5 = 158 GWh (Northvolt Ett's 16 is paused).
    // Control view: Korea (LGES, Samsung) 86 + 40 = 126 of 158 GWh = 79.7 %.
    const table = page.getByRole('table', { name: 'Capacity table' });
    await expect.poll(() => table.textContent()).toContain('Korea');
    expect(await table.getByRole('row', { name: /control.*Korea/ }).textContent()).toContain('79.7 %');
    const totals = page.getByLabel('Totals');
    // The location view is the EU's supply: 158 GWh produced in it plus imports CN→DE 60, KR→DE 20, CN→FR 15.
    await expect
      .poll(() => totals.textContent())
      .toContain('Produced in European Union: 158 GWh (supply into European Union with imports: 253 GWh)');
    expect(await totals.textContent()).toContain('by investor region: 158 GWh across 5 plants');
    expect(await inkRatio(page, 'figure[aria-label="Control view"]')).toBeGreaterThan(0.02);
    await screenshot(page, 'ownership');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('capacity-eu-cell-2024.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('view,origin,name,capacity (GWh),share');
    expect(csv).toContain('control (investor region),KOREA,Korea,126,0.7975');
    expect(csv).toContain('control (investor region),TOTAL,Total,158,1.0000');
    expect(csv).toContain('location (country),TOTAL,Total,253,1.0000');
    // 158 / 253 = 0.6245
    expect(csv).toContain('location (country),PRODUCED_IN_SCOPE,Produced in European Union,158,0.6245');
    expect(errors).toEqual([]);
  });
});
