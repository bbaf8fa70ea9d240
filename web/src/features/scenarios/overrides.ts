import { humanize, percent, quantity } from '../../lib/format';
import { MEASURE_TEXT, UNIT_OF_KIND } from '../../lib/recycling-terms';

/** A scenario override as the interchange format writes it (SPEC 4.6), read from the API's JSON. */
export type Override =
  | { kind: 'facility'; facility: string; status?: string; capacity?: number }
  | {
      kind: 'add';
      facility: {
        id: string;
        name: string;
        type: string;
        stage: string;
        country: string;
        status: string;
        startYear?: number;
        chemistry?: string;
        capacities: AddedCapacity[];
        /** Fields of the facility row this app does not edit (sources, operator, …): kept as they are. */
        extra?: Record<string, unknown>;
      };
    }
  | { kind: 'cut'; country: string; material: string; stage?: string; cut: number }
  | { kind: 'ban' }
  | { kind: 'parameter'; parameter: { kind: string; material?: string; chemistry?: string; value: number } }
  /** A shape this app does not know (a newer format): shown as its JSON, never dropped on save. */
  | { kind: 'other'; json: unknown };

/** A capacity row of a hypothetical plant: a dataset capacity row without `facility` (docs/data-format.md). */
export interface AddedCapacity {
  material: string;
  year: number;
  value: number;
  unit: string;
  /** INSTALLED or ANNOUNCED; absent reads as INSTALLED. */
  basis?: string;
  /** A recycler's measure (BATTERY_INPUT, BLACK_MASS_OUTPUT, BLACK_MASS_INPUT, RECOVERED_METAL). */
  measure?: string;
  /** Fields this app does not edit (sources, notes): kept as they are. */
  extra?: Record<string, unknown>;
}

const FACILITY_KEYS = ['id', 'name', 'type', 'stage', 'country', 'status', 'startYear', 'chemistry', 'capacities'];
const CAPACITY_KEYS = ['material', 'year', 'value', 'unit', 'basis', 'measure'];

/** The fields of a row other than `known`, or nothing when there are none. */
function extraOf(row: Record<string, unknown>, known: readonly string[]): { extra?: Record<string, unknown> } {
  const extra = Object.fromEntries(Object.entries(row).filter(([k]) => !known.includes(k)));
  return Object.keys(extra).length > 0 ? { extra } : {};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const str = (value: unknown) => (typeof value === 'string' ? value : '');
const num = (value: unknown) => (typeof value === 'number' ? value : undefined);

/** Reads one override of a stored scenario; anything unexpected becomes `other` (kept as it is). */
export function readOverride(json: unknown): Override {
  if (!isRecord(json)) return { kind: 'other', json };
  if (json['blackMassExportBan'] === true) return { kind: 'ban' };
  const add = json['addFacility'];
  if (isRecord(add)) {
    const capacities = Array.isArray(add['capacities']) ? add['capacities'].filter(isRecord) : [];
    const startYear = num(add['startYear']);
    const chemistry = str(add['chemistry']);
    return {
      kind: 'add',
      facility: {
        id: str(add['id']),
        name: str(add['name']),
        type: str(add['type']),
        stage: str(add['stage']),
        country: str(add['country']),
        status: str(add['status']),
        ...(startYear !== undefined ? { startYear } : {}),
        ...(chemistry ? { chemistry } : {}),
        capacities: capacities.map((c) => ({
          material: str(c['material']),
          year: num(c['year']) ?? 0,
          value: num(c['value']) ?? 0,
          unit: str(c['unit']),
          ...(str(c['basis']) ? { basis: str(c['basis']) } : {}),
          ...(str(c['measure']) ? { measure: str(c['measure']) } : {}),
          ...extraOf(c, CAPACITY_KEYS),
        })),
        ...extraOf(add, FACILITY_KEYS),
      },
    };
  }
  const parameter = json['parameter'];
  if (isRecord(parameter) && Object.keys(json).length === 1 && typeof parameter['value'] === 'number') {
    const material = str(parameter['material']);
    const chemistry = str(parameter['chemistry']);
    return {
      kind: 'parameter',
      parameter: {
        kind: str(parameter['kind']),
        ...(material ? { material } : {}),
        ...(chemistry ? { chemistry } : {}),
        value: parameter['value'],
      },
    };
  }
  if ('cut' in json && typeof json['country'] === 'string') {
    const stage = str(json['stage']);
    return {
      kind: 'cut',
      country: json['country'],
      material: str(json['material']),
      ...(stage ? { stage } : {}),
      cut: num(json['cut']) ?? 0,
    };
  }
  if (typeof json['facility'] === 'string') {
    const status = str(json['status']);
    const capacity = num(json['capacity']);
    return {
      kind: 'facility',
      facility: json['facility'],
      ...(status ? { status } : {}),
      ...(capacity !== undefined ? { capacity } : {}),
    };
  }
  return { kind: 'other', json };
}

/** A stored scenario's overrides (the API's JSON list). */
export function readOverrides(json: unknown): Override[] {
  return Array.isArray(json) ? json.map(readOverride) : [readOverride(json)];
}

/** The facility ids a list of overrides names (to look their names up). */
export function facilityIds(overrides: readonly Override[]): string[] {
  return [...new Set(overrides.flatMap((o) => (o.kind === 'facility' ? [o.facility] : [])))];
}

/**
 * One override in words, the way the builder and the picker describe it: "AMG … Bitterfeld: status → Stopped",
 * "Cuts China's exports of graphite at Refining by 50 %". `name` resolves ids (facilities, countries, materials).
 */
export function overrideText(o: Override, name: (id: string) => string): string {
  switch (o.kind) {
    case 'facility': {
      const parts = [
        o.status ? `status → ${humanize(o.status)} in every year` : '',
        o.capacity !== undefined ? `capacity → ${quantity(o.capacity)} in each of its capacity rows` : '',
      ].filter(Boolean);
      return `${name(o.facility)}: ${parts.join(', ') || 'no change'}`;
    }
    case 'add': {
      const f = o.facility;
      const capacities = f.capacities.map(
        (c) =>
          `${quantity(c.value, c.unit)} of ${c.measure ? (MEASURE_TEXT[c.measure] ?? humanize(c.measure).toLowerCase()) : name(c.material)}${
            c.measure === 'RECOVERED_METAL' ? ` (${name(c.material).toLowerCase()})` : ''
          } ${c.basis === 'ANNOUNCED' ? 'announced for' : 'from'} ${c.year}`,
      );
      return [
        `Adds a hypothetical ${humanize(f.type || 'plant').toLowerCase()} “${f.name}” in ${name(f.country)}`,
        `(${humanize(f.stage || '–')}, ${humanize(f.status || '–').toLowerCase()})`,
        capacities.length > 0 ? `with ${capacities.join('; ')}` : 'without capacity',
      ].join(' ');
    }
    case 'cut':
      return `Cuts ${name(o.country)}’s exports of ${name(o.material).toLowerCase()} ${
        o.stage ? `at ${humanize(o.stage).toLowerCase()}` : 'at every stage'
      } to other countries by ${percent(o.cut, 0)}`;
    case 'ban':
      return 'Bans black-mass exports from EU countries to non-OECD countries';
    case 'parameter': {
      const x = o.parameter;
      const what = `${humanize(x.kind || 'parameter')}${x.material ? ` of ${name(x.material).toLowerCase()}` : ''}${x.chemistry ? ` (${x.chemistry})` : ''}`;
      return `Sets the recycling parameter ${what} to ${x.value}${UNIT_OF_KIND[x.kind] ? ` (${UNIT_OF_KIND[x.kind]})` : ''} instead of the data’s value`;
    }
    case 'other':
      return `An override this app does not know: ${JSON.stringify(o.json)}`;
  }
}

/** The override back in the interchange format (what the API stores). */
export function writeOverride(o: Override): unknown {
  switch (o.kind) {
    case 'facility': {
      const { kind: _kind, ...rest } = o;
      return rest;
    }
    case 'add': {
      const { extra, capacities, ...known } = o.facility;
      return {
        addFacility: {
          ...known,
          ...extra,
          capacities: capacities.map(({ extra: rowExtra, ...row }) => ({ ...row, ...rowExtra })),
        },
      };
    }
    case 'parameter':
      return { parameter: o.parameter };
    case 'cut': {
      const { kind: _kind, ...rest } = o;
      return rest;
    }
    case 'ban':
      return { blackMassExportBan: true };
    case 'other':
      return o.json;
  }
}
