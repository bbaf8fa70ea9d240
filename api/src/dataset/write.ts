import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeFileAtomic } from '../store/embedded/atomic-file.js';
import { csvColumns } from './model.js';
import { DATASET_KEYS, type Dataset } from './types.js';

/** Writes a dataset as one JSON document (atomically). */
export async function writeDatasetJson(file: string, dataset: Dataset): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(dataset, null, 2)}\n`);
}

/**
 * Writes a dataset as a folder of CSV files, one per non-empty key plus `version.csv`, in the form
 * `readDatasetPath` reads back (lists `;`-separated; scenario overrides, status histories and designations as
 * JSON cells; absent fields as empty cells).
 */
export async function writeDatasetCsv(folder: string, dataset: Dataset): Promise<string[]> {
  await mkdir(folder, { recursive: true });
  const versionFile = join(folder, 'version.csv');
  await writeFileAtomic(versionFile, stringify([['version'], [dataset.version]]));
  const written: string[] = [versionFile];
  for (const key of DATASET_KEYS) {
    const rows = dataset[key] as unknown as Record<string, unknown>[];
    if (rows.length === 0) continue;
    const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    const types = csvColumns(key);
    const records = rows.map((row) =>
      columns.map((column) => {
        const value = row[column];
        const type = types.get(column)?.column;
        if (value === undefined || value === null) return '';
        if (type === 'list') {
          const items = value as string[];
          const bad = items.find((item) => item.includes(';'));
          if (bad !== undefined)
            throw new Error(`${key}: "${bad}" contains ";", which the CSV form uses to separate list items`);
          return items.join(';');
        }
        if (type === 'json') return JSON.stringify(value);
        return String(value);
      }),
    );
    const file = join(folder, `${key}.csv`);
    await writeFileAtomic(file, stringify([columns, ...records]));
    written.push(file);
  }
  return written;
}
