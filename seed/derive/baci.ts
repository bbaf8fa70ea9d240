/**
 * Imports into EU member states, 2024, by partner, from CEPII BACI (HS 2017, version 202601), read from the extract
 * `../shared/data/baci-hs17-v202601-critical-trade.parquet` (see ../shared/data/README.md).
 *
 * One flow row per exporter → EU importer for five HS codes, with the product tonnage (BACI `qty_t`) converted to
 * the material's unit by a stated factor. Flows between two member states are kept (for a country scope such as DE
 * they are imports; the analytics ignore them for the EU scope). Rows without a quantity, or with quantity 0, carry
 * no tonnage and are left out (counted in the summary).
 */
import { asyncBufferFromFile, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import type { FlowRow, SourceRow, Stage } from '../../api/src/dataset/types.js';
import { EU27_ISO3, ISO3_TO_ISO2 } from './countries.js';

export const BACI_SOURCE_ID = 'src-cepii-baci-hs17-v202601';
export const BACI_FILE = 'baci-hs17-v202601-critical-trade.parquet';

export const BACI_SOURCE: SourceRow = {
  id: BACI_SOURCE_ID,
  title: 'BACI: International Trade Database at the Product-Level, HS 2017 (HS17), version 202601',
  publisher: 'CEPII',
  year: 2026,
  url: 'https://www.cepii.fr/CEPII/en/bdd_modele/bdd_modele_item.asp?id=37',
  accessed: '2026-12-01',
  notes:
    'Licence Etalab Open Licence 2.0. BACI reconciles the declarations of exporters and importers in UN Comtrade; quantities are tonnes of product (not of contained metal). ' +
    'Read from an extract of the 2024 rows for selected HS codes (public repository Varcolacus/critical-materials-atlas, pipeline/data/trade.parquet at commit 17b328d2239864e993895582a29fdd3b5ceb479b) by seed/derive (npm run derive).',
};

export interface TradeCode {
  hs6: string;
  product: string;
  material: string;
  stage: Stage;
  unit: string;
  /** Tonnes of material (its unit) per tonne of product. */
  factor: number;
  /** The factor in a few words, said in every row's notes. */
  short: string;
  /** Why this factor and this stage (seed/GAPS.md and the source's notes say it in full). */
  basis: string;
}

export const TRADE_CODES: readonly TradeCode[] = [
  {
    hs6: '283691',
    short: 'Li2CO3, 18.79 % Li',
    product: 'lithium carbonate',
    material: 'lithium',
    stage: 'REFINING',
    unit: 't Li',
    factor: 0.1879,
    basis: 'Li2CO3 contains 18.79 % Li (2 × 6.94 / 73.89); lithium carbonate is a refined lithium chemical',
  },
  {
    hs6: '282200',
    short: 'taken as Co(OH)2, 63.4 % Co — an assumption, see seed/GAPS.md',
    product: 'cobalt oxides and hydroxides; commercial cobalt oxides',
    material: 'cobalt',
    stage: 'REFINING',
    unit: 't Co',
    factor: 0.634,
    basis:
      'taken as cobalt(II) hydroxide Co(OH)2, 63.4 % Co (58.93 / 92.95); the code also holds Co3O4 (73.4 % Co) and CoO (78.7 % Co), which this factor understates, and crude hydroxide intermediate (well below 63.4 % Co), which it overstates. Cobalt oxides and hydroxides are counted as refined cobalt chemicals',
  },
  {
    hs6: '250490',
    short: 'tonnes of graphite as traded',
    product: 'natural graphite other than in powder or flakes',
    material: 'graphite',
    stage: 'EXTRACTION',
    unit: 't',
    factor: 1,
    basis:
      'tonnes of natural graphite as traded (factor 1; the material is counted in tonnes of graphite). HS 2504.90 is natural graphite NOT in powder or flakes (lump, chip and other mined forms); powder, flake and spherical graphite are HS 2504.10, so this code is mine output, counted at EXTRACTION, not battery-grade (REFINING) graphite',
  },
  {
    hs6: '750210',
    short: 'unalloyed nickel, at least 99 % Ni+Co',
    product: 'unwrought nickel, not alloyed',
    material: 'nickel',
    stage: 'REFINING',
    unit: 't Ni',
    factor: 1,
    basis:
      'factor 1: "nickel, not alloyed" is metal of at least 99 % nickel plus cobalt (HS chapter 75 subheading note), so the error is below 1 %; Class 1 refined nickel',
  },
  {
    hs6: '260200',
    short: 'assumed 44 % Mn ore grade — an assumption, see seed/GAPS.md',
    product: 'manganese ores and concentrates',
    material: 'manganese',
    stage: 'EXTRACTION',
    unit: 't Mn',
    factor: 0.44,
    basis:
      'assumed 44 % Mn, the grade of the high-grade seaborne ore benchmark (44 % Mn); ore under this code has at least 20 % Mn by definition, and South African semi-carbonate ores sell at about 37 % Mn, for which this factor overstates the content by about a fifth',
  },
];

export interface BaciRow {
  year: number;
  exporter: string;
  exporter_name: string;
  importer: string;
  importer_name: string;
  hs6: string;
  material: string;
  value_kusd: number;
  qty_t: number | null;
}

export async function readBaci(file: string): Promise<BaciRow[]> {
  const buffer = await asyncBufferFromFile(file);
  return (await parquetReadObjects({ file: buffer, compressors })) as unknown as BaciRow[];
}

export interface BaciSummary {
  hs6: string;
  rows: number;
  /** Rows dropped for a missing or zero quantity, and their trade value (thousand USD). */
  noQuantity: number;
  noQuantityKusd: number;
  productTonnes: number;
  materialTonnes: number;
  fromOutsideEu: number;
}

const EU = new Set(EU27_ISO3);
/** Contained material, to the gram (BACI quantities are given to the kilogram). */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
const fmt = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 6 });

function iso2(code: string, name: string): string {
  const id = ISO3_TO_ISO2[code];
  if (!id) throw new Error(`${BACI_FILE}: no ISO 3166 alpha-2 code for "${code}" (${name}); add it to seed/derive/countries.ts`);
  return id;
}

/** Flow rows for the five codes into the EU-27, 2024, sorted by material, importer, exporter. */
export function deriveBaciFlows(rows: readonly BaciRow[]): { flows: FlowRow[]; summary: BaciSummary[] } {
  const flows: FlowRow[] = [];
  const summary: BaciSummary[] = [];
  for (const code of TRADE_CODES) {
    const selected = rows.filter((r) => r.hs6 === code.hs6 && r.year === 2024 && EU.has(r.importer));
    const s: BaciSummary = {
      hs6: code.hs6,
      rows: selected.length,
      noQuantity: 0,
      noQuantityKusd: 0,
      productTonnes: 0,
      materialTonnes: 0,
      fromOutsideEu: 0,
    };
    for (const r of selected) {
      if (r.qty_t === null || !Number.isFinite(r.qty_t) || r.qty_t <= 0) {
        s.noQuantity += 1;
        s.noQuantityKusd += r.value_kusd;
        continue;
      }
      const from = iso2(r.exporter, r.exporter_name);
      const to = iso2(r.importer, r.importer_name);
      const value = round6(r.qty_t * code.factor);
      s.productTonnes += r.qty_t;
      s.materialTonnes += value;
      if (!EU.has(r.exporter)) s.fromOutsideEu += value;
      flows.push({
        from,
        to,
        material: code.material,
        stage: code.stage,
        year: 2024,
        value,
        unit: code.unit,
        sources: [BACI_SOURCE_ID],
        notes:
          `CEPII BACI HS17 V202601, HS ${code.hs6} (${code.product}), 2024, exporter ${r.exporter} (${r.exporter_name}) → importer ${r.importer} (${r.importer_name}): ` +
          `${fmt(r.qty_t)} t of product × ${code.factor} (${code.short}) = ${fmt(value)} ${code.unit}. Covers HS ${code.hs6} only.` +
          (r.exporter === 'S19' ? ' BACI partner "Other Asia, nes" (S19) is not a country: recorded as XW (unattributed).' : '') +
          (EU.has(r.exporter) ? ' Intra-EU flow: an import for a member-state scope, ignored for the EU scope.' : ''),
      });
    }
    summary.push(s);
  }
  flows.sort(
    (a, b) =>
      a.material.localeCompare(b.material) ||
      a.stage.localeCompare(b.stage) ||
      a.to.localeCompare(b.to) ||
      a.from.localeCompare(b.from),
  );
  return { flows, summary };
}
