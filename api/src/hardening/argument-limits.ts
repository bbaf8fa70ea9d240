import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  defaultFieldResolver,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { userError } from '../errors.js';

/** Bounds on argument values; a JSON argument (a dataset document) is bounded by the dataset guard instead. */
export const ARGUMENT_LIMITS = {
  /** Characters in a String or ID argument (ids and names in the data are at most 200). */
  maxStringLength: 200,
  /** Items in a list argument. */
  maxListLength: 1000,
  /** Magnitude of a Float argument. */
  maxFloat: 1e12,
} as const;

/**
 * Wraps every resolver that takes arguments so that each String/ID value (also inside input objects and lists)
 * is at most {@link ARGUMENT_LIMITS.maxStringLength} characters, each list at most `maxListLength` items and
 * each Float finite and within ±`maxFloat`; otherwise the field fails with `VALIDATION_FAILED` naming the
 * argument, before any work is done.
 */
export function limitArguments(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field) => {
      if (!field.args || Object.keys(field.args).length === 0) return field;
      const types = Object.entries(field.args).map(([name, a]) => [name, a.type] as const);
      const resolve = field.resolve ?? defaultFieldResolver;
      return {
        ...field,
        resolve(source, args: Record<string, unknown>, context, info) {
          for (const [name, type] of types) checkValue(args[name], type, name);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

function checkValue(value: unknown, type: GraphQLInputType, path: string): void {
  if (value === null || value === undefined) return;
  const t = getNullableType(type);
  if (isListType(t)) {
    const list = value as unknown[];
    if (list.length > ARGUMENT_LIMITS.maxListLength)
      throw userError(
        'VALIDATION_FAILED',
        `"${path}" has ${list.length} items; at most ${ARGUMENT_LIMITS.maxListLength} are allowed.`,
        { argument: path },
      );
    list.forEach((item, i) => checkValue(item, t.ofType as GraphQLInputType, `${path}[${i}]`));
    return;
  }
  if (isInputObjectType(t)) {
    const fields = t.getFields();
    for (const [name, f] of Object.entries(fields))
      checkValue((value as Record<string, unknown>)[name], f.type, `${path}.${name}`);
    return;
  }
  if (isEnumType(t) || !isScalarType(t)) return;
  if ((t.name === 'String' || t.name === 'ID') && typeof value === 'string') {
    if (value.length > ARGUMENT_LIMITS.maxStringLength)
      throw userError(
        'VALIDATION_FAILED',
        `"${path}" is ${value.length} characters long; at most ${ARGUMENT_LIMITS.maxStringLength} are allowed.`,
        { argument: path },
      );
    return;
  }
  if (t.name === 'Float' && typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > ARGUMENT_LIMITS.maxFloat)
      throw userError(
        'VALIDATION_FAILED',
        `"${path}" must be a finite number within ±${ARGUMENT_LIMITS.maxFloat}; got ${value}.`,
        { argument: path },
      );
  }
}
