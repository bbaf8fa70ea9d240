import { countRows, type Dataset, type RowCounts } from '../../dataset/types.js';
import { validateDataset, type DatasetError } from '../../dataset/validate.js';
import type { GraphStore, ImportProgress } from '../../store/graph-store.js';

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

  async import(document: unknown, options: ImportOptions): Promise<ImportResult> {
    const base = options.replace ? undefined : await this.store.snapshot();
    const result = validateDataset(document, { base });
    if (!result.ok) return { ok: false, errors: result.errors, counts: null };
    if (options.dryRun) return { ok: true, errors: [], counts: countRows(result.dataset) };
    const counts = await this.store.importDataset(result.dataset, {
      replace: options.replace,
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    });
    return { ok: true, errors: [], counts };
  }

  async export(): Promise<Dataset> {
    return this.store.snapshot();
  }
}
