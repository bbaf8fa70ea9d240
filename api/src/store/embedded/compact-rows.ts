import { DATASET_KEYS, type Dataset } from '../../dataset/types.js';

/**
 * Makes the rows of a dataset share their repeated values, in place: every string becomes one instance per
 * distinct value (a facility's id and the `facility` of its capacity rows, units, stages, dates), and every array
 * of strings (`sources`, `regions`, `aliases`) one frozen instance per distinct list. `JSON.parse` gives each
 * occurrence its own copy; at 100k facilities the parsed rows take ~310 MB of heap and ~100 MB after this pass
 * (measured by `npm run bench`, docs/performance.md). Values are unchanged (equal strings, equal lists), so
 * every reader sees the same data; a shared list is frozen so that no one can change one row's list through
 * another's.
 *
 * @returns the same dataset object.
 */
export function shareRowValues(dataset: Dataset): Dataset {
  const strings = new Map<string, string>();
  const lists = new Map<string, readonly string[]>();
  const str = (value: string): string => {
    const held = strings.get(value);
    if (held !== undefined) return held;
    strings.set(value, value);
    return value;
  };
  const visit = (record: Record<string, unknown>, depth: number): void => {
    for (const field of Object.keys(record)) {
      const value = record[field];
      if (typeof value === 'string') record[field] = str(value);
      else if (Array.isArray(value)) {
        if (isStringList(value)) {
          // The length ends the key, so ['a\u0000b'] and ['a', 'b'] stay apart.
          const key = `${value.join('\u0000')}\u0000${value.length}`;
          let held = lists.get(key);
          if (held === undefined) lists.set(key, (held = Object.freeze(value.map(str))));
          record[field] = held;
        } else if (depth < MAX_DEPTH)
          for (const item of value as readonly unknown[]) if (isRecord(item)) visit(item, depth + 1);
      } else if (isRecord(value) && depth < MAX_DEPTH) visit(value, depth + 1);
    }
  };
  for (const key of DATASET_KEYS)
    for (const row of (dataset[key] ?? []) as readonly unknown[]) if (isRecord(row)) visit(row, 0);
  return dataset;
}

/** Validated documents nest far less deeply (api/src/dataset/limits.ts); this only bounds the walk. */
const MAX_DEPTH = 32;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(list: readonly unknown[]): list is readonly string[] {
  for (const item of list) if (typeof item !== 'string') return false;
  return true;
}
