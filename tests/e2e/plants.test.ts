import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot } from './harness.js';
import { exportsEqualScreen, tableText } from './table-helpers.js';

describeInChromium('plant tracker on the bundled data, in Chromium', { dataset: BUNDLED }, (app) => {
  it('filters German cell plants by several statuses, totals by status, sorts, exports equal to the screen', async () => {
    const { page, errors } = await app.open('/plants?year=2026', 1440);
    const table = page.getByRole('table', { name: 'Facilities' });
    await table.waitFor();
    const everything = await tableText(page, 'Facilities');
    expect(everything.length).toBeGreaterThan(100);
    await page.locator('summary', { hasText: /^Country/ }).click();
    await page.getByRole('checkbox', { name: /^Germany/ }).check();
    await page.locator('summary', { hasText: /^Stage/ }).click();
    await page.getByRole('checkbox', { name: /^Cell/ }).check();
    await page.locator('summary', { hasText: /^Status/ }).click();
    await page.getByRole('checkbox', { name: /^Stopped/ }).check();
    await page.getByRole('checkbox', { name: /^Cancelled/ }).check();
    await expect.poll(() => page.url()).toContain('status=STOPPED%7CCANCELLED');
    const screen = await tableText(page, 'Facilities');
    const header = screen[0]!;
    const status = header.indexOf('Status');
    const country = header.indexOf('Country');
    expect(screen.length).toBeGreaterThan(3);
    for (const row of screen.slice(1)) {
      expect(['Stopped', 'Cancelled']).toContain(row[status]);
      expect(row[country]).toBe('Germany');
    }
    // The cancelled Farasis plant carries no capacity that counts.
    const farasis = screen.find((row) => row[0]!.includes('Farasis'))!;
    expect(farasis[header.indexOf('In supply 2026')]).toBe('–');
    // Totals by status match the rows shown.
    const totals = await tableText(page, 'Totals by status');
    const facilities = totals.find((r) => r[0] === 'Facilities')!;
    const count = (s: string) => Number(facilities[totals[0]!.indexOf(s)] ?? 0);
    expect(count('Stopped') + count('Cancelled')).toBe(screen.length - 1);
    expect(count('All shown')).toBe(screen.length - 1);
    // Sort by name, descending.
    await page.getByRole('button', { name: /^Facility/ }).click();
    await page.getByRole('button', { name: /^Facility/ }).click();
    await expect.poll(() => page.url()).toContain('sort=name%3Adesc');
    const sorted = (await tableText(page, 'Facilities')).slice(1).map((r) => r[0]!);
    expect([...sorted].sort((a, b) => b.localeCompare(a, 'en'))).toEqual(sorted);
    await exportsEqualScreen(page, 'Facilities', false);
    await screenshot(page, 'plants-filtered-1440');
    // The link reproduces the view.
    const again = await app.open(new URL(page.url()).pathname + new URL(page.url()).search, 1024);
    await again.page.getByRole('table', { name: 'Facilities' }).waitFor();
    expect(await tableText(again.page, 'Facilities')).toEqual(await tableText(page, 'Facilities'));
    expect(errors).toEqual([]);
  });

  it('the whole tracker at 1024 px: legend, totals and the table readable', async () => {
    const { page, errors } = await app.open('/plants?year=2026', 1024);
    await page.getByRole('table', { name: 'Facilities' }).waitFor();
    expect(await page.getByRole('list', { name: 'Status colours' }).textContent()).toContain('Under construction');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'plants-1024');
    expect(errors).toEqual([]);
  });

  it('the 21-column table scrolled sideways at 1024 px: the columns chosen are shown, kept in the link and exported', async () => {
    const { page, errors } = await app.open('/plants?year=2026', 1024);
    await page.getByRole('table', { name: 'Facilities' }).waitFor();
    const all = (await tableText(page, 'Facilities'))[0]!;
    expect(all.length).toBeGreaterThan(15);
    await page.locator('summary', { hasText: /^Columns/ }).click();
    for (const name of ['Status', 'Installed 2026', 'Announced'])
      await page.getByRole('checkbox', { name, exact: true }).check();
    await expect.poll(() => page.url()).toContain('cols=status%7Cinstalled%7Cannounced');
    // The facility's name stays, and the unit with the capacities (a figure never loses its unit); the table's order.
    await expect
      .poll(async () => (await tableText(page, 'Facilities'))[0])
      .toEqual(['Facility', 'Status', 'Unit', 'Installed 2026', 'Announced']);
    expect(await page.getByText(`5 of ${all.length} columns shown and exported`).count()).toBe(1);
    // The table fits the page now, and the exports hold the same five columns.
    const overflow = await page
      .getByRole('table', { name: 'Facilities' })
      .evaluate((t) => t.scrollWidth - (t.parentElement?.clientWidth ?? 0));
    expect(overflow).toBeLessThanOrEqual(0);
    await page.locator('summary', { hasText: /^Columns/ }).click();
    const screen = await exportsEqualScreen(page, 'Facilities', false);
    expect(screen[0]).toEqual(['Facility', 'Status', 'Unit', 'Installed 2026', 'Announced']);
    await screenshot(page, 'plants-columns-1024');
    // The link reproduces the choice; clearing it shows every column again.
    const again = await app.open(new URL(page.url()).pathname + new URL(page.url()).search, 1024);
    await again.page.getByRole('table', { name: 'Facilities' }).waitFor();
    expect((await tableText(again.page, 'Facilities'))[0]).toEqual([
      'Facility',
      'Status',
      'Unit',
      'Installed 2026',
      'Announced',
    ]);
    await again.page.locator('summary', { hasText: /^Columns/ }).click();
    await again.page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(async () => (await tableText(again.page, 'Facilities'))[0]).toEqual(all);
    expect(errors).toEqual([]);
  });
});
