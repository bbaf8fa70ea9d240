/**
 * One way to write a table cell, shared by the screen, CSV, Markdown and XLSX exports, so an export reads back
 * equal to what the page shows. The API gives raw values (numbers, fractions, codes); this only formats them.
 */

export type ColumnType = 'TEXT' | 'NUMBER' | 'SHARE' | 'YEAR' | 'DATE' | 'STATUS';

export interface TableColumn {
  key: string;
  label: string;
  unit?: string | null;
  type: ColumnType;
}

export type CellValue = string | number | null | undefined;
export type TableRow = Readonly<Record<string, unknown>>;

/** What a missing value shows as (the API never writes an unknown quantity as 0). */
export const MISSING = '–';

/** "UNDER_CONSTRUCTION" → "Under construction". */
export function statusText(status: string): string {
  const text = status.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A quantity grouped by thousands, with up to 2 decimals for small values (12,500 · 14 · 0.12). */
export function numberText(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 2;
  return value.toLocaleString('en-GB', { maximumFractionDigits: digits });
}

/** A cell as the page shows it. */
export function formatCell(column: TableColumn, value: unknown): string {
  if (value === null || value === undefined || value === '') return MISSING;
  switch (column.type) {
    case 'NUMBER':
      return typeof value === 'number' ? numberText(value) : String(value);
    case 'SHARE':
      return typeof value === 'number' ? `${(value * 100).toFixed(1)} %` : String(value);
    case 'STATUS':
      return statusText(String(value));
    default:
      return String(value);
  }
}

/** A column header with its unit: "Installed capacity (GWh)". */
export function headerText(column: TableColumn): string {
  return column.unit ? `${column.label} (${column.unit})` : column.label;
}

/** Whether a column holds figures (right-aligned, numeric in XLSX). */
export function isNumeric(column: TableColumn): boolean {
  return column.type === 'NUMBER' || column.type === 'SHARE' || column.type === 'YEAR';
}

/** Orders rows by a column: numbers numerically, text by locale, missing values last either way. */
export function compareBy(column: TableColumn, direction: 'asc' | 'desc') {
  const sign = direction === 'asc' ? 1 : -1;
  return (a: TableRow, b: TableRow): number => {
    const x = a[column.key];
    const y = b[column.key];
    const xMissing = x === null || x === undefined || x === '';
    const yMissing = y === null || y === undefined || y === '';
    if (xMissing || yMissing) return xMissing === yMissing ? 0 : xMissing ? 1 : -1;
    if (typeof x === 'number' && typeof y === 'number') return sign * (x - y);
    return sign * String(x).localeCompare(String(y), 'en');
  };
}
