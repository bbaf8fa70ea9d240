/**
 * The dataset interchange format (version 2): the unit of import and export, the bundled data in `seed/`
 * and the test fixtures. See `docs/data-format.md` for the meaning of every field. The row types here are derived
 * from the one definition of the row model (`model.ts`), as are the JSON Schema, the CSV columns and the store
 * mappings. Documents of version 1 are still read: `upgrade.ts` turns them into version 2 on read.
 */
import {
  CAPACITY_BASES,
  CAPACITY_MEASURES,
  MATERIAL_OF_MEASURE,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  MODEL,
  PARAMETER_KINDS,
  PARAMETER_UNIT,
  STAGES,
  TARGET_KINDS,
  isEntityModel,
  type AddFacilityOverrideRow,
  type CutOverrideRow,
  type DesignationRow,
  type ExportBanOverrideRow,
  type FacilityOverrideRow,
  type ModelKey,
  type ParameterOverrideRow,
  type ParameterSetting,
  type Row,
  type StatusChangeRow,
} from './model.js';

export {
  CAPACITY_BASES,
  CAPACITY_MEASURES,
  MATERIAL_OF_MEASURE,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  PARAMETER_KINDS,
  PARAMETER_UNIT,
  STAGES,
  TARGET_KINDS,
};
export type { ParameterSetting };

/** The format version this code writes. */
export const FORMAT_VERSION = 2;
/** Every format version this code reads (older ones are upgraded on read). */
export const READABLE_VERSIONS = [1, 2] as const;

export type Stage = (typeof STAGES)[number];
export type FacilityType = (typeof FACILITY_TYPES)[number];
export type FacilityStatus = (typeof FACILITY_STATUSES)[number];
export type TargetKind = (typeof TARGET_KINDS)[number];
export type CapacityBasis = (typeof CAPACITY_BASES)[number];
export type CapacityMeasure = (typeof CAPACITY_MEASURES)[number];
export type ParameterKind = (typeof PARAMETER_KINDS)[number];

/** The stage each facility type belongs to. */
export const STAGE_OF_TYPE: Readonly<Record<FacilityType, Stage>> = {
  MINE: 'EXTRACTION',
  REFINERY: 'REFINING',
  COMPONENT_PLANT: 'COMPONENT',
  CELL_PLANT: 'CELL',
  RECYCLER: 'RECYCLING',
};

/** The pseudo-country that closes a statistic to its published world total. Never a real origin. */
export const UNATTRIBUTED_COUNTRY = 'XW';

export type SourceRow = Row<'sources'>;
export type RegionRow = Row<'regions'>;
export type CountryRow = Row<'countries'>;
export type MaterialRow = Row<'materials'>;
export type CompanyRow = Row<'companies'>;
/** A facility; its `statusHistory` is oldest first and its last entry agrees with `status` (and `statusDate`). */
export type FacilityRow = Row<'facilities'>;
/** Capacity of a facility for a material in a year, in the material's unit, with its `basis`. */
export type CapacityRow = Row<'capacities'>;
/** `owner` holds `share` of `owned`, known from `asOf` when given. */
export type OwnershipRow = Row<'ownership'>;
export type ProductionRow = Row<'production'>;
export type FlowRow = Row<'flows'>;
export type TargetRow = Row<'targets'>;
export type ScenarioRow = Row<'scenarios'>;
/**
 * Something the data knowingly lacks, per material × stage (and scope, year): shown where the number would be.
 * Its `id` is an entity id (unique across kinds).
 */
export type GapRow = Row<'gaps'>;
/**
 * A recycling parameter (SPEC 4.7): a sourced default the recycling analytics use, `value` in its kind's unit
 * (`PARAMETER_UNIT`), with the literature range `low`–`high` when the source gives one. Its `id` is an entity id.
 */
export type ParameterRow = Row<'parameters'>;

/**
 * One entry of a facility's status history: from `date` on (a `YYYY` or `YYYY-MM` date counts as its first day)
 * the facility had `status`. A change of plan (postponed, downsized, abandoned, restarted) is an entry with its
 * `reason`.
 */
export type StatusChange = StatusChangeRow;
/** A public designation of a facility (`CRMA_STRATEGIC_PROJECT`, `IPCEI`, `INNOVATION_FUND` …: upper snake case). */
export type Designation = DesignationRow;

export type ScenarioFacilityOverride = FacilityOverrideRow;
export type ScenarioAddFacilityOverride = AddFacilityOverrideRow;
export type ScenarioCutOverride = CutOverrideRow;
export type ScenarioExportBanOverride = ExportBanOverrideRow;
export type ScenarioParameterOverride = ParameterOverrideRow;
export type ScenarioOverride = ScenarioRow['overrides'][number];

/** The list-valued keys of a dataset, in dependency order (a row only refers to kinds before it). */
export const DATASET_KEYS = Object.keys(MODEL) as ModelKey[] as readonly ModelKey[];
export type DatasetKey = ModelKey;

type EntityKeyOf<K extends ModelKey> = K extends ModelKey
  ? (typeof MODEL)[K]['key'] extends readonly ['id']
    ? K
    : never
  : never;
/** The kinds of rows that have an `id`; ids are unique across all of them. */
export type EntityKey = EntityKeyOf<ModelKey>;
export const ENTITY_KEYS = DATASET_KEYS.filter(isEntityModel) as readonly EntityKey[];

/** One whole dataset. Every list is present (possibly empty) once a document has been normalised. */
export type Dataset = { version: 2 } & { [K in DatasetKey]: Row<K>[] };

export type RowCounts = Record<DatasetKey, number>;

export function emptyDataset(): Dataset {
  const dataset: Record<string, unknown> = { version: 2 };
  for (const key of DATASET_KEYS) dataset[key] = [];
  return dataset as Dataset;
}

export function countRows(dataset: Dataset): RowCounts {
  const counts = {} as RowCounts;
  for (const key of DATASET_KEYS) counts[key] = dataset[key].length;
  return counts;
}
