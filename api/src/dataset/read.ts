import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { csvHeader, parseCsvNumber } from './limits.js';
import { csvColumns, type CsvColumnInfo } from './model.js';
import { DATASET_KEYS, type DatasetKey } from './types.js';

/** A dataset document as read from disk, not yet validated. */
export interface DatasetSource {
  document: unknown;
  /** The files it was read from. */
  files: string[];
  /**
   * Translates a JSON pointer into the (merged) document to where the row is on disk, e.g.
   * `/facilities/57/country` → `seed/cells.json /facilities/12/country` or `facilities.csv line 14, column country`.
   */
  locate(pointer: string): string;
}

/** Thrown when a file cannot be read or parsed at all; says which file and where. */
export class DatasetReadError extends Error {
  override readonly name = 'DatasetReadError';
}

/** The version of a document that does not say (JSON parts and CSV folders written before version 2). */
const UNDECLARED_VERSION = 1;

/**
 * Reads a dataset from a `.json` file, a folder of partial `.json` documents (concatenated key by key, in
 * file-name order), or a folder of `.csv` files (one per key). See docs/data-format.md.
 */
export async function readDatasetPath(path: string): Promise<DatasetSource> {
  const info = await stat(path).catch((error: unknown) => {
    throw new DatasetReadError(`cannot read dataset "${path}": ${(error as Error).message}`);
  });
  if (!info.isDirectory()) return readJsonFile(path);
  const names = (await readdir(path)).sort();
  const jsonNames = names.filter((n) => n.endsWith('.json'));
  const csvNames = names.filter((n) => n.endsWith('.csv'));
  if (jsonNames.length > 0 && csvNames.length > 0)
    throw new DatasetReadError(`folder "${path}" holds both .json and .csv files; use one form per folder`);
  if (jsonNames.length > 0) return readJsonParts(jsonNames.map((n) => join(path, n)));
  if (csvNames.length > 0) return readCsvFolder(path, csvNames);
  throw new DatasetReadError(`folder "${path}" holds no .json or .csv files`);
}

async function parseJsonFile(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DatasetReadError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

async function readJsonFile(file: string): Promise<DatasetSource> {
  const document = await parseJsonFile(file);
  return { document, files: [file], locate: (pointer) => `${file} ${pointer}` };
}

async function readJsonParts(files: string[]): Promise<DatasetSource> {
  const merged: Record<string, unknown> = { version: UNDECLARED_VERSION };
  // The part that declared the version first: every part that declares one must agree with it.
  let declared: { version: unknown; file: string } | undefined;
  // For each key, where each part's rows start in the merged list.
  const offsets = new Map<string, { file: string; start: number }[]>();
  for (const file of files) {
    const part = await parseJsonFile(file);
    if (part === null || typeof part !== 'object' || Array.isArray(part))
      throw new DatasetReadError(`${file}: a dataset part must be a JSON object`);
    for (const [key, rows] of Object.entries(part)) {
      if (key === '__proto__') throw new DatasetReadError(`${file}: "__proto__" is not allowed as a key`);
      if (key === 'version') {
        if (rows !== 1 && rows !== 2)
          throw new DatasetReadError(`${file}: "version" must be 2 (or 1), found ${JSON.stringify(rows)}`);
        if (declared !== undefined && declared.version !== rows)
          throw new DatasetReadError(
            `${file}: "version" is ${JSON.stringify(rows)} but ${declared.file} says ${JSON.stringify(declared.version)}; ` +
              'every part of a folder must have the same format version',
          );
        declared ??= { version: rows, file };
        merged['version'] = rows;
        continue;
      }
      if (!Array.isArray(rows)) {
        merged[key] = rows; // the schema reports it
        continue;
      }
      const list = (merged[key] ??= []) as unknown[];
      const starts = offsets.get(key) ?? [];
      starts.push({ file, start: list.length });
      offsets.set(key, starts);
      list.push(...(rows as unknown[]));
    }
  }
  const locate = (pointer: string): string => {
    const [, key, index, ...rest] = pointer.split('/');
    const starts = key === undefined ? undefined : offsets.get(key);
    const i = Number(index);
    if (!starts || !Number.isInteger(i)) return pointer;
    const part = [...starts].reverse().find((s) => s.start <= i);
    if (!part) return pointer;
    return `${part.file} ${['', key, i - part.start, ...rest].join('/')}`;
  };
  return { document: merged, files, locate };
}

async function readCsvFolder(folder: string, names: string[]): Promise<DatasetSource> {
  const document: Record<string, unknown> = { version: UNDECLARED_VERSION };
  const keys = new Set<string>(DATASET_KEYS);
  if (names.includes('version.csv')) document['version'] = await readCsvVersion(join(folder, 'version.csv'));
  for (const name of names) {
    const key = basename(name, '.csv');
    const file = join(folder, name);
    if (key === 'version') continue;
    if (!keys.has(key))
      throw new DatasetReadError(
        `${file}: unknown file name; expected version or one of ${DATASET_KEYS.join(', ')} (.csv)`,
      );
    let records: Record<string, string>[];
    try {
      records = parseCsv(await readFile(file, 'utf8'), {
        columns: (header: string[]) => csvHeader(header),
        skip_empty_lines: true,
        bom: true,
        trim: true,
      });
    } catch (error) {
      throw new DatasetReadError(`${file}: not valid CSV: ${(error as Error).message}`);
    }
    const columns = csvColumns(key as DatasetKey);
    document[key] = records.map((record, i) => csvRow(record, columns, `${file} line ${i + 2}`));
  }
  const locate = (pointer: string): string => {
    const [, key, index, field] = pointer.split('/');
    const i = Number(index);
    if (key === undefined || !Number.isInteger(i)) return pointer;
    return `${join(folder, `${key}.csv`)} line ${i + 2}${field ? `, column ${field}` : ''}`;
  };
  return { document, files: names.map((n) => join(folder, n)), locate };
}

/**
 * `version.csv` of a CSV folder: one column `version`, one row (`2`). A folder without it is version 1 (the CSV
 * form had no version file before version 2).
 */
async function readCsvVersion(file: string): Promise<number> {
  const text = await readFile(file, 'utf8');
  let records: Record<string, string>[];
  try {
    records = parseCsv(text, { columns: true, skip_empty_lines: true, bom: true, trim: true });
  } catch (error) {
    throw new DatasetReadError(`${file}: not valid CSV: ${(error as Error).message}`);
  }
  const version = Number(records[0]?.['version']);
  if (records.length !== 1 || (version !== 1 && version !== 2))
    throw new DatasetReadError(`${file}: must hold one column "version" and one row, 2 (or 1)`);
  return version;
}

/**
 * Converts one CSV record to a row by the column types of its key (row model): empty cells are absent (an empty
 * required list is `[]`), typed columns are converted where they parse; unknown columns stay text for the schema to
 * report.
 */
function csvRow(
  record: Record<string, string>,
  columns: ReadonlyMap<string, CsvColumnInfo>,
  where: string,
): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(record)) {
    const info = columns.get(field);
    if (raw === '') {
      if (info?.emptyIsList === true) row[field] = [];
      continue;
    }
    switch (info?.column) {
      case 'number':
        row[field] = parseCsvNumber(raw); // text unless a plain decimal: the schema reports it with its path
        break;
      case 'boolean':
        row[field] = raw === 'true' ? true : raw === 'false' ? false : raw;
        break;
      case 'list':
        row[field] = raw
          .split(';')
          .map((s) => s.trim())
          .filter((s) => s !== '');
        break;
      case 'json':
        try {
          row[field] = JSON.parse(raw) as unknown;
        } catch (error) {
          throw new DatasetReadError(`${where}, column ${field}: not valid JSON: ${(error as Error).message}`);
        }
        break;
      default:
        row[field] = raw;
    }
  }
  return row;
}
