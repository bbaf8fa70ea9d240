import { countRows, type Dataset, type RowCounts } from '../../dataset/types.js';
import { validateDataset, type DatasetError } from '../../dataset/validate.js';
import { DataChangedError, type GraphStore, type ImportProgress, type ImportStep } from '../../store/graph-store.js';

/** How often an import validates again because another import committed first, before it gives up. */
const MAX_ATTEMPTS = 5;

/**
 * One import at a time per store in this process (validation included), whatever the store; every store also
 * checks the data version inside its write (embedded: under the file lock; Neo4j: inside the write transaction),
 * which covers writers in other processes.
 */
const importQueues = new WeakMap<GraphStore, Promise<unknown>>();

function serialised<T>(store: GraphStore, work: () => Promise<T>): Promise<T> {
  const run = (importQueues.get(store) ?? Promise.resolve()).then(work);
  importQueues.set(
    store,
    run.catch(() => undefined),
  );
  return run;
}

/** What an import or a validation returns: errors as data, so a user can fix every row at once. */
export interface ImportResult {
  ok: boolean;
  errors: DatasetError[];
  /** Rows per kind in the document (on success) — what was written, or would be. */
  counts: RowCounts | null;
}

export interface ImportOptions {
  replace: boolean;
  /** Validate only; write nothing. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Awaited at each step of the import (GraphStore's `ImportOptions.onStep`). */
  onStep?: (step: ImportStep) => Promise<void> | void;
}

/**
 * Import, validation and export of whole datasets; used by the GraphQL mutation and by the CLI alike.
 * A document with any error writes nothing.
 */
export class DatasetsService {
  constructor(private readonly store: GraphStore) {}

  /** Validates `document` as it would be imported: against the current data unless `replace`. */
  async validate(document: unknown, replace: boolean): Promise<ImportResult> {
    const base = replace ? undefined : await this.store.snapshot();
    const result = validateDataset(document, { base });
    return result.ok
      ? { ok: true, errors: [], counts: countRows(result.dataset) }
      : { ok: false, errors: result.errors, counts: null };
  }

  /**
   * Validates against the current data and commits only if the data is still that version; when another import
   * (in this process or another) committed in between, validates again against what it wrote. So two
   * overlapping imports can never both pass against the data as it was before the other.
   */
  import(document: unknown, options: ImportOptions): Promise<ImportResult> {
    return serialised(this.store, () => this.importNow(document, options));
  }

  private async importNow(document: unknown, options: ImportOptions): Promise<ImportResult> {
    for (let attempt = 1; ; attempt++) {
      const version = await this.store.dataVersion();
      const base = options.replace ? undefined : await this.store.snapshot();
      const result = validateDataset(document, { base });
      if (!result.ok) return { ok: false, errors: result.errors, counts: null };
      if (options.dryRun) return { ok: true, errors: [], counts: countRows(result.dataset) };
      await options.onStep?.('validated');
      try {
        const counts = await this.store.importDataset(result.dataset, {
          replace: options.replace,
          expectedVersion: version,
          ...(options.onProgress ? { onProgress: options.onProgress } : {}),
          ...(options.onStep ? { onStep: options.onStep } : {}),
        });
        return { ok: true, errors: [], counts };
      } catch (error) {
        if (!(error instanceof DataChangedError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  async export(): Promise<Dataset> {
    return this.store.snapshot();
  }
}
