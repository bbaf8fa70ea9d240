import { Ajv, type ErrorObject } from 'ajv';
import { UPPER_SNAKE_PATTERN, datasetJsonSchema } from './json-schema.js';
import { documentLimitErrors, focusAnyOfErrors } from './limits.js';
import { isEntityKey, mergeDatasets, rowKey } from './merge.js';
import { MODEL, walkRow, type RefKey, type Visit } from './model.js';
import { SINCE_V2, upgradeV1 } from './upgrade.js';
import {
  DATASET_KEYS,
  ENTITY_KEYS,
  MATERIAL_OF_MEASURE,
  PARAMETER_UNIT,
  STAGE_OF_TYPE,
  emptyDataset,
  type Dataset,
  type EntityKey,
  type FacilityRow,
  type ParameterSetting,
} from './types.js';

/** One thing wrong with a document: where (a JSON pointer into the document), the value found, and why. */
export interface DatasetError {
  path: string;
  value: string | null;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; errors: DatasetError[] };

export interface ValidateOptions {
  /**
   * The data already in the store when the document is to be merged into it (import without `replace`):
   * references may point to its rows, ids it holds are updates, and ownership sums are checked on the merge.
   */
  base?: Dataset | undefined;
  /** Stop collecting after this many errors (default 1000); the last error says that the list was cut. */
  maxErrors?: number;
}

const ajv = new Ajv({ allErrors: true, strict: false });
const checkSchema = ajv.compile(datasetJsonSchema(2));
const checkSchemaV1 = ajv.compile(datasetJsonSchema(1));

/** How far the shares of one entity's owners may exceed 1 through rounding in the source. */
const SHARE_TOLERANCE = 1e-9;

/**
 * Validates a whole dataset document: first its shape (the JSON Schema of its format version), then the rules
 * across rows (docs/data-format.md): unique ids, references, facility stage vs type, units, ownership sums, dates,
 * status histories. A version-1 document is checked against the version-1 schema and then upgraded to version 2
 * (`upgrade.ts`); paths stay those of the document as written.
 * Returns the normalised version-2 dataset (every list present) or every error found, each with its path.
 */
export function validateDataset(document: unknown, options: ValidateOptions = {}): ValidationResult {
  const maxErrors = options.maxErrors ?? 1000;
  const isV1 = isObject(document) && document['version'] === 1;
  const check = isV1 ? checkSchemaV1 : checkSchema;
  const beyondLimits = documentLimitErrors(document);
  if (beyondLimits.length > 0) return { ok: false, errors: capErrors(beyondLimits, maxErrors) };
  if (!check(document)) {
    const errors = focusAnyOfErrors(check.errors ?? [], check.schema).map(schemaError(document, isV1));
    return { ok: false, errors: capErrors(errors, maxErrors) };
  }
  const current = isV1 ? upgradeV1(document as Record<string, unknown>) : document;
  const dataset = normalise(current as Partial<Dataset>);
  const errors = crossRowErrors(dataset, options.base);
  return errors.length > 0 ? { ok: false, errors: capErrors(errors, maxErrors) } : { ok: true, dataset };
}

function normalise(document: Partial<Dataset>): Dataset {
  const dataset = emptyDataset();
  for (const key of DATASET_KEYS) {
    const rows = document[key];
    if (rows) (dataset[key] as unknown[]) = rows;
  }
  return dataset;
}

function capErrors(errors: DatasetError[], max: number): DatasetError[] {
  if (errors.length <= max) return errors;
  return [
    ...errors.slice(0, max),
    { path: '', value: null, message: `${errors.length - max} more errors not listed; fix the ones above first` },
  ];
}

export function describeValue(value: unknown): string | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 197)}...` : text;
}

function valueAt(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const part of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function schemaError(document: unknown, isV1: boolean) {
  return (error: ErrorObject): DatasetError => {
    const params = error.params as Record<string, unknown>;
    let path = error.instancePath;
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      path = `${path}/${String(params['missingProperty'])}`;
      message = `is required`;
      return { path, value: null, message };
    }
    if (error.keyword === 'additionalProperties') {
      const field = String(params['additionalProperty']);
      path = `${path}/${field}`;
      const message =
        isV1 && SINCE_V2.has(field)
          ? `is a field of format version 2, but the document says "version": 1; declare version 2 (and give every capacity row its basis)`
          : 'is not a field of this row';
      return { path, value: describeValue(valueAt(document, path)), message };
    }
    if (error.keyword === 'const' && path === '/version')
      message = 'must be 2 (the current format version) or 1 (read and upgraded to 2)';
    if (error.keyword === 'pattern' && params['pattern'] === UPPER_SNAKE_PATTERN)
      message = 'must be upper snake case, e.g. CRMA_STRATEGIC_PROJECT';
    if (error.keyword === 'enum') message = `must be one of ${(params['allowedValues'] as unknown[]).join(', ')}`;
    if (error.keyword === 'anyOf') message = 'is not one of the override shapes (see docs/data-format.md)';
    return { path: path || '/', value: describeValue(valueAt(document, path)), message };
  };
}

type Kind = EntityKey;

/** Checks every rule that spans rows. Only rows of `doc` are reported; references may resolve in `base`. */
function crossRowErrors(doc: Dataset, base: Dataset | undefined): DatasetError[] {
  const errors: DatasetError[] = [];
  const report = (path: string, value: unknown, message: string) =>
    errors.push({ path, value: describeValue(value), message });
  const all = base ? mergeDatasets(base, doc) : doc;

  // 1. Ids: unique across every kind, within the document and against the data it is merged into.
  const kindOfId = new Map<string, { kind: Kind; path: string }>();
  if (base) {
    for (const key of ENTITY_KEYS) {
      base[key].forEach((row, i) => kindOfId.set(row.id, { kind: key, path: `(existing data) /${key}/${i}` }));
    }
  }
  const seenInDoc = new Map<string, string>();
  for (const key of ENTITY_KEYS) {
    doc[key].forEach((row, i) => {
      const path = `/${key}/${i}/id`;
      const earlier = seenInDoc.get(row.id);
      const existing = kindOfId.get(row.id);
      if (earlier) report(path, row.id, `duplicate id "${row.id}" (also at ${earlier})`);
      else if (existing && existing.kind !== key)
        report(path, row.id, `id "${row.id}" is already used by a row of ${existing.kind} (${existing.path})`);
      seenInDoc.set(row.id, path);
      kindOfId.set(row.id, { kind: key, path });
    });
  }

  // Duplicate natural keys of relationship rows within the document.
  for (const key of DATASET_KEYS.filter((k) => !isEntityKey(k))) {
    const seen = new Map<string, number>();
    doc[key].forEach((row, i) => {
      const k = rowKey(key, row);
      const first = seen.get(k);
      if (first !== undefined) report(`/${key}/${i}`, k, `duplicate row: same key as /${key}/${first}`);
      else seen.set(k, i);
    });
  }

  // 2. References and dates, wherever the row model has them (model.ts: `ref` fields, `date` fields).
  const idSets = new Map<RefKey, ReadonlySet<string>>();
  const idsOf = (key: RefKey): ReadonlySet<string> => {
    let set = idSets.get(key);
    if (!set) idSets.set(key, (set = new Set(all[key].map((r) => r.id))));
    return set;
  };
  const scope = (path: string, value: string) => {
    if (value !== 'GLOBAL' && !idsOf('regions').has(value) && !idsOf('countries').has(value))
      report(path, value, `unknown scope "${value}" (GLOBAL, a region id or a country id)`);
  };
  const visit: Visit = (field, value, path) => {
    if (typeof value !== 'string') return;
    if (field.type === 'date' && !isRealDate(value)) report(path, value, NOT_A_DATE);
    const ref = 'ref' in field ? field.ref : undefined;
    if (ref === undefined) return;
    if ('scope' in ref) scope(path, value);
    else if (!ref.to.some((key) => idsOf(key).has(value))) report(path, value, `unknown ${ref.what} id "${value}"`);
  };
  for (const key of DATASET_KEYS)
    (doc[key] as readonly unknown[]).forEach((row, i) => walkRow(MODEL[key].fields, row, `/${key}/${i}`, visit));

  // 3. Rules within rows and across them.
  const unitOf = new Map(all.materials.map((m) => [m.id, m.unit]));
  /** A quantity's unit is its material's (an unknown material is reported as a reference). */
  const unit = (path: string, material: string, value: string) => {
    const expected = unitOf.get(material);
    if (expected !== undefined && value !== expected)
      report(path, value, `unit must be "${expected}", the unit of material "${material}"`);
  };
  doc.facilities.forEach((f, i) => {
    const p = `/facilities/${i}`;
    if (STAGE_OF_TYPE[f.type] !== f.stage)
      report(`${p}/stage`, f.stage, `a ${f.type} belongs to stage ${STAGE_OF_TYPE[f.type]}, not ${f.stage}`);
    statusHistoryErrors(f, p, report);
  });
  const typeOfFacility = new Map(all.facilities.map((f) => [f.id, f.type]));
  doc.capacities.forEach((c, i) => {
    unit(`/capacities/${i}/unit`, c.material, c.unit);
    measureErrors(c, `/capacities/${i}`, typeOfFacility.get(c.facility), report);
  });
  doc.ownership.forEach((o, i) => {
    if (o.owner === o.owned) report(`/ownership/${i}/owned`, o.owned, 'an entity cannot own itself');
  });
  doc.production.forEach((p, i) => unit(`/production/${i}/unit`, p.material, p.unit));
  doc.flows.forEach((f, i) => {
    if (f.from === f.to) report(`/flows/${i}/to`, f.to, 'a flow cannot go from a node to itself');
    unit(`/flows/${i}/unit`, f.material, f.unit);
  });
  doc.targets.forEach((t, i) => {
    const p = `/targets/${i}`;
    if (t.baselineYear !== undefined && t.baselineYear >= t.targetYear)
      report(`${p}/baselineYear`, t.baselineYear, `must be before targetYear ${t.targetYear}`);
    if (t.reductionMin !== undefined && t.reductionMax !== undefined && t.reductionMin > t.reductionMax)
      report(`${p}/reductionMin`, t.reductionMin, `must not exceed reductionMax ${t.reductionMax}`);
    if (t.kind === 'SINGLE_COUNTRY_REDUCTION' && (t.stage === undefined || t.baselineYear === undefined))
      report(p, t.id, 'a SINGLE_COUNTRY_REDUCTION target needs a stage and a baselineYear');
    if (t.kind !== 'SINGLE_COUNTRY_REDUCTION' && t.share === undefined)
      report(`${p}/share`, null, `a ${t.kind} target needs a share`);
  });
  doc.parameters.forEach((row, i) => {
    const p = `/parameters/${i}`;
    parameterErrors(row, p, report);
    if (row.unit !== PARAMETER_UNIT[row.kind])
      report(`${p}/unit`, row.unit, `a ${row.kind} is in "${PARAMETER_UNIT[row.kind]}"`);
    if (row.low !== undefined && row.low > row.value)
      report(`${p}/low`, row.low, `must not exceed value ${row.value} (low ≤ value ≤ high)`);
    if (row.high !== undefined && row.high < row.value)
      report(`${p}/high`, row.high, `must not be below value ${row.value} (low ≤ value ≤ high)`);
    if (row.high !== undefined) parameterErrors({ ...row, value: row.high }, p, report, 'high');
  });
  const parameterKeys = new Map<string, number>();
  doc.parameters.forEach((row, i) => {
    const key = parameterKey(row);
    const first = parameterKeys.get(key);
    if (first !== undefined)
      report(
        `/parameters/${i}`,
        row.id,
        `the same parameter (kind, material, chemistry) as /parameters/${first}; give one row per parameter`,
      );
    else parameterKeys.set(key, i);
  });
  doc.scenarios.forEach((s, i) =>
    s.overrides.forEach((o, j) => {
      if ('parameter' in o) parameterErrors(o.parameter, `/scenarios/${i}/overrides/${j}/parameter`, report);
      if (!('addFacility' in o)) return;
      const p = `/scenarios/${i}/overrides/${j}/addFacility`;
      const f = o.addFacility;
      if (kindOfId.has(f.id)) report(`${p}/id`, f.id, `id "${f.id}" is already used`);
      if (STAGE_OF_TYPE[f.type] !== f.stage)
        report(`${p}/stage`, f.stage, `a ${f.type} belongs to stage ${STAGE_OF_TYPE[f.type]}, not ${f.stage}`);
      // The plant's capacity rows follow the rules of dataset capacity rows: unit, measure, one row per key.
      const keys = new Map<string, number>();
      f.capacities.forEach((c, k) => {
        const row = `${p}/capacities/${k}`;
        unit(`${row}/unit`, c.material, c.unit);
        measureErrors(c, row, f.type, report);
        const key = `${c.material}|${c.year}|${c.basis ?? 'INSTALLED'}`;
        const first = keys.get(key);
        if (first !== undefined)
          report(row, key, `duplicate row: same material, year and basis as capacities[${first}] of this plant`);
        else keys.set(key, k);
      });
    }),
  );

  // 4. The shares of one entity's owners sum to at most 1 (checked on the merged data, reported on doc rows).
  const sums = new Map<string, number>();
  for (const o of all.ownership) sums.set(o.owned, (sums.get(o.owned) ?? 0) + o.share);
  const reported = new Set<string>();
  doc.ownership.forEach((o, i) => {
    const sum = sums.get(o.owned) ?? 0;
    if (sum > 1 + SHARE_TOLERANCE && !reported.has(o.owned)) {
      reported.add(o.owned);
      report(`/ownership/${i}/share`, o.share, `the owners of "${o.owned}" hold ${round(sum)} in all; at most 1`);
    }
  });
  return errors;
}

/** The materials fixed by a recycling measure, and the measure each one belongs to. */
const MEASURE_OF_MATERIAL = new Map<string, string>(
  Object.entries(MATERIAL_OF_MEASURE).map(([measure, material]) => [material, measure]),
);

/**
 * A capacity row's recycling `measure` (SPEC 4.7): only a RECYCLER's rows state one; BATTERY_INPUT, BLACK_MASS_OUTPUT
 * and BLACK_MASS_INPUT each use their own material, RECOVERED_METAL a metal (no recycling stream, no `cells`); and a
 * row of `battery-input` or `black-mass-feed` must say which measure it is. Hydrometallurgical input therefore can
 * never be entered as black-mass supply: `black-mass` rows are pre-treatment output only.
 */
function measureErrors(
  c: Pick<Dataset['capacities'][number], 'material' | 'measure'>,
  p: string,
  facilityType: string | undefined,
  report: (path: string, value: unknown, message: string) => void,
): void {
  const fixedMeasure = MEASURE_OF_MATERIAL.get(c.material);
  if (c.measure === undefined) {
    if (fixedMeasure !== undefined && c.material !== MATERIAL_OF_MEASURE.BLACK_MASS_OUTPUT)
      report(`${p}/measure`, undefined, `a capacity of material "${c.material}" must state measure ${fixedMeasure}`);
    return;
  }
  if (facilityType !== undefined && facilityType !== 'RECYCLER') {
    report(
      `${p}/measure`,
      c.measure,
      `only a RECYCLER's capacity states a measure; this facility is a ${facilityType}`,
    );
    return;
  }
  if (c.measure === 'RECOVERED_METAL') {
    if (!isRecoverableMetal(c.material))
      report(
        `${p}/material`,
        c.material,
        `a RECOVERED_METAL capacity counts a recovered metal (lithium, nickel, cobalt, …), not "${c.material}"`,
      );
    return;
  }
  const expected = MATERIAL_OF_MEASURE[c.measure];
  if (c.material !== expected) {
    const why =
      c.measure === 'BLACK_MASS_INPUT' && c.material === MATERIAL_OF_MEASURE.BLACK_MASS_OUTPUT
        ? ' (black mass processed by hydrometallurgy is not black-mass supply)'
        : '';
    report(`${p}/material`, c.material, `a ${c.measure} capacity counts material "${expected}"${why}`);
  }
}

/** The natural key of a parameter: kind, material and chemistry (one row each). */
export function parameterKey(p: Pick<ParameterSetting, 'kind' | 'material' | 'chemistry'>): string {
  return `${p.kind}|${p.material ?? ''}|${p.chemistry ?? ''}`;
}

/** Kinds whose value is a fraction of a tonne or of a metal: at most 1. */
const FRACTION_KINDS: ReadonlySet<string> = new Set(['BLACK_MASS_YIELD', 'BLACK_MASS_CONTENT', 'RECOVERY_EFFICIENCY']);

/**
 * The rules of one parameter setting (a `parameters` row, a scenario's or a query's override), SPEC 4.7:
 * BLACK_MASS_YIELD, BLACK_MASS_CONTENT (t/t) and RECOVERY_EFFICIENCY (fraction) lie in [0, 1]; every kind but
 * BLACK_MASS_YIELD names the metal it is about (not a recycling stream, black mass or cells), BLACK_MASS_YIELD none.
 * `field` names the number checked (`value`, or `high` for a row's range).
 */
export function parameterErrors(
  p: ParameterSetting,
  path: string,
  report: (path: string, value: unknown, message: string) => void,
  field: 'value' | 'high' = 'value',
): void {
  if (FRACTION_KINDS.has(p.kind) && p.value > 1)
    report(
      `${path}/${field}`,
      p.value,
      `a ${p.kind} is ${PARAMETER_UNIT[p.kind] === 'fraction' ? 'a fraction' : 'tonnes per tonne'} from 0 to 1`,
    );
  if (field !== 'value') return;
  if (p.kind === 'BLACK_MASS_YIELD') {
    if (p.material !== undefined)
      report(
        `${path}/material`,
        p.material,
        'a BLACK_MASS_YIELD is t black mass per t battery input; it has no material',
      );
    return;
  }
  if (p.material === undefined) report(`${path}/material`, undefined, `a ${p.kind} needs the metal it is about`);
  else if (!isRecoverableMetal(p.material))
    report(
      `${path}/material`,
      p.material,
      `a ${p.kind} is about a metal (lithium, nickel, cobalt, …), not "${p.material}"`,
    );
}

/** Whether a material can be a recovered metal: not a recycling stream (battery input, black mass, feed), not cells. */
export function isRecoverableMetal(material: string): boolean {
  return !MEASURE_OF_MATERIAL.has(material) && material !== 'cells';
}

const NOT_A_DATE = 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)';

/**
 * A facility's status history: oldest first (a `YYYY` or `YYYY-MM` date counts as its first day), the last entry
 * agreeing with the facility's `status` and, when set, `statusDate`. (Its dates' reality and its sources are checked
 * with every other date and reference.)
 */
function statusHistoryErrors(
  f: FacilityRow,
  p: string,
  report: (path: string, value: unknown, message: string) => void,
): void {
  const history = f.statusHistory;
  if (history === undefined) return;
  let previous: { date: string; day: string } | undefined;
  history.forEach((entry, j) => {
    if (!isRealDate(entry.date)) return;
    const day = firstDay(entry.date);
    if (previous !== undefined && day < previous.day)
      report(
        `${p}/statusHistory/${j}/date`,
        entry.date,
        `is before the entry above it (${previous.date}); the history is oldest first`,
      );
    previous = { date: entry.date, day };
  });
  const last = history.length - 1;
  const latest = history[last];
  if (latest === undefined) return;
  if (latest.status !== f.status)
    report(
      `${p}/statusHistory/${last}/status`,
      latest.status,
      `the last entry of the history must have the facility's status ${f.status}`,
    );
  if (f.statusDate !== undefined && latest.date !== f.statusDate)
    report(
      `${p}/statusHistory/${last}/date`,
      latest.date,
      `the last entry of the history must be dated the facility's statusDate ${f.statusDate}`,
    );
}

/** The first day a date stands for, as YYYY-MM-DD (dates compare as text in this form). */
function firstDay(date: string): string {
  const [y = '', m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

function round(x: number): string {
  return String(Math.round(x * 1e6) / 1e6);
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (y === undefined || y < 1950 || y > 2100) return false;
  if (m === undefined) return true;
  if (m < 1 || m > 12) return false;
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
