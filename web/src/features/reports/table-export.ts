import writeXlsxFile from 'write-excel-file/universal';
import { toCsv } from '../../lib/csv';
import { formatCell, headerText, isNumeric, type TableColumn, type TableRow } from './table-format';

/** A table as CSV: the header row and every cell as the page shows it. */
export function tableCsv(columns: readonly TableColumn[], rows: readonly TableRow[]): string {
  return toCsv(
    rows,
    columns.map((c) => ({ header: headerText(c), value: (row: TableRow) => formatCell(c, row[c.key]) })),
  );
}

function escapeMarkdown(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A table as GitHub-flavoured Markdown, with a title, the footnotes and the sources below it. */
export function tableMarkdown(
  title: string,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  footnotes: readonly string[] = [],
  sources: readonly string[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const out = [`## ${title}`, '', line(columns.map(headerText))];
  out.push(`|${columns.map((c) => (isNumeric(c) ? ' ---: ' : ' --- ')).join('|')}|`);
  for (const row of rows) out.push(line(columns.map((c) => formatCell(c, row[c.key]))));
  if (footnotes.length > 0) out.push('', ...footnotes.map((f, i) => `${i + 1}. ${f}`));
  if (sources.length > 0) out.push('', 'Sources:', ...sources.map((s) => `- ${s}`));
  return `${out.join('\n')}\n`;
}

/**
 * A table as an XLSX workbook: numbers and fractions stay numbers (fractions with a percentage format), missing
 * values stay empty, text as shown. A second sheet holds the footnotes and sources.
 */
export async function tableXlsx(
  sheet: string,
  columns: readonly TableColumn[],
  rows: readonly TableRow[],
  notes: readonly string[] = [],
): Promise<Blob> {
  const header = columns.map((c) => ({ value: headerText(c), fontWeight: 'bold' as const }));
  const body = rows.map((row) =>
    columns.map((c) => {
      const value = row[c.key];
      if (value === null || value === undefined || value === '') return null;
      if (typeof value === 'number' && isNumeric(c))
        return c.type === 'SHARE'
          ? { value, type: Number, format: '0.0%' }
          : c.type === 'YEAR'
            ? { value, type: Number, format: '0' }
            : { value, type: Number };
      return { value: formatCell(c, value), type: String };
    }),
  );
  const widths = columns.map((c) => ({
    width: Math.min(60, Math.max(headerText(c).length, ...rows.map((r) => formatCell(c, r[c.key]).length)) + 2),
  }));
  const sheets = [{ data: [header, ...body], sheet: sheet.slice(0, 31), columns: widths }];
  if (notes.length > 0)
    sheets.push({ data: notes.map((n) => [{ value: n, type: String }]), sheet: 'Notes', columns: [{ width: 120 }] });
  // The library's sheet-data types are a union the literal objects above satisfy; cast once here.
  return writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0]).toBlob();
}
