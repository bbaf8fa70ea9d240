/**
 * The dataset interchange format (version 2): the unit of import and export, the bundled data in `seed/`
 * and the test fixtures. See `docs/data-format.md` for the meaning of every field; the JSON Schema
 * `dataset.schema.json` beside this file is the machine-readable twin of these types. Documents of version 1
 * are still read: `upgrade.ts` turns them into version 2 on read.
 */

/** The format version this code writes. */
export const FORMAT_VERSION = 2;
/** Every format version this code reads (older ones are upgraded on read). */
export const READABLE_VERSIONS = [1, 2] as const;

export const STAGES = ['EXTRACTION', 'REFINING', 'COMPONENT', 'CELL', 'RECYCLING'] as const;
export type Stage = (typeof STAGES)[number];

export const FACILITY_TYPES = ['MINE', 'REFINERY', 'COMPONENT_PLANT', 'CELL_PLANT', 'RECYCLER'] as const;
export type FacilityType = (typeof FACILITY_TYPES)[number];

/** The stage each facility type belongs to. */
export const STAGE_OF_TYPE: Readonly<Record<FacilityType, Stage>> = {
  MINE: 'EXTRACTION',
  REFINERY: 'REFINING',
  COMPONENT_PLANT: 'COMPONENT',
  CELL_PLANT: 'CELL',
  RECYCLER: 'RECYCLING',
};

export const FACILITY_STATUSES = [
  'OPERATING',
  'RAMP_UP',
  'UNDER_CONSTRUCTION',
  'PLANNED',
  'PAUSED',
  'STOPPED',
  'CANCELLED',
] as const;
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];

export const TARGET_KINDS = [
  'SINGLE_COUNTRY_REDUCTION',
  'MAX_SINGLE_COUNTRY_SHARE',
  'MIN_DOMESTIC_SHARE',
  'RECYCLED_CONTENT',
  'RECOVERY_RATE',
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * What a capacity row states: `INSTALLED` capacity is built and usable from that year; `ANNOUNCED` capacity is a
 * plan for that year (not supply of that year). Version 1's `kind: PLANNED` reads as ANNOUNCED.
 */
export const CAPACITY_BASES = ['INSTALLED', 'ANNOUNCED'] as const;
export type CapacityBasis = (typeof CAPACITY_BASES)[number];

/** The pseudo-country that closes a statistic to its published world total. Never a real origin. */
export const UNATTRIBUTED_COUNTRY = 'XW';

export interface SourceRow {
  id: string;
  title: string;
  publisher: string;
  year: number;
  url?: string;
  accessed?: string;
  notes?: string;
}

export interface RegionRow {
  id: string;
  name: string;
  notes?: string;
}

export interface CountryRow {
  id: string;
  name: string;
  eu: boolean;
  oecd: boolean;
  regions: string[];
  notes?: string;
}

export interface MaterialRow {
  id: string;
  name: string;
  unit: string;
  notes?: string;
}

export interface CompanyRow {
  id: string;
  name: string;
  country: string;
  listed?: boolean;
  aliases?: string[];
  notes?: string;
  sources: string[];
}

/**
 * One entry of a facility's status history: from `date` on (a `YYYY` or `YYYY-MM` date counts as its first day)
 * the facility had `status`. A change of plan (postponed, downsized, abandoned, restarted) is an entry with its
 * `reason`.
 */
export interface StatusChange {
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  status: FacilityStatus;
  reason?: string;
  sources: string[];
}

/** A public designation of a facility (`CRMA_STRATEGIC_PROJECT`, `IPCEI`, `INNOVATION_FUND` …: upper snake case). */
export interface Designation {
  kind: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  notes?: string;
  sources: string[];
}

export interface FacilityRow {
  id: string;
  name: string;
  type: FacilityType;
  stage: Stage;
  country: string;
  status: FacilityStatus;
  statusDate?: string;
  startYear?: number;
  chemistry?: string;
  processStep?: string;
  operator?: string;
  lat?: number;
  lon?: number;
  aliases?: string[];
  notes?: string;
  sources: string[];
  /** Oldest first; the last entry agrees with `status` (and with `statusDate` when that is set). */
  statusHistory?: StatusChange[];
  designations?: Designation[];
}

export interface CapacityRow {
  facility: string;
  material: string;
  year: number;
  value: number;
  unit: string;
  basis: CapacityBasis;
  notes?: string;
  sources: string[];
}

export interface OwnershipRow {
  owner: string;
  owned: string;
  share: number;
  /** The date the share is known from (YYYY, YYYY-MM or YYYY-MM-DD). */
  asOf?: string;
  notes?: string;
  sources: string[];
}

export interface ProductionRow {
  country: string;
  material: string;
  stage: Stage;
  year: number;
  value: number;
  unit: string;
  publishedShare?: number;
  notes?: string;
  sources: string[];
}

export interface FlowRow {
  from: string;
  to: string;
  material: string;
  stage: Stage;
  year: number;
  value: number;
  unit: string;
  notes?: string;
  sources: string[];
}

export interface TargetRow {
  id: string;
  name?: string;
  kind: TargetKind;
  material: string;
  stage?: Stage;
  scope: string;
  baselineYear?: number;
  targetYear: number;
  reductionMin?: number;
  reductionMax?: number;
  share?: number;
  demand?: number;
  notes?: string;
  sources: string[];
}

/**
 * Something the data knowingly lacks, per material × stage (and scope, year): shown where the number would be.
 * Its `id` is an entity id (unique across kinds).
 */
export interface GapRow {
  id: string;
  material?: string;
  stage?: Stage;
  /** GLOBAL, a region id or a country id. */
  scope?: string;
  year?: number;
  title: string;
  detail: string;
  /** Where the missing data could be found. */
  lookAt?: string;
  sources?: string[];
}

export interface ScenarioFacilityOverride {
  facility: string;
  status?: FacilityStatus;
  capacity?: number;
}
export interface ScenarioAddFacilityOverride {
  addFacility: Omit<FacilityRow, 'sources' | 'statusHistory' | 'designations'> & {
    sources?: string[];
    capacities: { material: string; year: number; value: number; unit: string }[];
  };
}
export interface ScenarioCutOverride {
  country: string;
  material: string;
  stage?: Stage;
  cut: number;
}
export interface ScenarioExportBanOverride {
  blackMassExportBan: true;
}
export type ScenarioOverride =
  ScenarioFacilityOverride | ScenarioAddFacilityOverride | ScenarioCutOverride | ScenarioExportBanOverride;

export interface ScenarioRow {
  id: string;
  name: string;
  description?: string;
  overrides: ScenarioOverride[];
}

/** One whole dataset. Every list is present (possibly empty) once a document has been normalised. */
export interface Dataset {
  version: 2;
  sources: SourceRow[];
  regions: RegionRow[];
  countries: CountryRow[];
  materials: MaterialRow[];
  companies: CompanyRow[];
  facilities: FacilityRow[];
  capacities: CapacityRow[];
  ownership: OwnershipRow[];
  production: ProductionRow[];
  flows: FlowRow[];
  targets: TargetRow[];
  scenarios: ScenarioRow[];
  gaps: GapRow[];
}

/** The list-valued keys of a dataset, in dependency order (a row only refers to kinds before it). */
export const DATASET_KEYS = [
  'sources',
  'regions',
  'countries',
  'materials',
  'companies',
  'facilities',
  'capacities',
  'ownership',
  'production',
  'flows',
  'targets',
  'scenarios',
  'gaps',
] as const;
export type DatasetKey = (typeof DATASET_KEYS)[number];

/** The kinds of entity that have an `id`; ids are unique across all of them. */
export const ENTITY_KEYS = [
  'sources',
  'regions',
  'countries',
  'materials',
  'companies',
  'facilities',
  'targets',
  'scenarios',
  'gaps',
] as const satisfies readonly DatasetKey[];
export type EntityKey = (typeof ENTITY_KEYS)[number];

export type RowCounts = Record<DatasetKey, number>;

export function emptyDataset(): Dataset {
  return {
    version: 2,
    sources: [],
    regions: [],
    countries: [],
    materials: [],
    companies: [],
    facilities: [],
    capacities: [],
    ownership: [],
    production: [],
    flows: [],
    targets: [],
    scenarios: [],
    gaps: [],
  };
}

export function countRows(dataset: Dataset): RowCounts {
  const counts = {} as RowCounts;
  for (const key of DATASET_KEYS) counts[key] = dataset[key].length;
  return counts;
}
