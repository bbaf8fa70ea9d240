import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DatasetReadError, readDatasetPath, type DatasetSource } from '../dataset/read.js';
import { DATASET_KEYS, type RowCounts } from '../dataset/types.js';
import { validateDataset, type DatasetError } from '../dataset/validate.js';
import { writeDatasetCsv, writeDatasetJson } from '../dataset/write.js';
import { parseEnv } from '../env.js';
import { DatasetsService } from '../modules/datasets/datasets.service.js';
import { createStore } from '../store/create-store.js';
import { DataFileLockedError, DiskFullError } from '../store/embedded/atomic-file.js';
import { DataChangedError, StoreLimitError, StoreUnavailableError, type ImportProgress } from '../store/graph-store.js';

/**
 * Exit codes: 0 done, 1 the dataset is invalid, 2 usage or unreadable file, 3 the store is unavailable (or its
 * disk full, or another writer holds it), 4 anything else, 5 the load is larger than the store takes in one write
 * (Neo4j's transaction memory; nothing was written).
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, unavailable: 3, failed: 4, tooLarge: 5 } as const;

const USAGE = `Usage: npm run data -- <command> [options]

  validate PATH            check a dataset (.json file, folder of .json parts, or folder of .csv files)
  load PATH [--replace]    validate, then write it into the store (embedded, or Neo4j when NEO4J_URI is set);
                           without --replace rows are upserted, with it the dataset is swapped
  export PATH [--csv]      write the store's whole dataset to PATH: one JSON document, or with --csv a folder
                           of CSV files (one per key)

The store is chosen by the environment (README: DATASET, DATA_DIR, NEO4J_URI …).`;

type Out = { log: (line: string) => void; error: (line: string) => void };

/** Runs one CLI command; returns the exit code. Exported for tests. */
export async function runDataCli(argv: readonly string[], out: Out = console): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        replace: { type: 'boolean', default: false },
        csv: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    out.error(`${(error as Error).message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  const [command, path, ...extra] = parsed.positionals;
  if (parsed.values.help) {
    out.log(USAGE);
    return EXIT.ok;
  }
  if (!command || !path || extra.length > 0 || !['validate', 'load', 'export'].includes(command)) {
    out.error(USAGE);
    return EXIT.usage;
  }
  try {
    if (command === 'validate') return await validateCommand(path, out);
    if (command === 'load') return await loadCommand(path, parsed.values.replace === true, out);
    return await exportCommand(path, parsed.values.csv === true, out);
  } catch (error) {
    if (error instanceof DatasetReadError) {
      out.error(error.message);
      return EXIT.usage;
    }
    if (error instanceof StoreUnavailableError) {
      // A failed import writes nothing (both stores import all-or-nothing), unless the connection was lost while
      // Neo4j was committing it.
      out.error(
        `The store is unavailable: ${error.message}.` +
          (error.mayHaveWritten
            ? ' The import may have been written; re-run the same load to be sure.'
            : ' Nothing was written.'),
      );
      return EXIT.unavailable;
    }
    if (error instanceof DiskFullError || error instanceof DataFileLockedError) {
      out.error(error.message);
      return EXIT.unavailable;
    }
    if (error instanceof StoreLimitError) {
      out.error(error.message);
      return EXIT.tooLarge;
    }
    if (error instanceof DataChangedError) {
      out.error('The data kept changing while the document was being validated; nothing was written. Try again.');
      return EXIT.unavailable;
    }
    // Anything else is a bug, but the user still gets a sentence rather than a stack trace.
    out.error(`${command} failed: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}

async function validateCommand(path: string, out: Out): Promise<number> {
  const source = await readDatasetPath(path);
  const result = validateDataset(source.document);
  if (!result.ok) return reportErrors(source, result.errors, out);
  out.log(`${path}: valid (${source.files.length} file${source.files.length === 1 ? '' : 's'})`);
  out.log(formatCounts(countsOf(result.dataset)));
  return EXIT.ok;
}

async function loadCommand(path: string, replace: boolean, out: Out): Promise<number> {
  const source = await readDatasetPath(path);
  const env = parseEnv();
  const store = await createStore(env);
  try {
    const service = new DatasetsService(store);
    const started = Date.now();
    const result = await service.import(source.document, {
      replace,
      onProgress: progressPrinter(out, started),
    });
    if (!result.ok) {
      reportErrors(source, result.errors, out);
      out.error('Nothing was written.');
      return EXIT.invalid;
    }
    const where = store.kind === 'neo4j' ? `Neo4j (${env.neo4j?.uri})` : `the embedded store (${env.dataDir})`;
    out.log(`Loaded ${path} into ${where}${replace ? ', replacing its data' : ''} in ${Date.now() - started} ms:`);
    if (result.counts) out.log(formatCounts(result.counts));
    if (store.kind === 'embedded') out.log('A server running on this DATA_DIR serves the new data within a second.');
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

async function exportCommand(path: string, csv: boolean, out: Out): Promise<number> {
  const store = await createStore(parseEnv());
  try {
    const dataset = await store.snapshot();
    if (csv) await writeDatasetCsv(resolve(path), dataset);
    else await writeDatasetJson(resolve(path), dataset);
    out.log(`Exported to ${path}${csv ? ' (CSV folder)' : ''}:`);
    out.log(formatCounts(countsOf(dataset)));
    return EXIT.ok;
  } finally {
    await store.close();
  }
}

function reportErrors(source: DatasetSource, errors: DatasetError[], out: Out): number {
  out.error(`${errors.length} error${errors.length === 1 ? '' : 's'}:`);
  for (const e of errors) {
    const value = e.value === null ? '' : ` (found: ${e.value})`;
    out.error(`  ${source.locate(e.path)}: ${e.message}${value}`);
  }
  return EXIT.invalid;
}

function countsOf(dataset: Record<(typeof DATASET_KEYS)[number], unknown[]>): RowCounts {
  return Object.fromEntries(DATASET_KEYS.map((k) => [k, dataset[k].length])) as RowCounts;
}

function formatCounts(counts: RowCounts): string {
  return DATASET_KEYS.map((k) => `  ${k.padEnd(12)} ${String(counts[k]).padStart(7)}`).join('\n');
}

/** Prints a line per progress report at most every 500 ms: rows, rate and an ETA. */
function progressPrinter(out: Out, started: number) {
  let last = 0;
  return (p: ImportProgress) => {
    const now = Date.now();
    if (now - last < 500 && p.done < p.total) return;
    last = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const rate = p.done / seconds;
    const eta = rate > 0 ? Math.ceil((p.total - p.done) / rate) : 0;
    out.log(`  ${p.key}: ${p.done}/${p.total} rows, ${Math.round(rate)} rows/s, ETA ${eta}s`);
  };
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('cli/data.ts');
if (isMain) {
  runDataCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
