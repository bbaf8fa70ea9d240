/**
 * Derives the bundled dataset's third-party statistics from the files in `../shared/data/` (relative to the
 * repository root; they are never committed here):
 *
 * - seed/production.json: the REFINING 2024 rows from the IEA Critical Minerals Dataset (the file's other rows —
 *   USGS extraction, cell capacity — are kept as they are);
 * - seed/flows.json: EU imports 2024 by partner from CEPII BACI.
 *
 * `npm run derive` writes both files; `npm run derive -- --check` only reports whether they are up to date;
 * `--data DIR` reads the third-party files from DIR instead. The output is deterministic (same input, same bytes).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FlowRow, ProductionRow, SourceRow } from '../../api/src/dataset/types.js';
import { BACI_FILE, BACI_SOURCE, deriveBaciFlows, readBaci, type BaciSummary } from './baci.js';
import {
  ATLAS_FILE,
  IEA_FILE,
  IEA_SOURCE,
  IEA_SOURCE_ID,
  crossCheckAtlas,
  deriveIeaRefining,
  type IeaDataset,
} from './iea.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Where CI and a developer's checkout find the third-party files: `shared/` beside the repository. */
export const DEFAULT_DATA_DIR = join(REPO_ROOT, '..', 'shared', 'data');
export const PRODUCTION_FILE = join(REPO_ROOT, 'seed', 'production.json');
export const FLOWS_FILE = join(REPO_ROOT, 'seed', 'flows.json');
/** The format version the derived files are written in. */
const VERSION = 2;

interface ProductionPart {
  version: number;
  sources: SourceRow[];
  production: ProductionRow[];
}

export interface Derived {
  /** The IEA REFINING rows (what production.json must hold with source {@link IEA_SOURCE_ID}). */
  refining: ProductionRow[];
  flows: FlowRow[];
  summary: BaciSummary[];
  /** What the IEA rows were checked against in the atlas's summary of the same sheet. */
  crossChecked: string[];
}

export async function derive(dataDir: string = DEFAULT_DATA_DIR): Promise<Derived> {
  const iea = JSON.parse(await readFile(join(dataDir, IEA_FILE), 'utf8')) as IeaDataset;
  const refining = deriveIeaRefining(iea);
  const crossChecked = crossCheckAtlas(refining, JSON.parse(await readFile(join(dataDir, ATLAS_FILE), 'utf8')));
  const { flows, summary } = deriveBaciFlows(await readBaci(join(dataDir, BACI_FILE)));
  return { refining, flows, summary, crossChecked };
}

export const serialise = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

/** production.json with its IEA rows and source replaced by `refining` (other rows and sources kept in place). */
export function productionDocument(current: ProductionPart, refining: readonly ProductionRow[]): ProductionPart {
  const fromIea = (r: ProductionRow) => r.sources.includes(IEA_SOURCE_ID);
  return {
    version: VERSION,
    sources: [...current.sources.filter((s) => s.id !== IEA_SOURCE_ID), IEA_SOURCE],
    production: [...current.production.filter((r) => !fromIea(r)), ...refining],
  };
}

export function flowsDocument(flows: readonly FlowRow[]) {
  return { version: VERSION, sources: [BACI_SOURCE], flows };
}

async function main(args: string[]) {
  const check = args.includes('--check');
  const given = args[args.indexOf('--data') + 1];
  const dataDir = args.includes('--data') && given ? resolve(given) : DEFAULT_DATA_DIR;
  const derived = await derive(dataDir);
  const current = JSON.parse(await readFile(PRODUCTION_FILE, 'utf8')) as ProductionPart;
  const outputs: [string, string][] = [
    [PRODUCTION_FILE, serialise(productionDocument(current, derived.refining))],
    [FLOWS_FILE, serialise(flowsDocument(derived.flows))],
  ];
  let stale = 0;
  for (const [file, text] of outputs) {
    const before = await readFile(file, 'utf8').catch(() => '');
    if (before === text) continue;
    stale += 1;
    if (check) console.log(`${file} is not what the derivation gives; run npm run derive`);
    else await writeFile(file, text);
  }
  console.log(`read ${dataDir}: ${derived.refining.length} REFINING rows (IEA), ${derived.flows.length} flow rows (BACI)`);
  console.log(`  IEA rows agree with ${ATLAS_FILE}: ${derived.crossChecked.join('; ')}`);
  for (const s of derived.summary)
    console.log(
      `  HS ${s.hs6}: ${s.rows} EU-import rows, ${s.noQuantity} without quantity (${s.noQuantityKusd.toFixed(1)} kUSD) left out, ` +
        `${s.productTonnes.toFixed(3)} t product = ${s.materialTonnes.toFixed(3)} in material units, of which from outside the EU ${s.fromOutsideEu.toFixed(3)}`,
    );
  if (check && stale > 0) process.exitCode = 1;
  else console.log(check ? 'seed files are up to date' : `wrote ${stale} file(s)`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
