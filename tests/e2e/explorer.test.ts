import { expect, it } from 'vitest';
import { WEB_FIXTURE, describeInChromium, inkRatio, screenshot } from './harness.js';

describeInChromium('graph explorer in Chromium', { dataset: WEB_FIXTURE }, (app) => {
  it('searches, shows a neighbourhood with sources, expands, filters, recolours, and walks back', async () => {
    const { page, errors } = await app.open('/');
    await expect.poll(() => page.getByText('Start from any entity').isVisible()).toBe(true);

    // Type-ahead: the hit list shows CATL; Enter picks it.
    const search = page.getByRole('combobox', { name: 'Search entities' });
    await search.fill('CATL');
    await page.getByRole('option', { name: /CATL\s*company/ }).waitFor();
    await search.press('Enter');
    const details = page.getByRole('region', { name: 'Details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('CATL');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'nodes' }).textContent()).toMatch(/^\d+ nodes/);
    const status = page.getByRole('status').filter({ hasText: 'nodes' });
    const first = Number((await status.textContent())!.split(' ')[0]);
    expect(first).toBeGreaterThanOrEqual(5);
    // Every property and its sources (a link to the source's URL).
    await expect.poll(() => details.getByRole('row', { name: /country/ }).textContent()).toContain('China (CN)');
    expect(await details.getByRole('link', { name: /Company reports \(fixture\)/ }).getAttribute('href')).toBe(
      'https://example.org/company-reports',
    );
    expect(page.url()).toContain('ids=co-catl');

    // Pick a node from the keyboard-accessible list, expand its neighbours: the graph grows.
    await page.getByText(/All \d+ nodes/).click();
    await page.getByRole('button', { name: 'CATL Arnstadt', exact: true }).click();
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toBe('CATL Arnstadt');
    await details.getByRole('button', { name: 'Expand neighbours' }).click();
    await expect.poll(async () => Number((await status.textContent())!.split(' ')[0])).toBeGreaterThan(first);
    expect(page.url()).toContain('ids=co-catl%2Ccell-catl-arnstadt');
    expect(await page.getByRole('button', { name: 'Germany', exact: true }).count()).toBe(1);
    expect(await inkRatio(page, '[data-testid="graph"]')).toBeGreaterThan(0.01);
    await screenshot(page, 'explorer');

    // A filter: only operating facilities; the plant under construction leaves the view.
    await expect.poll(() => page.getByRole('button', { name: 'CATL Debrecen', exact: true }).count()).toBe(1);
    await page.locator('summary', { hasText: /^Status/ }).click();
    await page.getByRole('checkbox', { name: 'Operating' }).check();
    await page.locator('summary', { hasText: /^Status/ }).click();
    await expect.poll(() => page.getByRole('button', { name: 'CATL Debrecen', exact: true }).count()).toBe(0);
    expect(page.url()).toContain('status=OPERATING');

    // Colour by investor region: the legend says so and names the regions.
    await page.getByRole('radio', { name: 'Investor region' }).click();
    const legend = page.getByLabel('Legend');
    await expect.poll(() => legend.textContent()).toContain('Investor region');
    expect(await legend.textContent()).toContain('China');
    expect(await legend.textContent()).toContain('European Union');

    // Force layout, then back/forward walk through the URL states.
    await page.getByRole('radio', { name: 'Force' }).click();
    await expect.poll(() => page.url()).toContain('layout=force');
    expect(await inkRatio(page, '[data-testid="graph"]')).toBeGreaterThan(0.01);
    await page.goBack();
    await expect.poll(() => page.url()).not.toContain('layout=force');
    await page.goBack();
    await expect.poll(() => legend.textContent()).toContain('Country');
    await page.goBack();
    await expect.poll(() => page.getByRole('button', { name: 'CATL Debrecen', exact: true }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('shows "show more" when the neighbourhood is capped, and an error state for a bad link', async () => {
    const { page } = await app.open('/?ids=EU&limit=3');
    const status = page.getByRole('status').filter({ hasText: 'nodes' });
    await expect.poll(() => status.textContent()).toContain('capped at 3');
    await status.getByRole('button', { name: 'Show more' }).click();
    await expect.poll(() => page.url()).toContain('limit=6');
    await expect.poll(async () => Number((await status.textContent())!.split(' ')[0])).toBe(6);

    await page.goto(`${app.server.url}/?ids=EU&limit=99999`);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Could not load the neighbourhood');
  });

  it('highlights the nodes of a dependency path and exports the view as PNG', async () => {
    const { page } = await app.open('/?ids=CN,AU,DE&hl=AU,CN,DE');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'nodes' }).isVisible()).toBe(true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export PNG' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('graph.png');
    await screenshot(page, 'explorer-highlight');
  });
});
