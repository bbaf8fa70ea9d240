/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import {
  FACILITY_STATUSES,
  STAGES,
  UNATTRIBUTED_COUNTRY,
  type CapacityRow,
  type Dataset,
  type FacilityStatus,
  type Stage,
} from '../dataset/types.js';
import { TimeSlices } from '../time-slices.js';

/**
 * An immutable, compact in-memory projection of the graph (like a Neo4j GDS projection): every entity gets a
 * dense integer index, and relationships live in typed arrays grouped the way the analytics read them.
 * Built in one pass over a {@link Dataset}; the analytics in this folder are pure functions of it.
 *
 * Index spaces: countries `0..nCountries-1` (origin {@link Projection.unknownOrigin} = `nCountries` is UNKNOWN),
 * materials, companies, facilities. Ownership uses one entity space: companies `0..nCompanies-1`, then facility
 * `f` at `nCompanies + f`.
 */
export interface Projection {
  /** The rows it was built from (names, notes and sources are read from here; never mutated). */
  readonly dataset: Dataset;

  readonly countryIds: readonly string[];
  readonly countryIndex: ReadonlyMap<string, number>;
  readonly countryEu: Uint8Array;
  readonly countryOecd: Uint8Array;
  /** Index of the pseudo-country XW, or -1. */
  readonly unattributedCountry: number;
  /** The origin index standing for UNKNOWN (= number of countries). */
  readonly unknownOrigin: number;
  /** Region id → its member countries. */
  readonly regionMembers: ReadonlyMap<string, Int32Array>;
  /** The first investor region of each country, or null. */
  readonly countryRegion: readonly (string | null)[];

  readonly materialIds: readonly string[];
  readonly materialIndex: ReadonlyMap<string, number>;
  readonly materialUnit: readonly string[];

  readonly companyIds: readonly string[];
  readonly companyIndex: ReadonlyMap<string, number>;
  /** Headquarters country of each company. */
  readonly companyCountry: Int32Array;

  readonly facilityIds: readonly string[];
  readonly facilityIndex: ReadonlyMap<string, number>;
  readonly facilityCountry: Int32Array;
  /** Index into {@link STAGES}. */
  readonly facilityStage: Uint8Array;
  /** Index into {@link FACILITY_STATUSES}. */
  readonly facilityStatus: Uint8Array;
  /** Start year, 0 when not recorded. */
  readonly facilityStartYear: Int32Array;
  /**
   * Status history per facility (CSR: `histStart[f]..histStart[f+1]`, oldest first): the year each entry takes
   * effect (a date counts in its own year, SPEC 4.0) and the status (index into {@link FACILITY_STATUSES}).
   */
  readonly histStart: Int32Array;
  readonly histYear: Int32Array;
  readonly histStatus: Uint8Array;
  /** Facilities of each stage (index into {@link STAGES}). */
  readonly facilitiesByStage: readonly Int32Array[];

  /**
   * Capacities grouped by facility (CSR: `capStart[f]..capStart[f+1]`), sorted by material, then year, then
   * ANNOUNCED before INSTALLED (so "the latest row of either basis" prefers a built row over a plan of that year).
   */
  readonly capStart: Int32Array;
  readonly capFacility: Int32Array;
  readonly capMaterial: Int32Array;
  readonly capYear: Int32Array;
  readonly capValue: Float64Array;
  /** {@link CAPACITY_BASIS_INSTALLED} or {@link CAPACITY_BASIS_ANNOUNCED}. */
  readonly capBasis: Uint8Array;
  /** Row index into `dataset.capacities` (for sources). */
  readonly capRow: Int32Array;
  /** (material, stage) key → facilities of that stage with a capacity row of that material (ascending). */
  readonly facilitiesByMaterialStage: ReadonlyMap<number, Int32Array>;

  /** Direct owners of each entity (CSR over the ownership entity space). */
  readonly ownStart: Int32Array;
  /** Owner company index. */
  readonly ownOwner: Int32Array;
  readonly ownShare: Float64Array;
  readonly ownRow: Int32Array;

  /** Production rows: country index and value, grouped by (material, stage, year). */
  readonly prodCountry: Int32Array;
  readonly prodValue: Float64Array;
  readonly prodByKey: ReadonlyMap<number, Int32Array>;

  /** Flow rows: endpoints resolved to countries (and facility index or -1), grouped by (material, stage, year). */
  readonly flowFromCountry: Int32Array;
  readonly flowFromFacility: Int32Array;
  readonly flowToCountry: Int32Array;
  readonly flowToFacility: Int32Array;
  readonly flowMaterial: Int32Array;
  readonly flowStage: Uint8Array;
  readonly flowYear: Int32Array;
  readonly flowValue: Float64Array;
  readonly flowByKey: ReadonlyMap<number, Int32Array>;
  /** Flows leaving each facility (CSR over facilities; flow row indices). */
  readonly flowFromFacilityStart: Int32Array;
  readonly flowFromFacilityList: Int32Array;

  /** Years that hold any production row (country statistics), per (material, stage) key. Sorted ascending. */
  readonly yearsByMaterialStage: ReadonlyMap<number, readonly number[]>;
}

/** Index of a stage in the value chain. */
export const STAGE_INDEX: Readonly<Record<Stage, number>> = Object.fromEntries(STAGES.map((s, i) => [s, i])) as Record<
  Stage,
  number
>;
export const STATUS_INDEX: Readonly<Record<FacilityStatus, number>> = Object.fromEntries(
  FACILITY_STATUSES.map((s, i) => [s, i]),
) as Record<FacilityStatus, number>;

export const CAPACITY_BASIS_INSTALLED = 0;
export const CAPACITY_BASIS_ANNOUNCED = 1;

function basisOf(row: CapacityRow): number {
  return row.basis === 'ANNOUNCED' ? CAPACITY_BASIS_ANNOUNCED : CAPACITY_BASIS_INSTALLED;
}

const YEAR_BASE = 1900;
const YEAR_SPAN = 512;

/** The bucket key of (material index, stage index, year). */
export function cellKey(material: number, stage: number, year: number): number {
  return (material * STAGES.length + stage) * YEAR_SPAN + (year - YEAR_BASE);
}

/** The (material, stage) key of {@link Projection.yearsByMaterialStage}. */
export function materialStageKey(material: number, stage: number): number {
  return material * STAGES.length + stage;
}

const EMPTY = new Int32Array(0);

/** The rows of a bucket, or an empty array. */
export function bucket(map: ReadonlyMap<number, Int32Array>, key: number): Int32Array {
  return map.get(key) ?? EMPTY;
}

/** Groups row indices by key into typed arrays, in row order. */
function groupBy(keys: Int32Array | number[], count: number): Map<number, Int32Array> {
  const sizes = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const k = keys[i]!;
    if (k >= 0) sizes.set(k, (sizes.get(k) ?? 0) + 1);
  }
  const out = new Map<number, Int32Array>();
  const fill = new Map<number, number>();
  for (const [k, n] of sizes) {
    out.set(k, new Int32Array(n));
    fill.set(k, 0);
  }
  for (let i = 0; i < count; i++) {
    const k = keys[i]!;
    if (k < 0) continue;
    const at = fill.get(k)!;
    out.get(k)![at] = i;
    fill.set(k, at + 1);
  }
  return out;
}

/** Builds a CSR index: `start[g]..start[g+1]` in `list` are the items whose group is g. */
function csr(groupOf: Int32Array, groups: number): { start: Int32Array; list: Int32Array } {
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < groupOf.length; i++) if (groupOf[i]! >= 0) start[groupOf[i]! + 1]!++;
  for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
  const fill = start.slice(0, groups);
  const list = new Int32Array(start[groups]!);
  for (let i = 0; i < groupOf.length; i++) {
    const g = groupOf[i]!;
    if (g >= 0) list[fill[g]!++] = i;
  }
  return { start, list };
}

function indexOf(ids: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  ids.forEach((id, i) => map.set(id, i));
  return map;
}

/** Thrown when a dataset refers to an id the projection does not know (a validated dataset never does). */
export class ProjectionError extends Error {
  override readonly name = 'ProjectionError';
}

function lookup(map: ReadonlyMap<string, number>, id: string, what: string): number {
  const i = map.get(id);
  if (i === undefined) throw new ProjectionError(`unknown ${what} "${id}"`);
  return i;
}

/**
 * Builds the projection of a (validated) dataset in one pass per row kind. Cost and memory are linear in the
 * number of rows.
 */
export function buildProjection(dataset: Dataset): Projection {
  const steps = projectionSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link buildProjection}, the same projection, built in time slices (time-slices.ts; fixed slices of `sliceMs`
 * when given) between which the event loop answers requests: at 100k facilities the build takes 0.6–1.8 s, which
 * as one block stalled every read after an import (docs/performance.md "Writes"). The data must not change while
 * it runs (a data version's rows never do).
 */
export async function buildProjectionInPieces(dataset: Dataset, sliceMs?: number): Promise<Projection> {
  const slices = sliceMs === undefined ? new TimeSlices() : new TimeSlices(sliceMs, sliceMs);
  const steps = projectionSteps(dataset);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (slices.due) await slices.pause();
  }
}

/** The build of {@link buildProjection}, yielding between its steps (and every few thousand rows of the long ones). */
function* projectionSteps(dataset: Dataset): Generator<void, Projection, void> {
  const countryIds = dataset.countries.map((c) => c.id);
  const countryIndex = indexOf(countryIds);
  const nCountries = countryIds.length;
  const countryEu = new Uint8Array(nCountries);
  const countryOecd = new Uint8Array(nCountries);
  const members = new Map<string, number[]>(dataset.regions.map((r) => [r.id, []]));
  const countryRegion: (string | null)[] = [];
  dataset.countries.forEach((c, i) => {
    countryEu[i] = c.eu ? 1 : 0;
    countryOecd[i] = c.oecd ? 1 : 0;
    countryRegion.push(c.regions[0] ?? null);
    for (const r of c.regions) {
      let list = members.get(r);
      if (!list) members.set(r, (list = []));
      list.push(i);
    }
  });
  const regionMembers = new Map([...members].map(([r, list]) => [r, Int32Array.from(list)]));

  const materialIds = dataset.materials.map((m) => m.id);
  const materialIndex = indexOf(materialIds);
  const materialUnit = dataset.materials.map((m) => m.unit);

  const companyIds = dataset.companies.map((c) => c.id);
  const companyIndex = indexOf(companyIds);
  const companyCountry = Int32Array.from(dataset.companies, (c) => lookup(countryIndex, c.country, 'country'));

  yield;
  const facilityIds = dataset.facilities.map((f) => f.id);
  const facilityIndex = indexOf(facilityIds);
  const nFacilities = facilityIds.length;
  const facilityCountry = Int32Array.from(dataset.facilities, (f) => lookup(countryIndex, f.country, 'country'));
  const facilityStage = Uint8Array.from(dataset.facilities, (f) => STAGE_INDEX[f.stage]);
  const facilityStatus = Uint8Array.from(dataset.facilities, (f) => STATUS_INDEX[f.status]);
  const facilityStartYear = Int32Array.from(dataset.facilities, (f) => f.startYear ?? 0);
  yield;
  const histCounts = Int32Array.from(dataset.facilities, (f) => f.statusHistory?.length ?? 0);
  const histStart = new Int32Array(nFacilities + 1);
  for (let f = 0; f < nFacilities; f++) histStart[f + 1] = histStart[f]! + histCounts[f]!;
  const histYear = new Int32Array(histStart[nFacilities]!);
  const histStatus = new Uint8Array(histStart[nFacilities]!);
  dataset.facilities.forEach((row, f) =>
    (row.statusHistory ?? []).forEach((h, i) => {
      histYear[histStart[f]! + i] = Number(h.date.slice(0, 4));
      histStatus[histStart[f]! + i] = STATUS_INDEX[h.status];
    }),
  );
  yield;
  const facilitiesByStage = STAGES.map(() => [] as number[]);
  for (let f = 0; f < nFacilities; f++) facilitiesByStage[facilityStage[f]!]!.push(f);

  const yearSets = new Map<number, Set<number>>();
  const noteYear = (m: number, s: number, y: number) => {
    const k = materialStageKey(m, s);
    let set = yearSets.get(k);
    if (!set) yearSets.set(k, (set = new Set()));
    set.add(y);
  };

  yield;
  // Capacities: sort row indices by (facility, material, year), then lay them out as CSR arrays.
  const caps = dataset.capacities;
  const capFacilityOfRow = Int32Array.from(caps, (c) => lookup(facilityIndex, c.facility, 'facility'));
  const capMaterialOfRow = Int32Array.from(caps, (c) => lookup(materialIndex, c.material, 'material'));
  yield;
  const basisOfRow = Uint8Array.from(caps, basisOf);
  yield;
  const order = Array.from(caps.keys()).sort(
    (a, b) =>
      capFacilityOfRow[a]! - capFacilityOfRow[b]! ||
      capMaterialOfRow[a]! - capMaterialOfRow[b]! ||
      caps[a]!.year - caps[b]!.year ||
      basisOfRow[b]! - basisOfRow[a]!,
  );
  yield;
  const nCaps = caps.length;
  const capRow = Int32Array.from(order);
  const capMaterial = new Int32Array(nCaps);
  const capYear = new Int32Array(nCaps);
  const capValue = new Float64Array(nCaps);
  const capFacility = new Int32Array(nCaps);
  const capBasis = new Uint8Array(nCaps);
  const byMaterialStage = new Map<number, number[]>();
  for (let i = 0; i < nCaps; i++) {
    if ((i & 4095) === 4095) yield;
    const row = caps[capRow[i]!]!;
    const f = capFacilityOfRow[capRow[i]!]!;
    capFacility[i] = f;
    capMaterial[i] = capMaterialOfRow[capRow[i]!]!;
    capYear[i] = row.year;
    capValue[i] = row.value;
    capBasis[i] = basisOfRow[capRow[i]!]!;
    const k = materialStageKey(capMaterial[i]!, facilityStage[f]!);
    let list = byMaterialStage.get(k);
    if (!list) byMaterialStage.set(k, (list = []));
    if (list[list.length - 1] !== f) list.push(f);
  }
  yield;
  const capStart = csr(capFacility, nFacilities).start;

  yield;
  // Ownership: CSR of direct owners per owned entity (companies, then facilities).
  const nCompanies = companyIds.length;
  const own = dataset.ownership;
  const ownedOfRow = Int32Array.from(own, (o) => {
    const c = companyIndex.get(o.owned);
    return c !== undefined ? c : nCompanies + lookup(facilityIndex, o.owned, 'company or facility');
  });
  const ownCsr = csr(ownedOfRow, nCompanies + nFacilities);
  const ownRow = ownCsr.list;
  yield;
  const ownOwner = Int32Array.from(ownRow, (r) => lookup(companyIndex, own[r]!.owner, 'company'));
  const ownShare = Float64Array.from(ownRow, (r) => own[r]!.share);

  yield;
  // Production.
  const prod = dataset.production;
  const prodCountry = Int32Array.from(prod, (p) => lookup(countryIndex, p.country, 'country'));
  const prodValue = Float64Array.from(prod, (p) => p.value);
  const prodKeys = Int32Array.from(prod, (p) => {
    const m = lookup(materialIndex, p.material, 'material');
    noteYear(m, STAGE_INDEX[p.stage], p.year);
    return cellKey(m, STAGE_INDEX[p.stage], p.year);
  });

  yield;
  // Flows: an endpoint is a country or a facility (then its country).
  const flows = dataset.flows;
  const nFlows = flows.length;
  const flowFromCountry = new Int32Array(nFlows);
  const flowFromFacility = new Int32Array(nFlows);
  const flowToCountry = new Int32Array(nFlows);
  const flowToFacility = new Int32Array(nFlows);
  const flowMaterial = new Int32Array(nFlows);
  const flowStage = new Uint8Array(nFlows);
  const flowYear = new Int32Array(nFlows);
  const flowValue = new Float64Array(nFlows);
  const flowKeys = new Int32Array(nFlows);
  const endpoint = (id: string): [number, number] => {
    const c = countryIndex.get(id);
    if (c !== undefined) return [c, -1];
    const f = lookup(facilityIndex, id, 'country or facility');
    return [facilityCountry[f]!, f];
  };
  for (let i = 0; i < nFlows; i++) {
    if ((i & 4095) === 4095) yield;
    const row = flows[i]!;
    [flowFromCountry[i], flowFromFacility[i]] = endpoint(row.from);
    [flowToCountry[i], flowToFacility[i]] = endpoint(row.to);
    flowMaterial[i] = lookup(materialIndex, row.material, 'material');
    flowStage[i] = STAGE_INDEX[row.stage];
    flowYear[i] = row.year;
    flowValue[i] = row.value;
    flowKeys[i] = cellKey(flowMaterial[i]!, flowStage[i]!, row.year);
  }
  yield;
  const fromFacilityCsr = csr(flowFromFacility, nFacilities);

  yield;
  const unattributed = countryIndex.get(UNATTRIBUTED_COUNTRY) ?? -1;
  return Object.freeze({
    dataset,
    countryIds,
    countryIndex,
    countryEu,
    countryOecd,
    unattributedCountry: unattributed,
    unknownOrigin: nCountries,
    regionMembers,
    countryRegion,
    materialIds,
    materialIndex,
    materialUnit,
    companyIds,
    companyIndex,
    companyCountry,
    facilityIds,
    facilityIndex,
    facilityCountry,
    facilityStage,
    facilityStatus,
    facilityStartYear,
    histStart,
    histYear,
    histStatus,
    facilitiesByStage: facilitiesByStage.map((list) => Int32Array.from(list)),
    capStart,
    capFacility,
    capMaterial,
    capYear,
    capValue,
    capBasis,
    capRow,
    facilitiesByMaterialStage: new Map([...byMaterialStage].map(([k, list]) => [k, Int32Array.from(list)])),
    ownStart: ownCsr.start,
    ownOwner,
    ownShare,
    ownRow,
    prodCountry,
    prodValue,
    prodByKey: groupBy(prodKeys, prod.length),
    flowFromCountry,
    flowFromFacility,
    flowToCountry,
    flowToFacility,
    flowMaterial,
    flowStage,
    flowYear,
    flowValue,
    flowByKey: groupBy(flowKeys, nFlows),
    flowFromFacilityStart: fromFacilityCsr.start,
    flowFromFacilityList: fromFacilityCsr.list,
    yearsByMaterialStage: new Map([...yearSets].map(([k, set]) => [k, [...set].sort((a, b) => a - b)])),
  });
}
