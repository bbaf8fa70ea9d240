import { MODEL, inVersion, type Field, type FieldType, type Fields, type ModelKey, type ObjectType } from './model.js';

/**
 * The JSON Schema (draft-07) of a dataset document of one format version, generated from the row model
 * (`model.ts`). The validator compiles these; the committed `dataset.schema.json` (version 2, the published schema)
 * and `dataset-v1.schema.json` are the same objects written out (`npm run schema`; a test checks they are current).
 */
export function datasetJsonSchema(version: 1 | 2): Record<string, unknown> {
  const generator = new Generator(version);
  const properties: Record<string, unknown> = { version: { const: version } };
  for (const key of Object.keys(MODEL) as ModelKey[]) {
    const kind = MODEL[key];
    if (!inVersion(kind, version)) continue;
    properties[key] = { type: 'array', items: generator.object(kind.fields) };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://github.com/battery-raw-materials-graph/${SCHEMA_FILE[version]}`,
    title: TITLE[version],
    description: DESCRIPTION[version],
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    definitions: generator.definitions(),
    properties,
  };
}

/** The file each version's schema is committed as, in `api/src/dataset/`. */
export const SCHEMA_FILE = { 1: 'dataset-v1.schema.json', 2: 'dataset.schema.json' } as const;

/** The pattern of designation kinds, for the validator's message. */
export const UPPER_SNAKE_PATTERN = '^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$';

const TITLE = {
  1: 'Battery raw-materials dataset (interchange format, version 1: read and upgraded to version 2, never written)',
  2: 'Battery raw-materials dataset (interchange format, version 2)',
} as const;

const DESCRIPTION = {
  1: 'See docs/data-format.md. Cross-row rules (unique ids, references, ownership sums, units) are checked by the validator after this schema.',
  2: 'See docs/data-format.md. Version-1 documents are still read (dataset-v1.schema.json) and upgraded on read. Cross-row rules (unique ids, references, ownership sums, units, status histories) are checked by the validator after this schema.',
} as const;

/** Shared scalar shapes, referenced as `#/definitions/<name>`, in the order they are written. */
const SCALAR_DEFINITIONS: Readonly<Record<string, Record<string, unknown>>> = {
  id: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9][A-Za-z0-9._:-]*$' },
  year: { type: 'integer', minimum: 1950, maximum: 2100 },
  date: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
  sourceRefs: { type: 'array', minItems: 1, items: { $ref: '#/definitions/id' } },
  share: { type: 'number', exclusiveMinimum: 0, maximum: 1 },
  fraction: { type: 'number', minimum: 0, maximum: 1 },
  upperSnake: { type: 'string', pattern: UPPER_SNAKE_PATTERN },
};

class Generator {
  private readonly used = new Set<string>();
  private readonly objects = new Map<string, Record<string, unknown>>();

  constructor(private readonly version: number) {}

  definitions(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [name, schema] of Object.entries(SCALAR_DEFINITIONS)) if (this.used.has(name)) out[name] = schema;
    for (const [name, schema] of this.objects) out[name] = schema;
    return out;
  }

  private ref(name: string): Record<string, unknown> {
    this.used.add(name);
    if (name === 'sourceRefs') this.used.add('id');
    return { $ref: `#/definitions/${name}` };
  }

  object(fields: Fields): Record<string, unknown> {
    const entries = Object.entries(fields).filter(([, field]) => inVersion(field, this.version));
    const required = entries.filter(([, field]) => field.optional !== true).map(([name]) => name);
    const properties: Record<string, unknown> = {};
    for (const [name, field] of entries) properties[name] = this.field(field);
    return {
      type: 'object',
      additionalProperties: false,
      ...(required.length > 0 ? { required } : {}),
      properties,
    };
  }

  private objectType(type: ObjectType): Record<string, unknown> {
    if (type.definition === undefined) return this.object(type.fields);
    if (!this.objects.has(type.definition)) this.objects.set(type.definition, this.object(type.fields));
    return { $ref: `#/definitions/${type.definition}` };
  }

  field(field: Field | FieldType): Record<string, unknown> {
    switch (field.type) {
      case 'id':
      case 'date':
      case 'year':
      case 'share':
      case 'fraction':
      case 'upperSnake':
        return this.ref(field.type);
      case 'sources':
        return this.ref('sourceRefs');
      case 'countryId':
        return { type: 'string', pattern: '^[A-Z]{2}$' };
      case 'text':
        return { type: 'string', minLength: 1 };
      case 'string':
        return { type: 'string' };
      case 'url':
        return { type: 'string', pattern: '^https?://' };
      case 'number':
        return {
          type: 'number',
          ...(field.minimum !== undefined ? { minimum: field.minimum } : {}),
          ...(field.maximum !== undefined ? { maximum: field.maximum } : {}),
        };
      case 'boolean':
        return { type: 'boolean' };
      case 'enum':
        return { enum: [...field.values] };
      case 'const':
        return { const: field.value };
      case 'list':
        return {
          type: 'array',
          ...(field.minItems !== undefined ? { minItems: field.minItems } : {}),
          items: this.field(field.items),
        };
      case 'object':
        return this.objectType(field);
      case 'anyOf':
        return { anyOf: field.variants.map((variant) => this.objectType(variant)) };
    }
  }
}
