/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts). */
import { FACILITY_STATUSES, STAGES, type FacilityStatus, type Stage } from '../dataset/types.js';
import { CAPACITY_BASIS_INSTALLED, STATUS_INDEX, bucket, materialStageKey, type Projection } from './projection.js';

/**
 * The one capacity-in-a-year rule (SPEC 4.0). Every analytic, view and export asks these functions; nothing
 * else reads capacity rows.
 *
 * - Status in year Y: the status of the last `statusHistory` entry dated on or before 31 December Y (a `YYYY` or
 *   `YYYY-MM` date counts as its first day, so only its year matters); a facility whose history starts after Y
 *   did not exist in Y. Without a history, `status` holds every year from `startYear` on (every year without one).
 * - Installed capacity in Y: the latest INSTALLED row with year ≤ Y (a step function).
 * - Supply in Y: the installed capacity while the status in Y is OPERATING or RAMP_UP, else 0.
 * - Projected capacity in Y: the latest row of either basis with year ≤ Y (weighted by status by the caller).
 */

/** Status index meaning "did not exist in that year". */
export const NOT_EXISTING = -1;

const SUPPLYING = new Uint8Array(FACILITY_STATUSES.length);
SUPPLYING[STATUS_INDEX.OPERATING] = 1;
SUPPLYING[STATUS_INDEX.RAMP_UP] = 1;

/** The status index of facility f in year y, or {@link NOT_EXISTING}. */
export function statusIndexIn(p: Projection, f: number, y: number): number {
  const start = p.histStart[f]!;
  const end = p.histStart[f + 1]!;
  if (end > start) {
    let status = NOT_EXISTING;
    for (let i = start; i < end && p.histYear[i]! <= y; i++) status = p.histStatus[i]!;
    return status;
  }
  const startYear = p.facilityStartYear[f]!;
  return startYear !== 0 && y < startYear ? NOT_EXISTING : p.facilityStatus[f]!;
}

/** The status of facility f in year y (SPEC 4.0), or null when it did not exist in that year. */
export function statusIn(p: Projection, f: number, y: number): FacilityStatus | null {
  const s = statusIndexIn(p, f, y);
  return s === NOT_EXISTING ? null : FACILITY_STATUSES[s]!;
}

/** Whether facility f supplies in year y: its status then is OPERATING or RAMP_UP. */
export function isSupplying(p: Projection, f: number, y: number): boolean {
  const s = statusIndexIn(p, f, y);
  return s !== NOT_EXISTING && SUPPLYING[s] === 1;
}

/** The capacity entry of facility f's latest INSTALLED row of material m with year ≤ y, or -1. */
export function installedEntry(p: Projection, f: number, m: number, y: number): number {
  let entry = -1;
  for (let i = p.capStart[f]!; i < p.capStart[f + 1]!; i++) {
    if (p.capMaterial[i] !== m) continue;
    if (p.capYear[i]! > y) break;
    if (p.capBasis[i] === CAPACITY_BASIS_INSTALLED) entry = i;
  }
  return entry;
}

/** The capacity entry of facility f's latest row of either basis of material m with year ≤ y, or -1. */
export function projectedEntry(p: Projection, f: number, m: number, y: number): number {
  let entry = -1;
  for (let i = p.capStart[f]!; i < p.capStart[f + 1]!; i++) {
    if (p.capMaterial[i] !== m) continue;
    if (p.capYear[i]! > y) break;
    entry = i;
  }
  return entry;
}

/** Installed capacity of facility f for material m in year y (0 without an INSTALLED row ≤ y). */
export function installedCapacity(p: Projection, f: number, m: number, y: number): number {
  const e = installedEntry(p, f, m, y);
  return e < 0 ? 0 : p.capValue[e]!;
}

/**
 * The capacity entry that is facility f's supply of material m in year y (its installed row while it operates or
 * ramps up), or -1 when it gives no supply that year.
 */
export function supplyEntry(p: Projection, f: number, m: number, y: number): number {
  if (!isSupplying(p, f, y)) return -1;
  const e = installedEntry(p, f, m, y);
  return e >= 0 && p.capValue[e]! > 0 ? e : -1;
}

/** Facility f's supply capacity of material m in year y (SPEC 4.0), in the material's unit. */
export function supplyCapacity(p: Projection, f: number, m: number, y: number): number {
  const e = supplyEntry(p, f, m, y);
  return e < 0 ? 0 : p.capValue[e]!;
}

/** Projected (unweighted) capacity of facility f for material m in year y: latest row of either basis ≤ y. */
export function projectedCapacity(p: Projection, f: number, m: number, y: number): number {
  const e = projectedEntry(p, f, m, y);
  return e < 0 ? 0 : p.capValue[e]!;
}

/** The material counted at a stage when none is given (capacities of different materials do not add up). */
export const DEFAULT_MATERIAL_OF_STAGE: Partial<Record<Stage, string>> = { CELL: 'cells', RECYCLING: 'black-mass' };

/**
 * The material a facility's capacity question is about: the one given, else its stage's default, else its only
 * material; null when none of those is a material it has capacity rows of.
 */
export function facilityMaterial(p: Projection, f: number, material?: string | null): number | null {
  const own = new Set<number>();
  for (let i = p.capStart[f]!; i < p.capStart[f + 1]!; i++) own.add(p.capMaterial[i]!);
  const id = material ?? DEFAULT_MATERIAL_OF_STAGE[STAGES[p.facilityStage[f]!]!];
  const m = id === undefined ? (own.size === 1 ? [...own][0]! : undefined) : p.materialIndex.get(id);
  return m !== undefined && own.has(m) ? m : null;
}

/** A facility's supply in a year (SPEC 4.0): its installed capacity row while it operates or ramps up. */
export interface FacilitySupply {
  facility: number;
  /** The capacity entry (index into the projection's cap arrays) the value comes from. */
  entry: number;
  value: number;
  /**
   * Set when the value is not the entry's capacity but an estimate from it (a recycler's black mass = its battery
   * input × BLACK_MASS_YIELD, SPEC 4.7): the parameter it rests on.
   */
  estimate?: { key: string; value: number; sources: readonly string[] };
}

/**
 * Every facility of stage s located in the scope (a country mask) that supplies material m in year y (SPEC 4.0),
 * ascending by facility: the rows investor-region totals and the recycling balance's cell supply are made of.
 */
export function facilitiesSupplying(
  p: Projection,
  mask: Uint8Array,
  m: number,
  s: number,
  y: number,
): FacilitySupply[] {
  const out: FacilitySupply[] = [];
  for (const f of bucket(p.facilitiesByMaterialStage, materialStageKey(m, s))) {
    if (!mask[p.facilityCountry[f]!]) continue;
    const entry = supplyEntry(p, f, m, y);
    if (entry >= 0) out.push({ facility: f, entry, value: p.capValue[entry]! });
  }
  return out;
}
