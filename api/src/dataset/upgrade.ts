import { MODEL, type Fields, type ModelKey } from './model.js';
import type { CapacityBasis } from './types.js';

/**
 * Reading documents of older format versions. A version-1 document becomes a version-2 document row by row, with
 * the same paths (so errors found after the upgrade point at the rows as written):
 * - a capacity row's `kind` becomes `basis`: `PLANNED` → `ANNOUNCED`, `INSTALLED` or no kind → `INSTALLED`;
 * - everything else is unchanged (version 1 has no status histories, designations, `asOf` or gaps).
 *
 * The input must already have passed the version-1 schema (`dataset-v1.schema.json`); the input is not mutated.
 */
export function upgradeV1(document: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const upgraded: Record<string, unknown> = { ...document, version: 2 };
  const capacities = document['capacities'];
  if (Array.isArray(capacities)) upgraded['capacities'] = capacities.map(upgradeCapacityV1);
  return upgraded;
}

/** The basis a version-1 capacity `kind` reads as. */
export function basisOfV1Kind(kind: unknown): CapacityBasis {
  return kind === 'PLANNED' ? 'ANNOUNCED' : 'INSTALLED';
}

/** The row with `basis` in place of `kind` (right after `unit`, where version 2 documents have it). */
function upgradeCapacityV1(row: unknown): unknown {
  if (row === null || typeof row !== 'object') return row;
  const { kind, ...rest } = row as Record<string, unknown>;
  const upgraded: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(rest)) {
    upgraded[field] = value;
    if (field === 'unit') upgraded['basis'] = basisOfV1Kind(kind);
  }
  upgraded['basis'] ??= basisOfV1Kind(kind);
  return upgraded;
}

/** Fields and keys that only version 2 has: a version-1 document that uses one is told to declare version 2. */
export const SINCE_V2: ReadonlySet<string> = new Set(
  (Object.keys(MODEL) as ModelKey[]).flatMap((key) => [
    ...('since' in MODEL[key] ? [key] : []),
    ...Object.entries(MODEL[key].fields as Fields)
      .filter(([, field]) => field.since === 2)
      .map(([name]) => name),
  ]),
);
