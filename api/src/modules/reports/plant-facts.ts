/* eslint-disable @typescript-eslint/no-non-null-assertion -- facility, company and capacity indices come from the projection itself and are in range. */
import { controlOf, resolveOwnership } from '../../analytics/ownership.js';
import { CAPACITY_MEASURES } from '../../dataset/model.js';
import type { CapacityMeasure, FacilityRow, FacilityStatus, Stage } from '../../dataset/types.js';
import {
  facilityMaterial,
  installedEntry,
  projectedEntry,
  statusIn,
  supplyCapacity,
} from '../../projection/capacity.js';
import { CAPACITY_BASIS_ANNOUNCED, STAGE_INDEX, type Projection } from '../../projection/projection.js';
import { UNKNOWN, resolveScope } from '../../projection/scope.js';
import { percentText, quantityText } from './report.js';

/** The horizon "the latest plan" is read at: every recorded year is before it. */
const HORIZON = 2100;

/** What the tracker and the plant reports show of one facility in a year, all from the projection door. */
export interface PlantFacts {
  row: FacilityRow;
  /** SPEC 4.0 status in the year, or null when the facility did not exist then. */
  statusInYear: FacilityStatus | null;
  material: string | null;
  unit: string | null;
  /** For a recycler: what its capacity figures count (SPEC 4.7), else null. */
  measure: CapacityMeasure | null;
  /** What the capacity figures count, in words with their unit ("battery input, t/yr"; "GWh" for a cell plant). */
  capacityOf: string | null;
  installed: CapacityFacts['installed'];
  supply: CapacityFacts['supply'];
  announced: CapacityFacts['announced'];
  /** The controlling owner (company id), or null when UNKNOWN. */
  controller: string | null;
  /** Investor region of the controller, or UNKNOWN. */
  controllerRegion: string;
  /** Effective ultimate ownership by investor region, descending ("Korea 100 %"). */
  ownerRegions: { region: string; share: number }[];
  /** The capacity rows used (indices into dataset.capacities), for sources. */
  capacityRows: number[];
}

/** One material a facility has capacity rows of, with what a recycler's rows of it count (SPEC 4.7). */
export interface MeasuredMaterial {
  /** Material index. */
  material: number;
  /** The recycling measure of the rows (a recycler's black-mass row without one reads as BLACK_MASS_OUTPUT); null for other facilities. */
  measure: CapacityMeasure | null;
  /** "battery input", "black mass processed", "recovered lithium", or the material's name outside recycling. */
  label: string;
  /** The figure's unit per year ("t/yr", "t Li/yr"), or the material's unit outside recycling. */
  unit: string;
}

const MEASURE_WORDS: Readonly<Record<Exclude<CapacityMeasure, 'RECOVERED_METAL'>, string>> = {
  BATTERY_INPUT: 'battery input',
  BLACK_MASS_OUTPUT: 'black mass produced',
  BLACK_MASS_INPUT: 'black mass processed',
};

/** What material m's capacity rows count at facility f, in words (see {@link MeasuredMaterial}). */
export function measuredMaterial(p: Projection, f: number, m: number): MeasuredMaterial {
  const materialRow = p.dataset.materials[m]!;
  let measure: CapacityMeasure | null = null;
  if (p.dataset.facilities[f]!.type === 'RECYCLER') {
    for (let i = p.capStart[f]!; i < p.capStart[f + 1]!; i++)
      if (p.capMaterial[i] === m) measure ??= p.dataset.capacities[p.capRow[i]!]!.measure ?? null;
    if (measure === null && materialRow.id === 'black-mass') measure = 'BLACK_MASS_OUTPUT';
    if (measure === null) measure = 'RECOVERED_METAL';
  }
  // A bare mass unit ("t" for graphite) says not what is counted: the column reads "t graphite", never just "(t)".
  const named = /^k?t$/.test(materialRow.unit.trim())
    ? `${materialRow.unit} ${materialRow.name.toLowerCase()}`
    : materialRow.unit;
  if (measure === null) return { material: m, measure, label: materialRow.name, unit: named };
  const label = measure === 'RECOVERED_METAL' ? `recovered ${materialRow.name.toLowerCase()}` : MEASURE_WORDS[measure];
  return { material: m, measure, label, unit: `${materialRow.unit}/yr` };
}

/**
 * Every material facility f has capacity rows of, each with its measure; a recycler's in the order of the chain
 * (battery input, black mass produced, black mass processed, recovered metal), others by material.
 */
export function measuredMaterials(p: Projection, f: number): MeasuredMaterial[] {
  const own = new Set<number>();
  for (let i = p.capStart[f]!; i < p.capStart[f + 1]!; i++) own.add(p.capMaterial[i]!);
  return [...own].map((m) => measuredMaterial(p, f, m)).sort(byChainOrder);
}

/** Orders measured materials along the recycling chain (SPEC 4.7), then by material. */
export function byChainOrder(a: MeasuredMaterial, b: MeasuredMaterial): number {
  const rank = (m: MeasuredMaterial) => (m.measure === null ? 0 : CAPACITY_MEASURES.indexOf(m.measure));
  return rank(a) - rank(b) || a.material - b.material;
}

/**
 * The material a facility's capacity facts are about: the stage's default (cells, black mass produced) or the
 * facility's only material ({@link facilityMaterial}); for a recycler without black-mass rows, the first measure it
 * published in the order of the chain (battery input before black mass processed before recovered metal), so a
 * plant that publishes only its input still shows that capacity.
 */
function factsMaterial(p: Projection, f: number): number | null {
  const m = facilityMaterial(p, f);
  if (m !== null || p.dataset.facilities[f]!.type !== 'RECYCLER') return m;
  return measuredMaterials(p, f)[0]?.material ?? null;
}

/** A facility's capacity of one material in a year, by the one capacity rule (SPEC 4.0). */
export interface CapacityFacts {
  /** Latest INSTALLED row at or before the year (null when there is none: unknown, never 0). */
  installed: number | null;
  /** The installed capacity that counts as supply that year (OPERATING or RAMP_UP), else 0. */
  supply: number;
  /** The latest plan (an ANNOUNCED row after every built row), with its year; null when none is recorded. */
  announced: { value: number; year: number } | null;
  /** The capacity rows used (indices into dataset.capacities), for sources. */
  capacityRows: number[];
}

/** Facility f's capacity of material m in year y: installed, in supply, the latest plan (SPEC 4.0). */
export function capacityFacts(p: Projection, f: number, m: number, y: number): CapacityFacts {
  const capacityRows: number[] = [];
  let installed: number | null = null;
  let announced: CapacityFacts['announced'] = null;
  const i = installedEntry(p, f, m, y);
  if (i >= 0) {
    installed = p.capValue[i]!;
    capacityRows.push(p.capRow[i]!);
  }
  const latest = projectedEntry(p, f, m, HORIZON);
  if (latest >= 0 && p.capBasis[latest] === CAPACITY_BASIS_ANNOUNCED) {
    announced = { value: p.capValue[latest]!, year: p.capYear[latest]! };
    capacityRows.push(p.capRow[latest]!);
  }
  return { installed, supply: supplyCapacity(p, f, m, y), announced, capacityRows };
}

/** The facts of facility index f in year y (material: see {@link factsMaterial}). */
export function plantFacts(p: Projection, f: number, y: number): PlantFacts {
  const row = p.dataset.facilities[f]!;
  const m = factsMaterial(p, f);
  const measured = m === null ? null : measuredMaterial(p, f, m);
  const nCompanies = p.companyIds.length;
  const { installed, supply, announced, capacityRows } =
    m === null ? { installed: null, supply: 0, announced: null, capacityRows: [] } : capacityFacts(p, f, m, y);
  const regionOfCompany = (c: number) => (c < 0 ? UNKNOWN : (p.countryRegion[p.companyCountry[c]!] ?? UNKNOWN));
  const control = controlOf(p, nCompanies + f);
  const ownership = resolveOwnership(p);
  const byRegion = new Map<string, number>();
  const e = nCompanies + f;
  for (let i = ownership.ultStart[e]!; i < ownership.ultStart[e + 1]!; i++) {
    const region = regionOfCompany(ownership.ultOwner[i]!);
    byRegion.set(region, (byRegion.get(region) ?? 0) + ownership.ultShare[i]!);
  }
  return {
    row,
    statusInYear: statusIn(p, f, y),
    material: m === null ? null : p.materialIds[m]!,
    unit: m === null ? null : p.materialUnit[m]!,
    measure: measured?.measure ?? null,
    capacityOf:
      measured === null ? null : measured.measure === null ? measured.unit : `${measured.label}, ${measured.unit}`,
    installed,
    supply,
    announced,
    controller: control.controller < 0 ? null : p.companyIds[control.controller]!,
    controllerRegion: regionOfCompany(control.controller),
    ownerRegions: [...byRegion]
      .map(([region, share]) => ({ region, share }))
      .sort((a, b) => b.share - a.share || (a.region < b.region ? -1 : 1)),
    capacityRows,
  };
}

/** "Korea 100 %" / "EU 75 %, China 25 %" with region names. */
export function regionsText(p: Projection, regions: readonly { region: string; share: number }[]): string {
  const names = new Map(p.dataset.regions.map((r) => [r.id, r.name]));
  return regions
    .map((r) => `${names.get(r.region) ?? (r.region === UNKNOWN ? 'Unknown' : r.region)} ${percentText(r.share)}`)
    .join(', ');
}

/** A facility's timeline in words: start year, each capacity row, each status change. */
export function timelineText(p: Projection, index: number): string {
  const f = p.dataset.facilities[index]!;
  const parts: string[] = [];
  if (f.startYear) parts.push(`start ${f.startYear}`);
  for (let i = p.capStart[index]!; i < p.capStart[index + 1]!; i++) {
    const c = p.dataset.capacities[p.capRow[i]!]!;
    parts.push(
      `${quantityText(c.value)} ${c.unit} ${c.basis === 'ANNOUNCED' ? 'announced for' : 'installed'} ${c.year}`,
    );
  }
  const history = f.statusHistory ?? [];
  if (history.length > 0)
    parts.push(history.map((h) => `${h.status.replace(/_/g, ' ').toLowerCase()} ${h.date}`).join(' → '));
  return parts.join('; ');
}

/** Indices of the facilities of a stage located in a scope (projection order). */
export function facilitiesIn(p: Projection, scopeId: string, stage?: Stage): number[] {
  const scope = resolveScope(p, scopeId);
  const candidates =
    stage === undefined ? p.facilityIds.map((_, f) => f) : [...p.facilitiesByStage[STAGE_INDEX[stage]]!];
  return candidates.filter((f) => scope.mask[p.facilityCountry[f]!] === 1);
}

/** The sources of a facility: its own, its capacity rows' and its status history's. */
export function plantSources(p: Projection, facts: PlantFacts): Set<string> {
  const out = new Set(facts.row.sources);
  for (const r of facts.capacityRows) for (const s of p.dataset.capacities[r]!.sources) out.add(s);
  for (const h of facts.row.statusHistory ?? []) for (const s of h.sources) out.add(s);
  return out;
}
