import { MODEL } from './model.js';
import { DATASET_KEYS, ENTITY_KEYS, type Dataset, type DatasetKey, type EntityKey } from './types.js';

type RowOf<K extends DatasetKey> = Dataset[K][number];

const ENTITY_KEY_SET: ReadonlySet<DatasetKey> = new Set(ENTITY_KEYS);

/** True for the kinds whose rows have their own `id` (as opposed to relationship rows). */
export function isEntityKey(key: DatasetKey): key is EntityKey {
  return ENTITY_KEY_SET.has(key);
}

/**
 * The identity of a row within its kind: the `id` of an entity, the natural key of a relationship row (the
 * `key` fields of the row model, `|`-joined). Importing a row whose key exists replaces the old row (upsert); the
 * Neo4j store MERGEs on the same keys.
 */
export function rowKey<K extends DatasetKey>(key: K, row: RowOf<K>): string {
  const fields = MODEL[key].key;
  const record = row as unknown as Record<string, unknown>;
  return fields.map((field) => String(record[field])).join('|');
}

/**
 * The part of a relationship row's natural key beyond its two endpoints, as the suffix of its graph edge id
 * (`:2024:INSTALLED` for a capacity, `:REFINING:2024` for production, `:lithium:REFINING:2024` for a flow).
 */
export function edgeKeySuffix(key: DatasetKey, row: object): string {
  const record = row as Record<string, unknown>;
  return MODEL[key].key
    .slice(2)
    .map((field) => `:${String(record[field])}`)
    .join('');
}

/**
 * Upserts every row of `patch` into `base` by {@link rowKey}; rows of `base` that `patch` does not name stay.
 * Order: base rows first (replaced in place), then new rows in patch order. Neither input is mutated.
 * A kind the patch has no rows of is copied as it is (its keys are unique already: `base` is a validated
 * dataset), so a one-row import keys one kind, not all 1.1 M rows of a 100k-facility dataset.
 */
export function mergeDatasets(base: Dataset, patch: Dataset): Dataset {
  const merged = { version: 2 } as Dataset;
  for (const key of DATASET_KEYS) {
    if (patch[key].length === 0) {
      (merged[key] as RowOf<typeof key>[]) = [...base[key]];
      continue;
    }
    const byKey = new Map<string, RowOf<typeof key>>();
    for (const row of base[key]) byKey.set(rowKey(key, row), row);
    for (const row of patch[key]) byKey.set(rowKey(key, row), row);
    (merged[key] as RowOf<typeof key>[]) = [...byKey.values()];
  }
  return merged;
}
