import { readFileSync } from 'node:fs';
import { isEnumType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, datasetJsonSchema } from '../../../api/src/dataset/json-schema.js';
import {
  CAPACITY_BASES,
  FACILITY_STATUSES,
  FACILITY_TYPES,
  MODEL,
  STAGES,
  TARGET_KINDS,
  fieldsOf,
  type FieldType,
  type Fields,
  type ModelKey,
} from '../../../api/src/dataset/model.js';
import { DATASET_KEYS, ENTITY_KEYS } from '../../../api/src/dataset/types.js';
import { buildSchema } from '../../../api/src/modules/index.js';
import { UPSERT } from '../../../api/src/store/neo4j/cypher.js';
import {
  GAP_PROPERTIES,
  NODE_PROPERTIES,
  PARAMETER_PROPERTIES,
  RELATIONSHIP_PROPERTIES,
} from '../../../api/src/store/neo4j/model.js';
import { KIND_OF_KEY } from '../../../api/src/store/graph-store.js';

/**
 * The row model (api/src/dataset/model.ts) is the one definition of the dataset's kinds and fields. What is derived
 * from it cannot drift; what is still written by hand elsewhere (the SDL, the Neo4j property lists and Cypher, the
 * docs) is checked against it here, so a field added to the model and forgotten in one of those places fails.
 */

const DATASET_FOLDER = new URL('../../../api/src/dataset/', import.meta.url);

const names = (key: ModelKey) => fieldsOf(key).map(([name]) => name);
const sorted = (list: readonly string[]) => [...list].sort();

describe('the row model', () => {
  it('is what the committed JSON Schemas say (run `npm run schema` after changing the model)', () => {
    for (const version of [1, 2] as const) {
      const committed = JSON.parse(readFileSync(new URL(SCHEMA_FILE[version], DATASET_FOLDER), 'utf8')) as unknown;
      expect(committed, `${SCHEMA_FILE[version]} is out of date: run npm run schema`).toEqual(
        datasetJsonSchema(version),
      );
    }
  });

  it('orders the dataset keys and names the entity keys', () => {
    expect(DATASET_KEYS).toEqual(Object.keys(MODEL));
    expect(DATASET_KEYS.at(-1)).toBe('parameters');
    expect(ENTITY_KEYS).toEqual([
      'sources',
      'regions',
      'countries',
      'materials',
      'companies',
      'facilities',
      'targets',
      'scenarios',
      'gaps',
      'parameters',
    ]);
  });

  it("says what every id-valued field refers to (so the validator checks it), except the rows' own ids", () => {
    const unchecked: string[] = [];
    const walk = (fields: Fields, path: string) => {
      for (const [name, field] of Object.entries(fields)) visit(field, `${path}.${name}`, name);
    };
    const visit = (field: FieldType, path: string, name: string) => {
      if (field.type === 'id' && !('ref' in field) && name !== 'id') unchecked.push(path);
      if (field.type === 'list') visit(field.items, `${path}[]`, name);
      if (field.type === 'object') walk(field.fields, path);
      if (field.type === 'anyOf') field.variants.forEach((v, i) => walk(v.fields, `${path}|${i}`));
    };
    for (const key of DATASET_KEYS) walk(MODEL[key].fields, key);
    expect(unchecked).toEqual([]);
  });

  it('keeps version-1-only fields out of version 2 and version-2 fields out of version 1', () => {
    expect(names('capacities')).toContain('basis');
    expect(names('capacities')).not.toContain('kind');
    expect(fieldsOf('capacities', 1).map(([n]) => n)).toContain('kind');
    expect(fieldsOf('capacities', 1).map(([n]) => n)).not.toContain('basis');
    expect(fieldsOf('facilities', 1).map(([n]) => n)).not.toContain('statusHistory');
  });
});

describe('the Neo4j model agrees with the row model', () => {
  /** Row fields the Neo4j store keeps as relationships instead of properties (see NODE_PROPERTIES in model.ts). */
  const AS_RELATIONSHIP: Partial<Record<ModelKey, readonly string[]>> = {
    countries: ['regions'],
    companies: ['country'],
    facilities: ['country', 'operator'],
  };
  /** Row fields that are a relationship's end nodes (production keeps `material` as a property too). */
  const ENDPOINTS = {
    capacities: ['facility', 'material'],
    ownership: ['owner', 'owned'],
    production: ['country'],
    flows: ['from', 'to'],
  } as const;

  it('stores every field of every entity kind as a property or a relationship', () => {
    for (const key of Object.keys(KIND_OF_KEY) as (keyof typeof KIND_OF_KEY)[]) {
      const expected = names(key).filter((n) => !(AS_RELATIONSHIP[key] ?? []).includes(n));
      expect(sorted(NODE_PROPERTIES[KIND_OF_KEY[key]]), `NODE_PROPERTIES.${KIND_OF_KEY[key]}`).toEqual(
        sorted(expected),
      );
    }
    expect(sorted(GAP_PROPERTIES), 'GAP_PROPERTIES').toEqual(sorted(names('gaps')));
    expect(sorted(PARAMETER_PROPERTIES), 'PARAMETER_PROPERTIES').toEqual(sorted(names('parameters')));
  });

  it('stores every field of every relationship row on the relationship', () => {
    for (const [key, endpoints] of Object.entries(ENDPOINTS) as [keyof typeof ENDPOINTS, readonly string[]][]) {
      const expected = names(key).filter((n) => !endpoints.includes(n));
      expect(sorted(RELATIONSHIP_PROPERTIES[key]), `RELATIONSHIP_PROPERTIES.${key}`).toEqual(sorted(expected));
    }
  });

  it('MERGEs every key on its natural key', () => {
    for (const key of DATASET_KEYS) {
      const statement: string = UPSERT[key];
      expect(statement, `UPSERT.${key}`).toBeTruthy();
      const natural = MODEL[key].key;
      if (natural.length === 1) {
        expect(statement, `UPSERT.${key} merges on id`).toMatch(/MERGE \(n:\w+ \{id: row\.id\}\)/);
        continue;
      }
      // Relationship rows: the MERGE pattern's properties are the natural key beyond the two end nodes.
      const pattern = /MERGE \(\w+\)-\[r:\w+(?: \{([^}]*)\})?\]->\(\w+\)/.exec(statement);
      expect(pattern, `UPSERT.${key} has a relationship MERGE`).not.toBeNull();
      const merged = (pattern?.[1] ?? '')
        .split(',')
        .map((part) => part.split(':')[0]!.trim())
        .filter((p) => p !== '');
      expect(merged, `UPSERT.${key} MERGE keys`).toEqual(natural.slice(2));
    }
  });
});

describe('the GraphQL SDL exposes the row model', () => {
  const schema = buildSchema();

  /**
   * GraphQL object type of each row (or nested row) and the row fields it leaves out on purpose. Production and
   * flows rows have no GraphQL type: they reach the API only through the analytics.
   */
  const TYPES: { type: string; fields: Fields; omitted?: readonly string[]; optionalType?: true }[] = [
    { type: 'Source', fields: MODEL.sources.fields },
    { type: 'Region', fields: MODEL.regions.fields },
    { type: 'Country', fields: MODEL.countries.fields },
    { type: 'Material', fields: MODEL.materials.fields },
    { type: 'Company', fields: MODEL.companies.fields },
    { type: 'Facility', fields: MODEL.facilities.fields },
    { type: 'StatusChange', fields: MODEL.facilities.fields.statusHistory.items.fields },
    { type: 'Designation', fields: MODEL.facilities.fields.designations.items.fields },
    // A capacity is asked for through its facility.
    { type: 'Capacity', fields: MODEL.capacities.fields, omitted: ['facility'] },
    { type: 'Holding', fields: MODEL.ownership.fields },
    { type: 'Target', fields: MODEL.targets.fields },
    { type: 'Scenario', fields: MODEL.scenarios.fields },
    // Added with the dataGaps query (analytics); checked once it exists.
    { type: 'DataGap', fields: MODEL.gaps.fields, optionalType: true },
    // A parameter row is asked for through the recycling figures that use it.
    { type: 'RecyclingParameter', fields: MODEL.parameters.fields },
  ];

  it.each(TYPES)('$type has a field for every row field', ({ type, fields, omitted = [], optionalType }) => {
    const graphqlType = schema.getType(type);
    if (graphqlType === undefined && optionalType) return;
    expect(isObjectType(graphqlType), `${type} is an object type`).toBe(true);
    if (!isObjectType(graphqlType)) return;
    const sdl = Object.keys(graphqlType.getFields());
    const missing = Object.entries(fields)
      .filter(([name, field]) => field.until === undefined && !omitted.includes(name) && !sdl.includes(name))
      .map(([name]) => name);
    expect(missing, `fields of ${type} missing from the SDL`).toEqual([]);
  });
});

describe('the GraphQL enums are the row model enumerations', () => {
  const schema = buildSchema();
  const ENUMS: [string, readonly string[]][] = [
    ['Stage', STAGES],
    ['FacilityType', FACILITY_TYPES],
    ['FacilityStatus', FACILITY_STATUSES],
    ['TargetKind', TARGET_KINDS],
    ['CapacityBasis', CAPACITY_BASES],
  ];

  it.each(ENUMS)('%s', (name, values) => {
    const type = schema.getType(name);
    expect(isEnumType(type), `${name} is an enum`).toBe(true);
    if (isEnumType(type)) expect(type.getValues().map((v) => v.name)).toEqual([...values]);
  });
});

describe('docs/data-format.md describes the row model', () => {
  const docs = readFileSync(new URL('../../../docs/data-format.md', import.meta.url), 'utf8');

  it.each(DATASET_KEYS.map((key) => ({ key })))('names every field of $key in its table row', ({ key }) => {
    const row = docs.split('\n').find((line) => line.startsWith(`| \`${key}\` |`));
    expect(row, `a table row for ${key}`).toBeDefined();
    const missing = names(key).filter((n) => n !== 'notes' && !new RegExp(`\\b${n}\\b`).test(row ?? ''));
    expect(missing, `fields of ${key} missing from its row in docs/data-format.md`).toEqual([]);
  });

  it('lists every value of every enumeration', () => {
    const values = [...STAGES, ...FACILITY_TYPES, ...FACILITY_STATUSES, ...TARGET_KINDS, ...CAPACITY_BASES];
    expect(values.filter((v) => !docs.includes(`\`${v}\``))).toEqual([]);
  });
});
