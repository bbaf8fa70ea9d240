/**
 * Derives the MATERIAL_INTENSITY rows that stand in for cell plants stating only "NMC" or no chemistry at all
 * (docs/methodology.md §7, "Chemistry rule"), from the sourced per-chemistry rows of seed/parameters.json (BatPaC 5.1
 * via Busch et al.):
 *
 * - chemistry `NMC` (the family): low = the smallest, high = the largest intensity over NMC111, NMC532, NMC622 and
 *   NMC811; value = the midpoint of that range;
 * - no chemistry (mixed / not stated): the same over every sourced chemistry (the four NMC, NCA, LFP).
 *
 * The value is a convention, not a figure any source gives: no source gives the mix of chemistries in EU cell
 * production, so the midpoint is used and the range travels with every figure resting on it. Rows' notes say so.
 *
 * `npm run derive:parameters` rewrites seed/parameters.json; `-- --check` only reports whether it is up to date.
 * Deterministic (same input, same bytes).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ParameterRow, SourceRow } from '../../api/src/dataset/types.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PARAMETERS_FILE = join(REPO_ROOT, 'seed', 'parameters.json');

/** The sourced chemistries each derived row spans. */
export const SPANS = {
  NMC: ['NMC111', 'NMC532', 'NMC622', 'NMC811'],
  mixed: ['NMC111', 'NMC532', 'NMC622', 'NMC811', 'NCA', 'LFP'],
} as const;
const METALS = ['lithium', 'nickel', 'cobalt', 'manganese'] as const;

/** Id of a derived row: `param-mi-<metal>-nmc-family` or `param-mi-<metal>-any-chemistry`. */
export const derivedId = (metal: string, span: keyof typeof SPANS) =>
  `param-mi-${metal}-${span === 'NMC' ? 'nmc-family' : 'any-chemistry'}`;

/** Rounds to 0.01 t/GWh, halves away from zero, without binary noise (111.655 → 111.66). */
export function round2(x: number): number {
  return Math.round(Number((x * 100).toPrecision(12))) / 100;
}

/** The derived rows, from the sourced rows (throws when a chemistry the rule spans has no sourced row). */
export function deriveIntensityRanges(rows: readonly ParameterRow[]): ParameterRow[] {
  const out: ParameterRow[] = [];
  for (const span of ['NMC', 'mixed'] as const)
    for (const metal of METALS) {
      const chemistries = SPANS[span];
      const used = chemistries.map((chemistry) => {
        const row = rows.find(
          (r) => r.kind === 'MATERIAL_INTENSITY' && r.material === metal && r.chemistry === chemistry,
        );
        if (!row) throw new Error(`no sourced MATERIAL_INTENSITY of ${metal} for ${chemistry}`);
        return row;
      });
      const values = used.map((r) => r.value);
      const low = Math.min(...values);
      const high = Math.max(...values);
      const value = round2((low + high) / 2);
      const lowRow = used[values.indexOf(low)];
      const highRow = used[values.indexOf(high)];
      const list = used.map((r) => `${r.chemistry} ${r.value}`).join(', ');
      const who =
        span === 'NMC'
          ? `cell plants stating only the family "NMC" (or an NMC variant without a row of its own)`
          : `cell plants stating no chemistry, or one without a row of its own or of its family`;
      out.push({
        id: derivedId(metal, span),
        kind: 'MATERIAL_INTENSITY',
        material: metal,
        ...(span === 'NMC' ? { chemistry: 'NMC' } : {}),
        value,
        low,
        high,
        unit: 't/GWh',
        notes:
          `Derived, not a sourced figure (seed/derive/intensity-ranges.ts): stands in for ${who}. ` +
          `low = the smallest (${lowRow?.chemistry} ${low}), high = the largest (${highRow?.chemistry} ${high}) of the sourced BatPaC 5.1 intensities of ${metal} over ${chemistries.join(', ')} (${list} t/GWh); ` +
          `value = the midpoint of that range, (${low} + ${high}) / 2 = ${value} t/GWh, a convention: no source gives the mix of chemistries in EU cell production. ` +
          `Figures resting on it carry the range.`,
        sources: [...new Set(used.flatMap((r) => r.sources))],
      });
    }
  return out;
}

interface ParametersPart {
  version: number;
  sources: SourceRow[];
  parameters: ParameterRow[];
}

/** The document with its derived rows replaced (placed after the last sourced MATERIAL_INTENSITY row). */
export function withDerivedRows(doc: ParametersPart): ParametersPart {
  const derived = deriveIntensityRanges(doc.parameters);
  const ids = new Set(derived.map((r) => r.id));
  const kept = doc.parameters.filter((r) => !ids.has(r.id));
  const at = kept.map((r) => r.kind).lastIndexOf('MATERIAL_INTENSITY') + 1;
  return { ...doc, parameters: [...kept.slice(0, at), ...derived, ...kept.slice(at)] };
}

export const serialise = (document: unknown) => `${JSON.stringify(document, null, 2)}\n`;

async function main(args: string[]) {
  const text = await readFile(PARAMETERS_FILE, 'utf8');
  const next = serialise(withDerivedRows(JSON.parse(text) as ParametersPart));
  if (args.includes('--check')) {
    console.log(next === text ? 'seed/parameters.json is up to date' : 'seed/parameters.json is out of date');
    process.exitCode = next === text ? 0 : 1;
    return;
  }
  await writeFile(PARAMETERS_FILE, next);
  console.log(`seed/parameters.json: ${deriveIntensityRanges(JSON.parse(next).parameters).length} derived rows`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
