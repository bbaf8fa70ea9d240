/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts). */
import type { Stage } from '../dataset/types.js';
import { DEFAULT_MATERIAL_OF_STAGE, facilitiesSupplying } from '../projection/capacity.js';
import { STAGE_INDEX, type Projection } from '../projection/projection.js';
import { AnalyticsInputError, UNKNOWN, materialOf, resolveScope } from '../projection/scope.js';
import { SourceCollector } from '../projection/supply.js';
import { controlOf, resolveOwnership, type OwnershipResolution } from './ownership.js';
import type { OriginShare } from './shares.js';

/** How a facility's capacity is attributed to investor regions. */
export type InvestorBasis = 'EFFECTIVE' | 'CONTROLLER';

export interface InvestorRegionQuery {
  stage: Stage;
  year: number;
  /** Facilities located in this scope (default EU). */
  scope?: string;
  /** Default: `cells` at CELL, `black-mass` at RECYCLING; required at other stages. */
  material?: string;
  /** EFFECTIVE (default): split by effective ultimate ownership; CONTROLLER: all to the controller's region. */
  by?: InvestorBasis;
}

/** One facility's row of an investor-region table. */
export interface InvestorFacility {
  facility: string;
  /** Its supply capacity in the year (SPEC 4.0), material's unit. */
  capacity: number;
  /** The controlling owner (company id), or null when UNKNOWN. */
  controller: string | null;
  /** The controller's investor region, or UNKNOWN. */
  controllerRegion: string;
  /** Its capacity split by the investor region of its ultimate owners (effective shares), descending. */
  byRegion: OriginShare[];
}

export interface InvestorRegionResult {
  scope: string;
  stage: Stage;
  material: string;
  year: number;
  by: InvestorBasis;
  unit: string;
  /** Σ capacity of the facilities: equals `dependency(...).producedInScope` where members have no statistic. */
  total: number;
  /** Capacity by investor region (region id, or UNKNOWN), descending. */
  shares: OriginShare[];
  facilities: InvestorFacility[];
  assumptions: string[];
  sources: string[];
}

/** The investor region of a company (its headquarters' first region), or UNKNOWN for -1 / no region. */
function regionOfCompany(p: Projection, c: number): string {
  return c < 0 ? UNKNOWN : (p.countryRegion[p.companyCountry[c]!] ?? UNKNOWN);
}

/**
 * `amount` split by the investor region of an entity's ultimate owners (effective shares, SPEC 4.3). `e` is in the
 * ownership entity space (companies, then facilities).
 */
function splitByRegion(p: Projection, ownership: OwnershipResolution, e: number, amount: number): Map<string, number> {
  const split = new Map<string, number>();
  for (let i = ownership.ultStart[e]!; i < ownership.ultStart[e + 1]!; i++) {
    const region = regionOfCompany(p, ownership.ultOwner[i]!);
    split.set(region, (split.get(region) ?? 0) + amount * ownership.ultShare[i]!);
  }
  return split;
}

/** Who owns and who controls one company or facility, by investor region. */
export interface InvestorProfile {
  /** The controlling owner (SPEC 4.3, company id), or null when UNKNOWN (a facility with no recorded owners). */
  controller: string | null;
  /** The controller's investor region (its headquarters' region), or UNKNOWN. */
  controllerRegion: string;
  /** The entity split by the investor region of its ultimate owners (effective shares, summing to 1), descending. */
  byRegion: OriginShare[];
}

/**
 * The investor profile of every listed company and facility (ids that are neither are left out): controlling owner,
 * its region, and the effective split by region — the same rule {@link investorRegions} applies to capacity, so the
 * explorer's "colour by investor region" and the ownership explorer agree.
 */
export function investorProfiles(p: Projection, ids: Iterable<string>): Map<string, InvestorProfile> {
  const ownership = resolveOwnership(p);
  const nCompanies = p.companyIds.length;
  const profiles = new Map<string, InvestorProfile>();
  for (const id of ids) {
    const company = p.companyIndex.get(id);
    const facility = p.facilityIndex.get(id);
    const e = company ?? (facility === undefined ? undefined : nCompanies + facility);
    if (e === undefined) continue;
    const control = controlOf(p, e);
    profiles.set(id, {
      controller: control.controller < 0 ? null : p.companyIds[control.controller]!,
      controllerRegion: regionOfCompany(p, control.controller),
      byRegion: descending(splitByRegion(p, ownership, e, 1), 1),
    });
  }
  return profiles;
}

function descending(byKey: ReadonlyMap<string, number>, total: number): OriginShare[] {
  return [...byKey]
    .filter(([, v]) => v !== 0)
    .map(([origin, value]) => ({ origin, value, share: total > 0 ? value / total : 0 }))
    .sort((a, b) => b.value - a.value || (a.origin < b.origin ? -1 : 1));
}

/**
 * Who owns or controls a scope's capacity: every facility located in the scope that supplies in the year (SPEC
 * 4.0: latest INSTALLED row ≤ year, only while OPERATING or RAMP_UP — no plans, no paused plants), its capacity
 * attributed to the investor regions of its ultimate owners by effective share (SPEC 4.3), or wholly to its
 * controlling owner's region.
 * @throws AnalyticsInputError for an unknown scope or material, or a stage without a default material.
 */
export function investorRegions(p: Projection, query: InvestorRegionQuery): InvestorRegionResult {
  const materialId = query.material ?? DEFAULT_MATERIAL_OF_STAGE[query.stage];
  if (!materialId)
    throw new AnalyticsInputError(
      `Give a material for stage ${query.stage} (capacities of different materials do not add up).`,
      'VALIDATION_FAILED',
    );
  const m = materialOf(p, materialId);
  const scope = resolveScope(p, query.scope ?? 'EU');
  const by = query.by ?? 'EFFECTIVE';
  const ownership = resolveOwnership(p);
  const sources = new SourceCollector();
  const totals = new Map<string, number>();
  const facilities: InvestorFacility[] = [];
  const nCompanies = p.companyIds.length;
  let total = 0;
  let unknownControl = 0;
  for (const x of facilitiesSupplying(p, scope.mask, m, STAGE_INDEX[query.stage], query.year)) {
    const f = x.facility;
    const capacity = x.value;
    total += capacity;
    sources.capacities.add(p.capRow[x.entry]!);
    for (let i = p.ownStart[nCompanies + f]!; i < p.ownStart[nCompanies + f + 1]!; i++)
      sources.ownership.add(p.ownRow[i]!);
    const e = nCompanies + f;
    const split = splitByRegion(p, ownership, e, capacity);
    const control = controlOf(p, e);
    const controllerRegion = regionOfCompany(p, control.controller);
    if (control.controller < 0) unknownControl++;
    if (by === 'CONTROLLER') totals.set(controllerRegion, (totals.get(controllerRegion) ?? 0) + capacity);
    else for (const [region, v] of split) totals.set(region, (totals.get(region) ?? 0) + v);
    facilities.push({
      facility: p.facilityIds[f]!,
      capacity,
      controller: control.controller < 0 ? null : p.companyIds[control.controller]!,
      controllerRegion,
      byRegion: descending(split, capacity),
    });
  }
  facilities.sort((a, b) => b.capacity - a.capacity || (a.facility < b.facility ? -1 : 1));
  const assumptions = [
    `${scope.description}; facilities located there at ${query.stage}, ${materialId} capacity in ${query.year} by the one capacity rule: the latest INSTALLED row at or before ${query.year}, counted only while the facility is OPERATING or RAMP_UP that year (no announced plans, no paused or stopped plants).`,
    by === 'EFFECTIVE'
      ? "Each facility's capacity is split among its ultimate owners by effective share and summed by the investor region of each owner's home country; a company's unrecorded remainder stays with the company, a facility's unrecorded remainder is UNKNOWN."
      : "Each facility's capacity goes wholly to the investor region of its controlling owner (majority chain; a facility without a majority owner to its largest recorded owner); a facility with no recorded owners is UNKNOWN.",
  ];
  if (unknownControl > 0)
    assumptions.push(`${unknownControl} facilities have no recorded owners: their controller is UNKNOWN.`);
  return {
    scope: scope.id,
    stage: query.stage,
    material: materialId,
    year: query.year,
    by,
    unit: p.materialUnit[m]!,
    total,
    shares: descending(totals, total),
    facilities,
    assumptions,
    sources: sources.ids(p),
  };
}
