/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import type { Projection } from './projection.js';

/** The scope id meaning "every country". */
export const GLOBAL = 'GLOBAL';
/** The origin id of supply nobody can be named for (unexplained ownership). */
export const UNKNOWN = 'UNKNOWN';

/** Thrown for arguments that name nothing in the data (unknown scope, material, entity …). */
export class AnalyticsInputError extends Error {
  override readonly name = 'AnalyticsInputError';
  constructor(
    message: string,
    readonly code: 'NOT_FOUND' | 'VALIDATION_FAILED' = 'NOT_FOUND',
  ) {
    super(message);
  }
}

/** A scope resolved to a set of countries. */
export interface Scope {
  id: string;
  /** 1 for every country inside the scope. */
  mask: Uint8Array;
  size: number;
  /** How the scope was read, for the assumptions list. */
  description: string;
}

const cache = new WeakMap<Projection, Map<string, Scope>>();

/**
 * Resolves `GLOBAL`, a region id (its member countries) or a country id (that country alone) to a country set.
 * @throws AnalyticsInputError when the id is none of those.
 */
export function resolveScope(p: Projection, id: string): Scope {
  let byId = cache.get(p);
  if (!byId) cache.set(p, (byId = new Map()));
  const hit = byId.get(id);
  if (hit) return hit;
  const mask = new Uint8Array(p.countryIds.length);
  let description: string;
  if (id === GLOBAL) {
    mask.fill(1);
    description = `scope GLOBAL = all ${mask.length} countries`;
  } else if (p.regionMembers.has(id)) {
    for (const c of p.regionMembers.get(id)!) mask[c] = 1;
    description = `scope ${id} = its ${p.regionMembers.get(id)!.length} member countries`;
  } else if (p.countryIndex.has(id)) {
    mask[p.countryIndex.get(id)!] = 1;
    description = `scope ${id} = that country alone`;
  } else {
    throw new AnalyticsInputError(
      `Unknown scope "${id}": use GLOBAL, a region id (${[...p.regionMembers.keys()].join(', ')}) or a country id.`,
    );
  }
  let size = 0;
  for (const m of mask) size += m;
  const scope = { id, mask, size, description };
  byId.set(id, scope);
  return scope;
}

/** The index of a material id. @throws AnalyticsInputError when unknown. */
export function materialOf(p: Projection, id: string): number {
  const m = p.materialIndex.get(id);
  if (m === undefined)
    throw new AnalyticsInputError(`Unknown material "${id}": use one of ${p.materialIds.join(', ')}.`);
  return m;
}

/** The id of an origin index (a country, or UNKNOWN). */
export function originId(p: Projection, origin: number): string {
  return origin === p.unknownOrigin ? UNKNOWN : p.countryIds[origin]!;
}

/** Whether an origin is an unattributed one (XW or UNKNOWN): counted in totals, never top, left out of HHI. */
export function isUnattributed(p: Projection, origin: number): boolean {
  return origin === p.unknownOrigin || origin === p.unattributedCountry;
}
