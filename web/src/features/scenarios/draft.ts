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
      material: string;
      capacity: string;
      year: string;
      /** Capacity rows beyond the first of a stored plant, kept as they are. */
      more: { material: string; year: number; value: number; unit: string }[];
    }
  | { kind: 'cut'; country: string; material: string; stage: string; cut: string }
  | { kind: 'ban' }
  | { kind: 'other'; json: unknown };

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
export function emptyDraft(kind: 'facility' | 'add' | 'cut' | 'ban'): Draft {
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
        material: '',
        capacity: '',
        year: '',
        more: [],
      };
    case 'cut':
      return { kind, country: '', material: '', stage: '', cut: '' };
    case 'ban':
      return { kind };
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
      const [first, ...more] = o.facility.capacities;
      return {
        kind: 'add',
        id: o.facility.id,
        name: o.facility.name,
        type: o.facility.type,
        stage: o.facility.stage,
        country: o.facility.country,
        status: o.facility.status,
        material: first?.material ?? '',
        capacity: first ? String(first.value) : '',
        year: first ? String(first.year) : o.facility.startYear !== undefined ? String(o.facility.startYear) : '',
        more,
      };
    }
    case 'cut':
      return { kind: 'cut', country: o.country, material: o.material, stage: o.stage ?? '', cut: String(o.cut) };
    case 'ban':
      return { kind: 'ban' };
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
      const year = numberOrText(d.year);
      const capacity = numberOrText(d.capacity);
      const first =
        d.material || capacity !== undefined || year !== undefined
          ? [compact({ material: d.material, year, value: capacity, unit: unitOf(d.material) ?? '' })]
          : [];
      return {
        addFacility: compact({
          id: addedId(d),
          name: d.name.trim(),
          type: d.type,
          stage: d.stage,
          country: d.country,
          status: d.status,
          startYear: year,
          capacities: [...first, ...d.more],
        }),
      };
    }
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
