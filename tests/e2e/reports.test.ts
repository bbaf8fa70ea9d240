import { expect, it } from 'vitest';
import { BUNDLED, describeInChromium, screenshot } from './harness.js';
import { exportsEqualScreen, tableText } from './table-helpers.js';

describeInChromium('reports on the bundled data, in Chromium', { dataset: BUNDLED }, (app) => {
  it('Battery Booster tracker: one row per refined raw material, exports equal to the screen, deep link', async () => {
    const { page, errors } = await app.open('/reports?report=BATTERY_BOOSTER', 1440);
    const table = page.getByRole('table', { name: 'Report BATTERY_BOOSTER' });
    await table.waitFor();
    const screen = await exportsEqualScreen(page, 'Report BATTERY_BOOSTER');
    expect(
      screen
        .slice(1)
        .map((row) => row[0])
        .sort(),
    ).toEqual(['Cobalt', 'Graphite', 'Lithium', 'Manganese', 'Nickel']);
    await screenshot(page, 'report-battery-booster-1440');
    expect(errors).toEqual([]);
  });

  it('Q2: German projects paused, stopped or abandoned since 2023, exported equal to the screen, at 1024 px', async () => {
    const { page, errors } = await app.open('/reports?report=Q2', 1024);
    await page.getByRole('table', { name: 'Report Q2' }).waitFor();
    expect(await page.getByLabel('Changes since').inputValue()).toBe('2023-01-01');
    const screen = await exportsEqualScreen(page, 'Report Q2');
    expect(screen[0]).toEqual([
      'Date',
      'Project',
      'Country',
      'Value-chain step',
      'Company or consortium',
      'Change',
      'Status before → after',
      'Status now',
      'Reason',
    ]);
    const kaiserslautern = screen.find((row) => row[1]!.includes('Kaiserslautern'));
    expect(kaiserslautern?.[7]).toBe('Stopped');
    // The table scrolls inside its card at 1024 px instead of cutting the page off.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'report-q2-1024');
    // A later date narrows it, and the link keeps it.
    await page.getByLabel('Changes since').fill('2025-01-01');
    await expect.poll(() => page.url()).toContain('since=2025-01-01');
    await expect
      .poll(async () => (await tableText(page, 'Report Q2')).slice(1).every((row) => row[0]! >= '2025'))
      .toBe(true);
    expect(errors).toEqual([]);
  });

  it('Q1: German cell plants by status with the inquiry columns; unknown capacity empty, cancelled plans not counted', async () => {
    const { page, errors } = await app.open('/reports?report=Q1&year=2026', 1440);
    await page.getByRole('table', { name: 'Report Q1' }).waitFor();
    expect(await page.getByLabel('Scope').inputValue()).toBe('DE');
    const screen = await exportsEqualScreen(page, 'Report Q1');
    expect(screen[0]).toEqual([
      'Status',
      'Site',
      'Company or consortium',
      'Cell chemistry',
      'Process step',
      'Installed 2026 (GWh)',
      'Announced (GWh)',
      'Announced for',
      'Start year',
      'Timeline',
      'Status date',
    ]);
    // CATL Arnstadt: 8 GWh built in 2022, 14 GWh announced for 2024 (seed/cells.json).
    const row = (text: string) => screen.find((r) => r[1]!.includes(text));
    expect(row('Arnstadt')?.[0]).toBe('Operating');
    expect(row('Arnstadt')?.slice(5, 8)).toEqual(['8', '14', '2024']);
    // Farasis Bitterfeld is cancelled: its 10 GWh plan is not shown as capacity.
    expect(row('Farasis')?.[0]).toBe('Cancelled');
    expect(row('Farasis')?.slice(5, 7)).toEqual(['–', '–']);
    // ACC Kaiserslautern: stopped, its 40 GWh plan footnoted, not counted.
    expect(row('Kaiserslautern')?.[0]).toBe('Stopped');
    expect(row('Kaiserslautern')?.[6]).toBe('–');
    const notes = page.getByRole('region', { name: 'Footnotes' });
    await expect.poll(() => notes.textContent()).toContain('40 GWh had been announced for 2030');
    expect(await notes.textContent()).toContain('No published capacity (shown empty, not 0)');
    // Statuses in the inquiry's order a) operating … f) stopped, then cancelled.
    const order = ['Operating', 'Ramp up', 'Under construction', 'Planned', 'Paused', 'Stopped', 'Cancelled'];
    const ranks = screen.slice(1).map((r) => order.indexOf(r[0]!));
    expect(ranks.every((rank) => rank >= 0)).toBe(true);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    await screenshot(page, 'report-q1-1440');
    // Sorting by a column is kept in the link.
    await page.getByRole('button', { name: /^Site/ }).click();
    await expect.poll(() => page.url()).toContain('sort=site%3Aasc');
    expect(errors).toEqual([]);
  });

  it('Q1 at 1024 px and in the print layout: readable, nothing cut off', async () => {
    const { page, errors } = await app.open('/reports?report=Q1&year=2026', 1024);
    await page.getByRole('table', { name: 'Report Q1' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'report-q1-1024');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Export CSV' }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Views' }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'Report Q1' }).isVisible()).toBe(true);
    await screenshot(page, 'report-q1-print');
    expect(errors).toEqual([]);
  });

  it('Q23: EU cell capacity by investor region with sites, effective and controlled, exported equal to the screen', async () => {
    const { page, errors } = await app.open('/reports?report=Q23&year=2026', 1440);
    await page.getByRole('table', { name: 'Report Q23' }).waitFor();
    const screen = await exportsEqualScreen(page, 'Report Q23');
    expect(screen[0]!.slice(0, 3)).toEqual([
      'Investor region',
      'Capacity by effective ownership (GWh)',
      'Share (effective)',
    ]);
    const korea = screen.find((r) => r[0] === 'Republic of Korea');
    expect(korea?.[6]).toContain('Wrocław');
    const china = screen.find((r) => r[0] === 'China');
    expect(china?.[6]).toContain('Arnstadt');
    await screenshot(page, 'report-q23-1440');
    expect(errors).toEqual([]);
  });
});
