import { MATERIAL_OF_MEASURE } from '../../lib/recycling-terms';
import type { Override } from './overrides';

/**
 * One override as the builder edits it: the text of each input, as typed. The API is the one validator (the same
 * rules as a dataset row): the draft is sent as it stands and each error comes back with the path of its field.
 */
export type Draft =
  /** `label`: the plant's name as the search found it (shown, never sent). */
  | { kind: 'facility'; facility: string; label?: string; status: string; capacity: string }
  | {
      kind: 'add';
      /** Derived from the name for a new plant (`hyp-<name>`); kept for a stored one. */
      id: string;
      name: string;
      type: string;
      stage: string;
      country: string;
      status: string;
      /** The year the plant exists from; empty: its earliest capacity year. */
      startYear: string;
      chemistry: string;
      capacities: CapacityDraft[];
      /** Fields of a stored plant this builder does not edit (sources, operator, …), kept as they are. */
      extra?: Record<string, unknown>;
    }
  | { kind: 'cut'; country: string; material: string; stage: string; cut: string }
  | { kind: 'ban' }
  | { kind: 'parameter'; parameterKind: string; material: string; chemistry: string; value: string }
  | { kind: 'other'; json: unknown };

/**
 * One capacity row of a hypothetical plant as typed: a dataset capacity row (docs/data-format.md) — for a recycler
 * with the measure operators publish (battery input, black mass processed, …), which fixes its material.
 */
export interface CapacityDraft {
  /** A recycler's measure, or '' (not a recycler, or none stated). */
  measure: string;
  material: string;
  /** INSTALLED, ANNOUNCED, or '' (not stated: the API reads INSTALLED). */
  basis: string;
  value: string;
  year: string;
  /** Fields of a stored row this builder does not edit (sources, notes), kept as they are. */
  extra?: Record<string, unknown>;
}

/** An empty capacity row; a recycler's starts with battery input, the measure operators publish most. */
export function emptyCapacity(type: string): CapacityDraft {
  return type === 'RECYCLER'
    ? {
        measure: 'BATTERY_INPUT',
        material: MATERIAL_OF_MEASURE['BATTERY_INPUT'] ?? '',
        basis: 'INSTALLED',
        value: '',
        year: '',
      }
    : { measure: '', material: '', basis: 'INSTALLED', value: '', year: '' };
}

/** A capacity row with a new measure: the material it fixes (kept for RECOVERED_METAL, cleared when none). */
export function withMeasure(row: CapacityDraft, measure: string): CapacityDraft {
  const fixed = MATERIAL_OF_MEASURE[measure];
  const wasFixed = Object.values(MATERIAL_OF_MEASURE).includes(row.material);
  return { ...row, measure, material: fixed ?? (wasFixed ? '' : row.material) };
}

/** A plant of a new type: its stage, and capacity rows that keep a measure only for a recycler. */
export function withType(d: Extract<Draft, { kind: 'add' }>, type: string): Extract<Draft, { kind: 'add' }> {
  const isRecycler = type === 'RECYCLER';
  return {
    ...d,
    type,
    stage: STAGE_OF_TYPE[type] ?? d.stage,
    capacities: d.capacities.map((c) =>
      isRecycler
        ? c.measure
          ? c
          : withMeasure(c, 'BATTERY_INPUT')
        : c.measure
          ? { ...withMeasure(c, ''), measure: '' }
          : c,
    ),
  };
}

export interface ScenarioDraft {
  id: string;
  name: string;
  description: string;
  notes: string;
  overrides: Draft[];
}

export const FACILITY_TYPES = ['MINE', 'REFINERY', 'COMPONENT_PLANT', 'CELL_PLANT', 'RECYCLER'] as const;

/** The stage a facility type usually works at (the builder's default when the type is picked). */
export const STAGE_OF_TYPE: Readonly<Record<string, string>> = {
  MINE: 'EXTRACTION',
  REFINERY: 'REFINING',
  COMPONENT_PLANT: 'COMPONENT',
  CELL_PLANT: 'CELL',
  RECYCLER: 'RECYCLING',
};

/** "Hypothetical Mn mine, Slovakia" → "hypothetical-mn-mine-slovakia" (ids: lower case, digits, dashes). */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

/** A new override of a kind, empty. */
export function emptyDraft(kind: 'facility' | 'add' | 'cut' | 'ban' | 'parameter'): Draft {
  switch (kind) {
    case 'facility':
      return { kind, facility: '', status: 'STOPPED', capacity: '' };
    case 'add':
      return {
        kind,
        id: '',
        name: '',
        type: 'MINE',
        stage: 'EXTRACTION',
        country: '',
        status: 'PLANNED',
        startYear: '',
        chemistry: '',
        capacities: [emptyCapacity('MINE')],
      };
    case 'cut':
      return { kind, country: '', material: '', stage: '', cut: '' };
    case 'ban':
      return { kind };
    case 'parameter':
      return { kind, parameterKind: 'RECOVERY_EFFICIENCY', material: 'lithium', chemistry: '', value: '' };
  }
}

/** A stored override, ready to edit. */
export function toDraft(o: Override): Draft {
  switch (o.kind) {
    case 'facility':
      return {
        kind: 'facility',
        facility: o.facility,
        status: o.status ?? '',
        capacity: o.capacity === undefined ? '' : String(o.capacity),
      };
    case 'add': {
      const f = o.facility;
      const startYear = f.startYear !== undefined ? String(f.startYear) : '';
      const rows: CapacityDraft[] = f.capacities.map((c) => ({
        measure: c.measure ?? '',
        material: c.material,
        basis: c.basis ?? '',
        value: String(c.value),
        year: String(c.year),
        ...(c.extra ? { extra: c.extra } : {}),
      }));
      // A plant stored without capacity rows keeps its start year in an empty row (the row is sent only when filled).
      const capacities = rows.length > 0 ? rows : [{ ...emptyCapacity(f.type), basis: '' }];
      return {
        kind: 'add',
        id: f.id,
        name: f.name,
        type: f.type,
        stage: f.stage,
        country: f.country,
        status: f.status,
        startYear,
        chemistry: f.chemistry ?? '',
        capacities,
        ...(f.extra ? { extra: f.extra } : {}),
      };
    }
    case 'cut':
      return { kind: 'cut', country: o.country, material: o.material, stage: o.stage ?? '', cut: String(o.cut) };
    case 'ban':
      return { kind: 'ban' };
    case 'parameter':
      return {
        kind: 'parameter',
        parameterKind: o.parameter.kind,
        material: o.parameter.material ?? '',
        chemistry: o.parameter.chemistry ?? '',
        value: String(o.parameter.value),
      };
    case 'other':
      return o;
  }
}

/**
 * An input's text as the value sent: empty → left out; a number → the number; anything else → the text itself,
 * so the API names the field and says it is not a number (the web does not judge the value).
 */
function numberOrText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : trimmed;
}

/** Leaves out the keys whose value is undefined or '' (an optional field left empty). */
function compact(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== ''));
}

/** The id a hypothetical plant gets: its own when stored, else `hyp-` and its name. */
export function addedId(d: Extract<Draft, { kind: 'add' }>): string {
  return d.id || (d.name.trim() ? `hyp-${slug(d.name)}` : '');
}

/** One override in the interchange format, as the API stores it. `unitOf` gives a material's unit. */
export function draftToJson(d: Draft, unitOf: (material: string) => string | undefined): unknown {
  switch (d.kind) {
    case 'facility':
      return compact({ facility: d.facility, status: d.status, capacity: numberOrText(d.capacity) });
    case 'add': {
      // A row left wholly empty is not sent; every other row is sent as typed (the API names what is wrong).
      const rows = d.capacities
        .filter((c) => c.value.trim() !== '' || c.year.trim() !== '' || (c.material !== '' && c.measure === ''))
        .map((c) =>
          compact({
            material: c.material,
            year: numberOrText(c.year),
            value: numberOrText(c.value),
            unit: unitOf(c.material) ?? '',
            basis: c.basis,
            measure: d.type === 'RECYCLER' ? c.measure : '',
            ...c.extra,
          }),
        );
      // The plant exists from its earliest capacity year (SPEC 4.0: its status holds from its start year on).
      const years = d.capacities.map((c) => numberOrText(c.year)).filter((y): y is number => typeof y === 'number');
      return {
        addFacility: compact({
          id: addedId(d),
          name: d.name.trim(),
          type: d.type,
          stage: d.stage,
          country: d.country,
          status: d.status,
          startYear: numberOrText(d.startYear) ?? (years.length > 0 ? Math.min(...years) : undefined),
          chemistry: d.chemistry.trim(),
          ...d.extra,
          capacities: rows,
        }),
      };
    }
    case 'parameter':
      return {
        parameter: compact({
          kind: d.parameterKind,
          material: d.parameterKind === 'BLACK_MASS_YIELD' ? '' : d.material,
          chemistry: d.chemistry.trim(),
          value: numberOrText(d.value),
        }),
      };
    case 'cut':
      return compact({ country: d.country, material: d.material, stage: d.stage, cut: numberOrText(d.cut) });
    case 'ban':
      return { blackMassExportBan: true };
    case 'other':
      return d.json;
  }
}

/** The draft as the API's ScenarioInput. */
export function scenarioInput(draft: ScenarioDraft, unitOf: (material: string) => string | undefined) {
  return {
    id: draft.id.trim(),
    name: draft.name.trim(),
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    ...(draft.notes.trim() ? { notes: draft.notes.trim() } : {}),
    overrides: draft.overrides.map((d) => draftToJson(d, unitOf)),
  };
}

/** A validation error's path without the argument name: `scenario.overrides[1].cut` → `overrides[1].cut`. */
export function fieldPath(path: string): string {
  return path.replace(/^(scenario|input|scenarios\[\d+\])\./, '');
}

/**
 * The errors that belong to a field: those whose path is the field's path or lies inside it
 * (`overrides[1].addFacility.capacities[0].value` belongs to `overrides[1].addFacility.capacities[0].value` and
 * to `overrides[1]`).
 */
export function errorsAt<E extends { path: string }>(errors: readonly E[], ...paths: string[]): E[] {
  return errors.filter((e) => {
    const p = fieldPath(e.path);
    return paths.some((at) => p === at || p.startsWith(`${at}.`) || p.startsWith(`${at}[`));
  });
}
