/* eslint-disable @typescript-eslint/no-non-null-assertion -- facility, company and capacity indices come from the projection itself and are in range. */
import { controlOf, resolveOwnership } from '../../analytics/ownership.js';
import type { FacilityRow, FacilityStatus, Stage } from '../../dataset/types.js';
import {
  facilityMaterial,
  installedEntry,
  projectedEntry,
  statusIn,
  supplyCapacity,
} from '../../projection/capacity.js';
import { CAPACITY_BASIS_ANNOUNCED, STAGE_INDEX, type Projection } from '../../projection/projection.js';
import { UNKNOWN, resolveScope } from '../../projection/scope.js';
import { percentText } from './report.js';

/** The horizon "the latest plan" is read at: every recorded year is before it. */
const HORIZON = 2100;

/** What the tracker and the plant reports show of one facility in a year, all from the projection door. */
export interface PlantFacts {
  row: FacilityRow;
  /** SPEC 4.0 status in the year, or null when the facility did not exist then. */
  statusInYear: FacilityStatus | null;
  material: string | null;
  unit: string | null;
  /** Latest INSTALLED row at or before the year (null when there is none: unknown, never 0). */
  installed: number | null;
  /** The installed capacity that counts as supply that year (OPERATING or RAMP_UP), else 0. */
  supply: number;
  /** The latest plan (an ANNOUNCED row after every built row), with its year; null when none is recorded. */
  announced: { value: number; year: number } | null;
  /** The controlling owner (company id), or null when UNKNOWN. */
  controller: string | null;
  /** Investor region of the controller, or UNKNOWN. */
  controllerRegion: string;
  /** Effective ultimate ownership by investor region, descending ("Korea 100 %"). */
  ownerRegions: { region: string; share: number }[];
  /** The capacity rows used (indices into dataset.capacities), for sources. */
  capacityRows: number[];
}

/** The facts of facility index f in year y (material: the stage's default, else the facility's only one). */
export function plantFacts(p: Projection, f: number, y: number): PlantFacts {
  const row = p.dataset.facilities[f]!;
  const m = facilityMaterial(p, f);
  const nCompanies = p.companyIds.length;
  const capacityRows: number[] = [];
  let installed: number | null = null;
  let supply = 0;
  let announced: PlantFacts['announced'] = null;
  if (m !== null) {
    const i = installedEntry(p, f, m, y);
    if (i >= 0) {
      installed = p.capValue[i]!;
      capacityRows.push(p.capRow[i]!);
    }
    supply = supplyCapacity(p, f, m, y);
    const latest = projectedEntry(p, f, m, HORIZON);
    if (latest >= 0 && p.capBasis[latest] === CAPACITY_BASIS_ANNOUNCED) {
      announced = { value: p.capValue[latest]!, year: p.capYear[latest]! };
      capacityRows.push(p.capRow[latest]!);
    }
  }
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
    parts.push(`${c.value} ${c.unit} ${c.basis === 'ANNOUNCED' ? 'announced for' : 'installed'} ${c.year}`);
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
