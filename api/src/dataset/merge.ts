import {
  DATASET_KEYS,
  ENTITY_KEYS,
  type CapacityRow,
  type Dataset,
  type DatasetKey,
  type EntityKey,
  type FlowRow,
  type OwnershipRow,
  type ProductionRow,
} from './types.js';

type RowOf<K extends DatasetKey> = Dataset[K][number];

const ENTITY_KEY_SET: ReadonlySet<DatasetKey> = new Set(ENTITY_KEYS);

/** True for the kinds whose rows have their own `id` (as opposed to relationship rows). */
export function isEntityKey(key: DatasetKey): key is EntityKey {
  return ENTITY_KEY_SET.has(key);
}

/**
 * The identity of a row within its kind: the `id` of an entity, the natural key of a relationship row.
 * Importing a row whose key exists replaces the old row (upsert); the Neo4j store MERGEs on the same keys.
 */
export function rowKey<K extends DatasetKey>(key: K, row: RowOf<K>): string {
  switch (key) {
    case 'capacities': {
      const r = row as CapacityRow;
      return `${r.facility}|${r.material}|${r.year}|${r.basis}`;
    }
    case 'ownership': {
      const r = row as OwnershipRow;
      return `${r.owner}|${r.owned}`;
    }
    case 'production': {
      const r = row as ProductionRow;
      return `${r.country}|${r.material}|${r.stage}|${r.year}`;
    }
    case 'flows': {
      const r = row as FlowRow;
      return `${r.from}|${r.to}|${r.material}|${r.stage}|${r.year}`;
    }
    default:
      return (row as { id: string }).id;
  }
}

/**
 * Upserts every row of `patch` into `base` by {@link rowKey}; rows of `base` that `patch` does not name stay.
 * Order: base rows first (replaced in place), then new rows in patch order. Neither input is mutated.
 */
export function mergeDatasets(base: Dataset, patch: Dataset): Dataset {
  const merged = { version: 2 } as Dataset;
  for (const key of DATASET_KEYS) {
    const byKey = new Map<string, RowOf<typeof key>>();
    for (const row of base[key]) byKey.set(rowKey(key, row), row);
    for (const row of patch[key]) byKey.set(rowKey(key, row), row);
    (merged[key] as RowOf<typeof key>[]) = [...byKey.values()];
  }
  return merged;
}
