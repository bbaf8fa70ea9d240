/**
 * The row model of the dataset interchange format, declared once. Every dataset key, its fields, their types and
 * which are optional are written here and nowhere else; from this table come
 * - the TypeScript row types (`types.ts`, through {@link RowOf}),
 * - the JSON Schemas of both format versions (`json-schema.ts`; the committed `dataset.schema.json` and
 *   `dataset-v1.schema.json` are checked against it by a test, `npm run schema` rewrites them),
 * - the CSV column types of the reader and writer ({@link csvColumns}),
 * - the natural keys of relationship rows (`rowKey` in merge.ts, graph edge ids) and which keys are entities,
 * - the Neo4j store's integer and JSON-string properties, and a test checks its property lists and the SDL.
 *
 * Adding a field is one edit here (plus the logic that uses it, and the SDL/Neo4j lists the test points at).
 * A field marked `since: 2` exists from format version 2 on; `until: 1` only in version 1 (read and upgraded).
 */

export const STAGES = ['EXTRACTION', 'REFINING', 'COMPONENT', 'CELL', 'RECYCLING'] as const;
export const FACILITY_TYPES = ['MINE', 'REFINERY', 'COMPONENT_PLANT', 'CELL_PLANT', 'RECYCLER'] as const;
export const FACILITY_STATUSES = [
  'OPERATING',
  'RAMP_UP',
  'UNDER_CONSTRUCTION',
  'PLANNED',
  'PAUSED',
  'STOPPED',
  'CANCELLED',
] as const;
export const TARGET_KINDS = [
  'SINGLE_COUNTRY_REDUCTION',
  'MAX_SINGLE_COUNTRY_SHARE',
  'MIN_DOMESTIC_SHARE',
  'RECYCLED_CONTENT',
  'RECOVERY_RATE',
] as const;
/**
 * What a capacity row states: `INSTALLED` capacity is built and usable from that year; `ANNOUNCED` capacity is a
 * plan for that year (not supply of that year). Version 1's `kind: PLANNED` reads as ANNOUNCED.
 */
export const CAPACITY_BASES = ['INSTALLED', 'ANNOUNCED'] as const;
/**
 * What a recycler's capacity row counts, the way operators publish it (SPEC 4.7). Each measure fixes the material
 * of the row, so that "every capacity row uses its material's unit" stays true and the one capacity rule (4.0) never
 * counts a hydrometallurgical plant's black-mass feed as black-mass supply:
 * - `BATTERY_INPUT`: tonnes of batteries, modules and production scrap fed to pre-treatment — material `battery-input`;
 * - `BLACK_MASS_OUTPUT`: tonnes of black mass produced by pre-treatment — material `black-mass` (black-mass supply);
 * - `BLACK_MASS_INPUT`: tonnes of black mass processed by hydrometallurgy — material `black-mass-feed` (a demand for
 *   black mass, never supply of it);
 * - `RECOVERED_METAL`: tonnes of metal recovered — the metal's own material (lithium, nickel, cobalt, …).
 * A row without `measure` states no recycling measure (a black-mass row then reads as BLACK_MASS_OUTPUT).
 */
export const CAPACITY_MEASURES = ['BATTERY_INPUT', 'BLACK_MASS_OUTPUT', 'BLACK_MASS_INPUT', 'RECOVERED_METAL'] as const;
/** The material a capacity row of each measure must use (RECOVERED_METAL: any material not listed here). */
export const MATERIAL_OF_MEASURE = {
  BATTERY_INPUT: 'battery-input',
  BLACK_MASS_OUTPUT: 'black-mass',
  BLACK_MASS_INPUT: 'black-mass-feed',
} as const;
/**
 * Materials that only measure a recycler's throughput (battery input, black mass fed to hydrometallurgy): capacity
 * measures, not dependency materials, so the dependency matrix leaves them out.
 */
export const RECYCLING_STREAM_MATERIALS: readonly string[] = [
  MATERIAL_OF_MEASURE.BATTERY_INPUT,
  MATERIAL_OF_MEASURE.BLACK_MASS_INPUT,
];
/**
 * The kinds of recycling parameter (dataset key `parameters`, SPEC 4.7): the yields, contents, efficiencies and
 * intensities the recycling analytics multiply capacities by. The dataset's rows are the sourced defaults; a query or
 * a scenario may override them.
 * - `BLACK_MASS_YIELD`: t black mass per t battery input (pre-treatment of packs, modules and scrap); no material;
 * - `BLACK_MASS_CONTENT`: t metal per t black mass (by metal, by chemistry where sourced);
 * - `RECOVERY_EFFICIENCY`: the fraction of a metal contained in black mass that hydrometallurgy recovers;
 * - `MATERIAL_INTENSITY`: t metal per GWh of cells (by metal and chemistry).
 */
export const PARAMETER_KINDS = [
  'BLACK_MASS_YIELD',
  'BLACK_MASS_CONTENT',
  'RECOVERY_EFFICIENCY',
  'MATERIAL_INTENSITY',
] as const;
/** The one unit of each parameter kind (a row in another unit is rejected). */
export const PARAMETER_UNIT = {
  BLACK_MASS_YIELD: 't/t',
  BLACK_MASS_CONTENT: 't/t',
  RECOVERY_EFFICIENCY: 'fraction',
  MATERIAL_INTENSITY: 't/GWh',
} as const satisfies Record<(typeof PARAMETER_KINDS)[number], string>;
/** Version 1's capacity `kind` (read and upgraded to `basis`). */
export const V1_CAPACITY_KINDS = ['INSTALLED', 'PLANNED'] as const;

// ---- field types ---------------------------------------------------------------------------------------------------

/** A scalar field type; each maps to one JSON Schema shape (see json-schema.ts) and one TS type. */
export type ScalarType =
  | { type: 'id' } // an id or a reference to one: string, 1–200 characters of [A-Za-z0-9._:-]
  | { type: 'countryId' } // ISO 3166 alpha-2
  | { type: 'text' } // a non-empty string
  | { type: 'string' } // any string (notes, free text)
  | { type: 'url' } // http(s)://…
  | { type: 'date' } // YYYY, YYYY-MM or YYYY-MM-DD
  | { type: 'upperSnake' } // UPPER_SNAKE_CASE
  | { type: 'year' } // an integer 1950–2100
  | { type: 'number'; minimum?: number; maximum?: number }
  | { type: 'share' } // (0, 1]
  | { type: 'fraction' } // [0, 1]
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'const'; value: true };

/**
 * What a reference field points at: an id of a row of one of the keys `to` (`what` names them in the error,
 * `unknown <what> id "…"`), or a scope (`GLOBAL`, a region id or a country id). The validator checks every one.
 */
export type Ref = { to: readonly RefKey[]; what: string } | { scope: true };
export type RefKey = 'sources' | 'regions' | 'countries' | 'materials' | 'companies' | 'facilities';

export type FieldType =
  | (ScalarType & { ref?: Ref })
  /** A list of source ids (references to `sources`), at least one. */
  | { type: 'sources' }
  | { type: 'list'; items: FieldType; minItems?: number }
  /** An object; `definition` names it in the JSON Schema's `definitions`. */
  | { type: 'object'; fields: Fields; definition?: string }
  /** One of several object shapes (a scenario override). */
  | { type: 'anyOf'; variants: readonly ObjectType[] };

export type ObjectType = Extract<FieldType, { type: 'object' }>;

/** A field: its type, whether a row may leave it out, and the format versions that have it. */
export type Field = FieldType & { optional?: true; since?: 2; until?: 1 };
export type Fields = Readonly<Record<string, Field>>;

/** One dataset key: its row fields and, for relationship rows, the natural key (see `rowKey`). */
export interface KindModel {
  fields: Fields;
  /** The fields that identify a row within its key: `['id']` for entities, the natural key otherwise. */
  key: readonly string[];
  since?: 2;
}

// ---- the TS type of a field and a row ---------------------------------------------------------------------------------

type ScalarTs<F> = F extends { type: 'enum'; values: readonly (infer V)[] }
  ? V
  : F extends { type: 'const'; value: infer V }
    ? V
    : F extends { type: 'year' | 'number' | 'share' | 'fraction' }
      ? number
      : F extends { type: 'boolean' }
        ? boolean
        : string;

/** The TypeScript type of a field's value. */
export type TypeOf<F> = F extends { type: 'sources' }
  ? string[]
  : F extends { type: 'list'; items: infer I }
    ? TypeOf<I>[]
    : F extends { type: 'object'; fields: infer R }
      ? RowOf<R>
      : F extends { type: 'anyOf'; variants: readonly (infer V)[] }
        ? TypeOf<V>
        : ScalarTs<F>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};
type Current<R> = { [K in keyof R as R[K] extends { until: 1 } ? never : K]: R[K] };
type RequiredKeys<R> = { [K in keyof R]: R[K] extends { optional: true } ? never : K }[keyof R];
type OptionalKeys<R> = { [K in keyof R]: R[K] extends { optional: true } ? K : never }[keyof R];

/** The TypeScript row type of a field table in the current format version (fields `until: 1` left out). */
export type RowOf<R> = Simplify<
  { -readonly [K in RequiredKeys<Current<R>>]: TypeOf<Current<R>[K]> } & {
    -readonly [K in OptionalKeys<Current<R>>]?: TypeOf<Current<R>[K]>;
  }
>;

// ---- field constructors ---------------------------------------------------------------------------------------------

const id = { type: 'id' } as const;

/** References, by what they point at. */
const toSource = { type: 'id', ref: { to: ['sources'], what: 'source' } } as const;
const toRegion = { type: 'id', ref: { to: ['regions'], what: 'region' } } as const;
const toCountry = { type: 'id', ref: { to: ['countries'], what: 'country' } } as const;
const toMaterial = { type: 'id', ref: { to: ['materials'], what: 'material' } } as const;
const toCompany = { type: 'id', ref: { to: ['companies'], what: 'company' } } as const;
const toFacility = { type: 'id', ref: { to: ['facilities'], what: 'facility' } } as const;
const toCountryOrFacility = {
  type: 'id',
  ref: { to: ['countries', 'facilities'], what: 'country or facility' },
} as const;
const toScope = { type: 'id', ref: { scope: true } } as const;
const text = { type: 'text' } as const;
const string = { type: 'string' } as const;
const date = { type: 'date' } as const;
const year = { type: 'year' } as const;
const sources = { type: 'sources' } as const;
const nonNegative = { type: 'number', minimum: 0 } as const;
const fraction = { type: 'fraction' } as const;
const stage = { type: 'enum', values: STAGES } as const;
const status = { type: 'enum', values: FACILITY_STATUSES } as const;
const notes = { type: 'string', optional: true } as const;

function optional<F extends FieldType>(field: F): F & { optional: true } {
  return { ...field, optional: true };
}

function omit<R extends Fields, K extends keyof R & string>(fields: R, names: readonly K[]): Omit<R, K> {
  const out: Record<string, Field> = {};
  for (const [name, field] of Object.entries(fields))
    if (!(names as readonly string[]).includes(name)) out[name] = field;
  return out as Omit<R, K>;
}

// ---- the model ------------------------------------------------------------------------------------------------------

const STATUS_CHANGE = {
  type: 'object',
  definition: 'statusChange',
  fields: {
    date,
    status,
    reason: optional(text),
    sources,
  },
} as const;

const DESIGNATION = {
  type: 'object',
  definition: 'designation',
  fields: {
    kind: { type: 'upperSnake' },
    date,
    notes,
    sources,
  },
} as const;

const FACILITY_FIELDS = {
  id,
  name: text,
  type: { type: 'enum', values: FACILITY_TYPES },
  stage,
  country: toCountry,
  status,
  statusDate: optional(date),
  startYear: optional(year),
  chemistry: optional(string),
  processStep: optional(string),
  operator: optional(toCompany),
  lat: { type: 'number', minimum: -90, maximum: 90, optional: true },
  lon: { type: 'number', minimum: -180, maximum: 180, optional: true },
  aliases: { type: 'list', items: text, optional: true },
  sources,
  notes,
  statusHistory: { type: 'list', items: STATUS_CHANGE, minItems: 1, optional: true, since: 2 },
  designations: { type: 'list', items: DESIGNATION, optional: true, since: 2 },
} as const;

const CAPACITY_FIELDS = {
  facility: toFacility,
  material: toMaterial,
  year,
  value: nonNegative,
  unit: text,
  kind: { type: 'enum', values: V1_CAPACITY_KINDS, optional: true, until: 1 },
  basis: { type: 'enum', values: CAPACITY_BASES, since: 2 },
  measure: { type: 'enum', values: CAPACITY_MEASURES, optional: true, since: 2 },
  sources,
  notes,
} as const;

/**
 * A capacity row of a scenario's hypothetical plant: a dataset capacity row (the same fields, checked by the same
 * rules) without `facility` (it is the added plant) and with `basis` optional (default INSTALLED, as before the field
 * existed here) and `sources` optional (default: the plant's own sources).
 */
const ADDED_CAPACITY_FIELDS = {
  ...omit(CAPACITY_FIELDS, ['facility', 'kind', 'sources']),
  basis: optional(CAPACITY_FIELDS.basis),
  sources: { type: 'list', items: toSource, optional: true },
} as const;

const FACILITY_OVERRIDE = {
  type: 'object',
  fields: { facility: toFacility, status: optional(status), capacity: optional(nonNegative) },
} as const;

const ADD_FACILITY_OVERRIDE = {
  type: 'object',
  fields: {
    addFacility: {
      type: 'object',
      fields: {
        ...omit(FACILITY_FIELDS, ['statusHistory', 'designations']),
        sources: { type: 'list', items: toSource, optional: true },
        capacities: { type: 'list', items: { type: 'object', fields: ADDED_CAPACITY_FIELDS } },
      },
    },
  },
} as const;

const CUT_OVERRIDE = {
  type: 'object',
  fields: { country: toCountry, material: toMaterial, stage: optional(stage), cut: fraction },
} as const;

/** The fields that name a parameter and set its value (a scenario's or a query's override). */
const PARAMETER_SETTING = {
  kind: { type: 'enum', values: PARAMETER_KINDS },
  material: optional(toMaterial),
  chemistry: optional(text),
  value: nonNegative,
} as const;

const PARAMETER_OVERRIDE = {
  type: 'object',
  fields: { parameter: { type: 'object', definition: 'parameterSetting', fields: PARAMETER_SETTING } },
} as const;

const EXPORT_BAN_OVERRIDE = {
  type: 'object',
  fields: { blackMassExportBan: { type: 'const', value: true } },
} as const;

/**
 * Every dataset key in dependency order (a row only refers to kinds before it), with its fields in the order a
 * document writes them.
 */
export const MODEL = {
  sources: {
    key: ['id'],
    fields: {
      id,
      title: text,
      publisher: text,
      year,
      url: { type: 'url', optional: true },
      accessed: optional(date),
      notes,
    },
  },
  regions: { key: ['id'], fields: { id, name: text, notes } },
  countries: {
    key: ['id'],
    fields: {
      id: { type: 'countryId' },
      name: text,
      eu: { type: 'boolean' },
      oecd: { type: 'boolean' },
      regions: { type: 'list', items: toRegion },
      notes,
    },
  },
  materials: { key: ['id'], fields: { id, name: text, unit: text, notes } },
  companies: {
    key: ['id'],
    fields: {
      id,
      name: text,
      country: toCountry,
      listed: { type: 'boolean', optional: true },
      aliases: { type: 'list', items: text, optional: true },
      sources,
      notes,
    },
  },
  facilities: { key: ['id'], fields: FACILITY_FIELDS },
  capacities: { key: ['facility', 'material', 'year', 'basis'], fields: CAPACITY_FIELDS },
  ownership: {
    key: ['owner', 'owned'],
    fields: {
      owner: { type: 'id', ref: { to: ['companies'], what: 'company (owners are companies)' } },
      owned: { type: 'id', ref: { to: ['companies', 'facilities'], what: 'company or facility' } },
      share: { type: 'share' },
      asOf: { type: 'date', optional: true, since: 2 },
      sources,
      notes,
    },
  },
  production: {
    key: ['country', 'material', 'stage', 'year'],
    fields: {
      country: toCountry,
      material: toMaterial,
      stage,
      year,
      value: nonNegative,
      unit: text,
      publishedShare: optional(fraction),
      sources,
      notes,
    },
  },
  flows: {
    key: ['from', 'to', 'material', 'stage', 'year'],
    fields: {
      from: toCountryOrFacility,
      to: toCountryOrFacility,
      material: toMaterial,
      stage,
      year,
      value: nonNegative,
      unit: text,
      sources,
      notes,
    },
  },
  targets: {
    key: ['id'],
    fields: {
      id,
      name: optional(text),
      kind: { type: 'enum', values: TARGET_KINDS },
      material: toMaterial,
      stage: optional(stage),
      scope: toScope,
      baselineYear: optional(year),
      targetYear: year,
      reductionMin: optional(fraction),
      reductionMax: optional(fraction),
      share: optional(fraction),
      demand: optional(nonNegative),
      sources,
      notes,
    },
  },
  scenarios: {
    key: ['id'],
    fields: {
      id,
      name: text,
      description: optional(string),
      notes,
      overrides: {
        type: 'list',
        items: {
          type: 'anyOf',
          variants: [FACILITY_OVERRIDE, ADD_FACILITY_OVERRIDE, CUT_OVERRIDE, EXPORT_BAN_OVERRIDE, PARAMETER_OVERRIDE],
        },
      },
    },
  },
  gaps: {
    key: ['id'],
    since: 2,
    fields: {
      id,
      material: optional(toMaterial),
      stage: optional(stage),
      scope: optional(toScope),
      year: optional(year),
      title: text,
      detail: text,
      lookAt: optional(text),
      incomplete: { type: 'boolean', optional: true },
      sources: { type: 'list', items: toSource, optional: true },
    },
  },
  parameters: {
    key: ['id'],
    since: 2,
    fields: {
      id,
      ...PARAMETER_SETTING,
      low: optional(nonNegative),
      high: optional(nonNegative),
      unit: text,
      notes,
      sources,
    },
  },
} as const satisfies Readonly<Record<string, KindModel>>;

export type ModelKey = keyof typeof MODEL;

/** The row type of a dataset key in the current format version. */
export type Row<K extends ModelKey> = RowOf<(typeof MODEL)[K]['fields']>;

export type StatusChangeRow = RowOf<typeof STATUS_CHANGE.fields>;
export type DesignationRow = RowOf<typeof DESIGNATION.fields>;
export type FacilityOverrideRow = RowOf<typeof FACILITY_OVERRIDE.fields>;
export type AddFacilityOverrideRow = RowOf<typeof ADD_FACILITY_OVERRIDE.fields>;
/** A capacity row of a scenario's hypothetical plant. */
export type AddedCapacityRow = RowOf<typeof ADDED_CAPACITY_FIELDS>;
export type CutOverrideRow = RowOf<typeof CUT_OVERRIDE.fields>;
export type ExportBanOverrideRow = RowOf<typeof EXPORT_BAN_OVERRIDE.fields>;
export type ParameterOverrideRow = RowOf<typeof PARAMETER_OVERRIDE.fields>;
/** A parameter named by kind, material and chemistry, with the value to use (a scenario's or a query's override). */
export type ParameterSetting = RowOf<typeof PARAMETER_SETTING>;

// ---- what the rest of the code derives --------------------------------------------------------------------------------

/** A field met while walking a row, with its value and JSON pointer. */
export type Visit = (field: FieldType, value: unknown, path: string) => void;

/** The reference every item of a `sources` list is. */
const SOURCE_ITEM: FieldType = toSource;

/**
 * Walks a row (of the current format version, already valid against the schema) field by field, into lists,
 * objects and the override shape that applies, calling `visit` with every field that is present.
 */
export function walkRow(fields: Fields, row: unknown, path: string, visit: Visit): void {
  if (row === null || typeof row !== 'object') return;
  const record = row as Record<string, unknown>;
  for (const [name, field] of Object.entries(fields)) {
    if (!inVersion(field, 2) || record[name] === undefined) continue;
    walkValue(field, record[name], `${path}/${name}`, visit);
  }
}

function walkValue(field: FieldType, value: unknown, path: string, visit: Visit): void {
  visit(field, value, path);
  if (field.type === 'sources' && Array.isArray(value))
    value.forEach((item, i) => walkValue(SOURCE_ITEM, item, `${path}/${i}`, visit));
  else if (field.type === 'list' && Array.isArray(value))
    value.forEach((item, i) => walkValue(field.items, item, `${path}/${i}`, visit));
  else if (field.type === 'object') walkRow(field.fields, value, path, visit);
  else if (field.type === 'anyOf') {
    const record = (value ?? {}) as Record<string, unknown>;
    const variant = field.variants.find((v) =>
      Object.entries(v.fields).every(([name, f]) => f.optional === true || record[name] !== undefined),
    );
    if (variant) walkRow(variant.fields, value, path, visit);
  }
}

/** Whether a field or key exists in a format version. */
export function inVersion(item: KindModel | Field, version: number): boolean {
  const since = 'since' in item ? item.since : undefined;
  const until = 'until' in item ? item.until : undefined;
  return (since === undefined || version >= since) && (until === undefined || version <= until);
}

/** The fields of a key in a format version (default: the current one), in document order. */
export function fieldsOf(key: ModelKey, version = 2): [string, Field][] {
  return Object.entries(MODEL[key].fields as Fields).filter(([, field]) => inVersion(field, version));
}

/** The keys whose rows are entities (identified by their own `id`). */
export function isEntityModel(key: ModelKey): boolean {
  const k = MODEL[key].key;
  return k.length === 1 && k[0] === 'id';
}

/** How a CSV cell of a column becomes a value (and back). */
export type CsvColumn = 'number' | 'boolean' | 'list' | 'json' | 'text';

/**
 * The CSV column type of each field of a key, in every version it is read in: numbers, booleans, `;`-separated
 * lists of scalars, JSON cells for lists of objects (overrides, status histories, designations), text otherwise.
 * `emptyIsList` marks required lists that may be empty (an empty cell is `[]`, e.g. a country in no region).
 */
export function csvColumns(key: ModelKey): Map<string, CsvColumnInfo> {
  const columns = new Map<string, CsvColumnInfo>();
  for (const [name, field] of Object.entries(MODEL[key].fields as Fields)) {
    const column = csvColumnOf(field);
    // Only a required `list` without a minimum may be empty (`sources` needs one id, so it stays "is required").
    const emptyIsList = column === 'list' && field.type === 'list' && !field.optional && !field.minItems;
    columns.set(name, { column, emptyIsList });
  }
  return columns;
}

export interface CsvColumnInfo {
  column: CsvColumn;
  emptyIsList: boolean;
}

function csvColumnOf(field: FieldType): CsvColumn {
  switch (field.type) {
    case 'year':
    case 'number':
    case 'share':
    case 'fraction':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'sources':
      return 'list';
    case 'list':
      return field.items.type === 'object' || field.items.type === 'anyOf' || field.items.type === 'list'
        ? 'json'
        : 'list';
    case 'object':
    case 'anyOf':
      return 'json';
    default:
      return 'text';
  }
}

/** Every field name of a kind (any version) whose values are integers (years). */
export function integerFields(): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(MODEL) as ModelKey[])
    for (const [name, field] of Object.entries(MODEL[key].fields as Fields)) if (field.type === 'year') out.add(name);
  return out;
}

/** Every field name whose values are lists of objects (stored as JSON strings where a store cannot nest maps). */
export function jsonFields(): Set<string> {
  const out = new Set<string>();
  for (const key of Object.keys(MODEL) as ModelKey[])
    for (const [name, field] of Object.entries(MODEL[key].fields as Fields))
      if (csvColumnOf(field) === 'json') out.add(name);
  return out;
}
