import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IS_CI, NO_CHROMIUM, findChromium, screenshot, startApp, type App } from './harness.js';
import { download, parseCsv, tableText } from './table-helpers.js';

const hasChromium = findChromium() !== undefined;
if (!hasChromium && !IS_CI) console.warn(`[e2e] skipped: ${NO_CHROMIUM}`);

/** An XLSX cell against the page's text: numbers as the page rounds them, empty as "–", text equal. */
export function sameAsScreen(xlsx: unknown, screen: string): boolean {
  if (xlsx === null || xlsx === undefined || xlsx === '') return screen === '–';
  if (typeof xlsx === 'number') {
    const isPercent = screen.endsWith('%');
    const shown = Number(screen.replace(/[ ,%]/g, ''));
    if (Number.isNaN(shown)) return false;
    const value = isPercent ? xlsx * 100 : xlsx;
    const decimals = (screen.replace(/[ %]/g, '').split('.')[1] ?? '').length;
    return Math.abs(value - shown) <= 0.5 * 10 ** -decimals + 1e-9;
  }
  return String(xlsx) === screen;
}

/** Exports the report on screen as CSV and XLSX and checks both read back equal to the table. */
export async function exportsEqualScreen(page: Page, label: string): Promise<string[][]> {
  const screen = await tableText(page, label);
  expect(screen.length).toBeGreaterThan(1);
  const csv = await download(page, 'Export CSV');
  expect(csv.name).toMatch(/\.csv$/);
  expect(parseCsv(csv.bytes.toString('utf8'))).toEqual(screen);
  const xlsx = await download(page, 'Export XLSX');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const sheet = await readSheet(xlsx.bytes);
  expect(sheet.length).toBe(screen.length);
  expect(sheet[0]).toEqual(screen[0]);
  for (let r = 1; r < screen.length; r++)
    for (let c = 0; c < screen[0]!.length; c++) {
      const ok = sameAsScreen(sheet[r]?.[c], screen[r]![c]!);
      if (!ok)
        expect({ row: r, column: screen[0]![c], xlsx: sheet[r]?.[c] }).toEqual({
          row: r,
          column: screen[0]![c],
          xlsx: screen[r]![c],
        });
    }
  const md = await download(page, 'Export Markdown');
  expect(md.bytes.toString('utf8')).toContain(`| ${screen[0]!.join(' | ')} |`);
  return screen;
}

describe.skipIf(!hasChromium && !IS_CI)('reports on the bundled data, in Chromium', () => {
  let app: App;
  beforeAll(async () => {
    app = await startApp(null);
  }, 120_000);
  afterAll(async () => {
    await app?.close();
  });

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
});
