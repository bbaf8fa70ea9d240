/**
 * REFINING statistics 2024 by country from the IEA Critical Minerals Dataset (May 2025 edition), read from its JSON
 * transcription `../shared/data/iea-critical-minerals-dataset-2025.json` (see ../shared/data/README.md).
 *
 * The transcription holds sheet "2 Total supply for key minerals" as `supply.<Mineral>.refining.countries.<name>`
 * and `supply.<Mineral>.refining.total`, in kt, first year column 2024. Each named country becomes one row
 * (kt × 1000, rounded to whole tonnes); the remainder total − Σ named becomes the `XW` row. The sheet's own
 * "Rest of world" row is not used: in some blocks it equals total − the top five although six countries are
 * named (nickel refining), so it would count the sixth twice. The derivation fails if the remainder differs from
 * the sheet's "Rest of world" by anything other than one named country, so a new slip is noticed.
 */
import type { ProductionRow, SourceRow } from '../../api/src/dataset/types.js';

export const IEA_SOURCE_ID = 'src-iea-cmd-2025';
export const IEA_FILE = 'iea-critical-minerals-dataset-2025.json';
const YEAR = '2024';

export const IEA_SOURCE: SourceRow = {
  id: IEA_SOURCE_ID,
  title:
    'Critical Minerals Dataset, May 2025 edition (data of the Global Critical Minerals Outlook 2025 and the Critical Minerals Data Explorer), sheet "2 Total supply for key minerals"',
  publisher: 'International Energy Agency',
  year: 2025,
  url: 'https://www.iea.org/data-and-statistics/data-product/critical-minerals-dataset',
  accessed: '2026-12-01',
  notes:
    'Licence CC BY 4.0 (IEA). Interactive version: https://www.iea.org/data-and-statistics/data-tools/critical-minerals-data-explorer. ' +
    'Read from a faithful JSON transcription of the sheet (public repository barrytho/uk-critical-minerals-dashboard, data/iea.json at commit fc0f643571010b6af97605f2f70b0944412d68f0, written by its scripts/convert-iea-data.py), ' +
    'by seed/derive (npm run derive). Edition: the transcription calls itself "IEA Critical Minerals Data Explorer (2024)", but its first year is 2024 with projections for 2030/2035/2040 ' +
    '(the May 2024 edition starts in 2023), and its refining figures give an average top-three share of 85.8 % across copper, lithium, nickel, cobalt, graphite and rare earths, ' +
    'the "86 % in 2024" of the IEA critical-minerals page for GCMO 2025; its totals equal those quoted by the public repository Varcolacus/critical-materials-atlas (out/refining.json). Hence cited as the May 2025 edition.',
};

interface IeaBlock {
  countries: Record<string, Record<string, number>>;
  total: Record<string, number>;
}
export interface IeaDataset {
  source: string;
  supply: Record<string, { mining: IeaBlock; refining: IeaBlock }>;
}

/** The IEA's country names in the refining blocks used, as ISO 3166 alpha-2. */
const COUNTRY: Readonly<Record<string, string>> = {
  China: 'CN',
  Chile: 'CL',
  Argentina: 'AR',
  Australia: 'AU',
  Indonesia: 'ID',
  Finland: 'FI',
  Russia: 'RU',
  Canada: 'CA',
  Japan: 'JP',
  'United States': 'US',
  Sweden: 'SE',
  Germany: 'DE',
};

interface Block {
  mineral: string;
  material: string;
  unit: string;
  /** What the IEA figure measures, said in every row's notes. */
  basis: string;
}
const BLOCKS: readonly Block[] = [
  {
    mineral: 'Lithium',
    material: 'lithium',
    unit: 't Li',
    basis: 'refined lithium chemicals (carbonate, hydroxide and other chemicals) in lithium content',
  },
  {
    mineral: 'Nickel',
    material: 'nickel',
    unit: 't Ni',
    basis:
      'refined nickel on the IEA\'s wide basis: Class 1 metal and nickel sulphate together with Class 2 (ferronickel, nickel pig iron), in nickel content — not battery-grade nickel alone',
  },
  {
    mineral: 'Cobalt',
    material: 'cobalt',
    unit: 't Co',
    basis: 'refined cobalt (metal and chemicals) in cobalt content; the sheet labels this block\'s total "Total clean technologies"',
  },
  {
    mineral: 'Graphite',
    material: 'graphite',
    unit: 't',
    basis: 'battery-grade graphite, natural (spherical) and synthetic together, in tonnes of graphite',
  },
];

const round = (x: number) => Math.round(x);
const fmt = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: 3 });

/** The production rows (named countries, then `XW`) for the four refining blocks, in a fixed order. */
export function deriveIeaRefining(iea: IeaDataset): ProductionRow[] {
  const rows: ProductionRow[] = [];
  for (const block of BLOCKS) {
    const refining = iea.supply[block.mineral]?.refining;
    if (!refining) throw new Error(`${IEA_FILE}: no supply.${block.mineral}.refining block`);
    const totalKt = refining.total[YEAR];
    if (totalKt === undefined) throw new Error(`${IEA_FILE}: no ${YEAR} total for ${block.mineral} refining`);
    const named = Object.entries(refining.countries).filter(([name]) => name !== 'Rest of world');
    const namedRows: ProductionRow[] = [];
    let namedKt = 0;
    for (const [name, series] of named) {
      const iso2 = COUNTRY[name];
      if (!iso2) throw new Error(`${IEA_FILE}: ${block.mineral} refining names "${name}", which has no ISO code here`);
      const kt = series[YEAR];
      if (kt === undefined) throw new Error(`${IEA_FILE}: no ${YEAR} value for ${name}, ${block.mineral} refining`);
      namedKt += kt;
      namedRows.push({
        country: iso2,
        material: block.material,
        stage: 'REFINING',
        year: 2024,
        value: round(kt * 1000),
        unit: block.unit,
        sources: [IEA_SOURCE_ID],
        notes:
          `IEA Critical Minerals Dataset (May 2025), "2 Total supply for key minerals", ${block.mineral} — refining, ${name}, 2024: ` +
          `${fmt(kt)} kt × 1000 = ${fmt(round(kt * 1000))} ${block.unit} (rounded to whole tonnes). Basis: ${block.basis}. ` +
          `Field supply.${block.mineral}.refining.countries["${name}"]["2024"] of the JSON transcription.` +
          (kt === 0 ? ' The IEA names this country with 0 for 2024 (for its projected output from 2030); kept as a recorded zero.' : ''),
      });
    }
    // Most recorded first (a stable order for the file; ties by country id).
    namedRows.sort((a, b) => b.value - a.value || a.country.localeCompare(b.country));
    const totalT = round(totalKt * 1000);
    const namedT = namedRows.reduce((s, r) => s + r.value, 0);
    const restKt = totalKt - namedKt;
    const sheetRest = refining.countries['Rest of world']?.[YEAR];
    let slip = '';
    if (sheetRest !== undefined && Math.abs(sheetRest - restKt) > 1e-6) {
      const doubled = named.find(([, s]) => Math.abs((s[YEAR] ?? NaN) - (sheetRest - restKt)) < 1e-6);
      if (!doubled)
        throw new Error(
          `${IEA_FILE}: ${block.mineral} refining "Rest of world" ${sheetRest} is neither total − Σ named (${restKt}) nor that plus one named country`,
        );
      slip = ` The sheet's "Rest of world" (${fmt(sheetRest)} kt) equals the total minus the other named countries but not ${doubled[0]}, so it would count ${doubled[0]} (${fmt(doubled[1][YEAR] ?? 0)} kt) twice; not used.`;
    }
    if (restKt < -1e-9) throw new Error(`${IEA_FILE}: ${block.mineral} refining named countries exceed the total`);
    rows.push(...namedRows, {
      country: 'XW',
      material: block.material,
      stage: 'REFINING',
      year: 2024,
      value: totalT - namedT,
      unit: block.unit,
      sources: [IEA_SOURCE_ID],
      notes:
        `XW = rest of world, unattributed. Derived: IEA world total ${fmt(totalKt)} kt (${fmt(totalT)} ${block.unit}) − the named countries ` +
        `${fmt(namedT)} ${block.unit} = ${fmt(totalT - namedT)} ${block.unit}; named coverage ${((namedT / totalT) * 100).toFixed(1)} %. ` +
        `IEA Critical Minerals Dataset (May 2025), "2 Total supply for key minerals", ${block.mineral} — refining, 2024 (field supply.${block.mineral}.refining.total["2024"]). Basis: ${block.basis}.` +
        slip,
    });
  }
  return rows;
}

export const ATLAS_FILE = 'atlas-refining-crosscheck.json';
interface AtlasCrossCheck {
  capacity_wedge: { material: string; refining: { iso3: string; top1: number; total: number } }[];
}
const ISO3: Readonly<Record<string, string>> = { CHN: 'CN', IDN: 'ID' };

/**
 * Checks the derived rows against the atlas's own summary of the same IEA sheet (world total in kt to 0.01, top
 * country and its share to 0.1 percentage point); throws on any difference. Returns what was compared.
 */
export function crossCheckAtlas(rows: readonly ProductionRow[], atlas: AtlasCrossCheck): string[] {
  const checked: string[] = [];
  for (const block of BLOCKS) {
    const entry = atlas.capacity_wedge.find((w) => w.material === block.material);
    if (!entry) throw new Error(`${ATLAS_FILE}: no ${block.material} entry`);
    const own = rows.filter((r) => r.material === block.material);
    const total = own.reduce((s, r) => s + r.value, 0);
    const top = own.filter((r) => r.country !== 'XW').reduce((a, b) => (b.value > a.value ? b : a));
    const share = Math.round((top.value / total) * 1000) / 10;
    const problems = [
      Math.abs(total / 1000 - entry.refining.total) > 0.01 ? `total ${total / 1000} kt ≠ ${entry.refining.total}` : '',
      ISO3[entry.refining.iso3] !== top.country ? `top ${top.country} ≠ ${entry.refining.iso3}` : '',
      Math.abs(share - entry.refining.top1) > 0.05 ? `top share ${share} % ≠ ${entry.refining.top1} %` : '',
    ].filter(Boolean);
    if (problems.length > 0) throw new Error(`${block.mineral} refining disagrees with ${ATLAS_FILE}: ${problems.join('; ')}`);
    checked.push(`${block.material}: total ${entry.refining.total} kt, ${top.country} ${share} %`);
  }
  return checked;
}
