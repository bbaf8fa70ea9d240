/** Helpers of the report and plant-tracker browser tests: downloads, table text, CSV parsing. */
import { readFile } from 'node:fs/promises';
import type { Download, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { expect } from 'vitest';

/** Clicks a button that starts a download and returns the file's bytes and name. */
export async function download(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([
    page.waitForEvent('download') as Promise<Download>,
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** The text of every cell of a table as the page shows it: header row first. */
export async function tableText(page: Page, label: string): Promise<string[][]> {
  return page
    .getByRole('table', { name: label, exact: true })
    .evaluate((table) =>
      [...(table as HTMLTableElement).rows].map((row) =>
        [...row.cells].map((cell) => (cell.textContent ?? '').replace(/[▲▼]/g, '').trim()),
      ),
    );
}

/** Parses RFC 4180 CSV (quotes, doubled quotes, CRLF) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r') continue;
    else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

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
export async function exportsEqualScreen(page: Page, label: string, markdown = true): Promise<string[][]> {
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
  if (markdown) {
    const md = await download(page, 'Export Markdown');
    expect(md.bytes.toString('utf8')).toContain(`| ${screen[0]!.join(' | ')} |`);
  }
  return screen;
}
