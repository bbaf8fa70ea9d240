/** The generated resolver map type (from every module's SDL), typed with our request context and row mappers. */
export type { Resolvers } from '../generated/resolvers-types.js';

/** Drops the null fields of a GraphQL input object (GraphQL says null where our types say absent). */
export function withoutNulls<T extends object>(input: T | null | undefined): { [K in keyof T]?: Exclude<T[K], null> } {
  const out: Record<string, unknown> = {};
  if (input)
    for (const [key, value] of Object.entries(input)) if (value !== null && value !== undefined) out[key] = value;
  return out as { [K in keyof T]?: Exclude<T[K], null> };
}
