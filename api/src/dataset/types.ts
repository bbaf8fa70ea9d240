/**
 * The dataset interchange format (version 1): the unit of import and export, the bundled data in `seed/`
 * and the test fixtures. See `docs/data-format.md` for the meaning of every field; the JSON Schema
 * `dataset.schema.json` beside this file is the machine-readable twin of these types.
 */

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

export const CAPACITY_KINDS = ['INSTALLED', 'PLANNED'] as const;
export type CapacityKind = (typeof CAPACITY_KINDS)[number];

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
}

export interface CapacityRow {
  facility: string;
  material: string;
  year: number;
  value: number;
  unit: string;
  kind?: CapacityKind;
  notes?: string;
  sources: string[];
}

export interface OwnershipRow {
  owner: string;
  owned: string;
  share: number;
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

export interface ScenarioFacilityOverride {
  facility: string;
  status?: FacilityStatus;
  capacity?: number;
}
export interface ScenarioAddFacilityOverride {
  addFacility: Omit<FacilityRow, 'sources'> & {
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
  version: 1;
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
] as const satisfies readonly DatasetKey[];
export type EntityKey = (typeof ENTITY_KEYS)[number];

export type RowCounts = Record<DatasetKey, number>;

export function emptyDataset(): Dataset {
  return {
    version: 1,
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
  };
}

export function countRows(dataset: Dataset): RowCounts {
  const counts = {} as RowCounts;
  for (const key of DATASET_KEYS) counts[key] = dataset[key].length;
  return counts;
}
