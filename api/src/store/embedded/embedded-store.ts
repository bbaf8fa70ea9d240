import { unwatchFile, watchFile, type Stats } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { mergeDatasets } from '../../dataset/merge.js';
import { countRows, type Dataset, type RowCounts } from '../../dataset/types.js';
import { validateDataset } from '../../dataset/validate.js';
import {
  DataChangedError,
  cursor,
  type CompanyFilter,
  type Entity,
  type FacilityFilter,
  type GraphStore,
  type ImportOptions,
  type NextVersion,
  type Page,
  type PageArgs,
  type SearchHit,
  type Subgraph,
  type SubgraphArgs,
} from '../graph-store.js';
import { lockFile, removeStaleTemporaries, writeFileAtomic } from './atomic-file.js';
import { shareRowValues } from './compact-rows.js';
import { MemoryIndex } from './memory-index.js';
import { jsonChunks } from './serialise.js';

/** Name of the data file the embedded store keeps in `DATA_DIR`. */
export const DATA_FILE_NAME = 'dataset.json';

export interface EmbeddedStoreOptions {
  /** The data to start from when `dataDir` holds no data file yet (the bundled data, or `DATASET`). */
  seed: Dataset;
  /** Where edits are kept. Without it the store lives in memory only (tests). */
  dataDir?: string | undefined;
  /**
   * Notice when another process (the CLI, a second server) writes the data file, and serve what it wrote
   * (polled every `watchIntervalMs`, default 1 s). The server watches; the CLI, which exits, does not.
   */
  watch?: boolean;
  watchIntervalMs?: number;
  /** Told when a changed data file could not be read back (the store keeps serving what it had). */
  onReloadError?: (error: Error) => void;
}

export interface EmbeddedStore extends GraphStore {
  readonly kind: 'embedded';
  /** The data file edits are written to, or null when in memory only. */
  readonly dataFile: string | null;
  /** True when the store was opened from an existing data file rather than the seed. */
  readonly openedFromDataFile: boolean;
}

/**
 * Opens the embedded store: from `dataDir/dataset.json` when it exists (edits made earlier), else from the
 * seed. The data file is written atomically on every import, so a crash leaves the previous file intact.
 */
export async function openEmbeddedStore(options: EmbeddedStoreOptions): Promise<EmbeddedStore> {
  if (options.dataDir === undefined) return new Embedded(options.seed, null, false, null);
  await mkdir(options.dataDir, { recursive: true });
  const dataFile = join(options.dataDir, DATA_FILE_NAME);
  // Under the write lock: remove what a killed writer left behind, and read a file no one is half way through.
  const release = await lockFile(dataFile, { purpose: 'opening the store' });
  let read: { dataset: Dataset; stamp: string } | null;
  try {
    await removeStaleTemporaries(dataFile);
    read = await readDataFile(dataFile);
  } finally {
    await release();
  }
  const store = new Embedded(read?.dataset ?? options.seed, dataFile, read !== null, read?.stamp ?? null);
  if (options.watch) store.watch(options.watchIntervalMs ?? 1000, options.onReloadError);
  return store;
}

/** Identifies one version of the data file: every atomic write makes a new inode. */
function stampOf(info: Stats): string {
  return `${info.ino}:${info.size}:${info.mtimeMs}`;
}

async function fileStamp(file: string): Promise<string | null> {
  return stat(file).then(stampOf, (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** Reads and validates the data file; null when there is none. Throws, naming the file, when it is not valid. */
async function readDataFile(dataFile: string): Promise<{ dataset: Dataset; stamp: string } | null> {
  const stamp = await fileStamp(dataFile);
  if (stamp === null) return null;
  const text = await readFile(dataFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (text === null) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(
      `The data file ${dataFile} is not valid JSON (${(error as Error).message}). It was left untouched; ` +
        `restore it from a backup or move it away to start again from the seed.`,
      { cause: error },
    );
  }
  const result = validateDataset(parsed);
  if (!result.ok) {
    const first = result.errors[0];
    throw new Error(
      `The data file ${dataFile} is not a valid dataset (${result.errors.length} errors, first: ` +
        `${first?.path} ${first?.message}). It was left untouched; fix it or move it away.`,
    );
  }
  return { dataset: result.dataset, stamp };
}

class Embedded implements EmbeddedStore {
  readonly kind = 'embedded' as const;
  private index: MemoryIndex;
  private version = 0;
  private readonly instance = randomUUID();
  /** Writes are serialised: each import waits for the one before it. */
  private writing: Promise<unknown> = Promise.resolve();

  private watching = false;
  /** Told of each next data version before it is served (GraphStore.onNextVersion). */
  private readonly preparers = new Set<(next: NextVersion) => Promise<void>>();

  constructor(
    dataset: Dataset,
    readonly dataFile: string | null,
    readonly openedFromDataFile: boolean,
    /** The version of the data file the index holds (null: no file yet). */
    private stamp: string | null,
  ) {
    this.index = indexOf(dataset);
  }

  /** Polls the data file; when another process has replaced it, serves the new data. */
  watch(intervalMs: number, onError: ((error: Error) => void) | undefined): void {
    if (this.dataFile === null || this.watching) return;
    this.watching = true;
    const file = this.dataFile;
    watchFile(file, { interval: intervalMs, persistent: false }, () => {
      this.writing = this.writing.then(() =>
        this.reloadIfChanged().catch((error: unknown) => onError?.(error as Error)),
      );
    });
  }

  /** Reads the data file again when it is not the version held; true when it was reloaded. */
  private async reloadIfChanged(): Promise<boolean> {
    if (this.dataFile === null) return false;
    const stamp = await fileStamp(this.dataFile);
    if (stamp === this.stamp || stamp === null) return false;
    const read = await readDataFile(this.dataFile);
    if (read === null) return false;
    const index = indexOf(read.dataset);
    await this.prepareNext(index.dataset);
    this.index = index;
    this.stamp = read.stamp;
    this.version += 1;
    return true;
  }

  async ping(): Promise<void> {}

  async dataVersion(): Promise<string> {
    return `${this.instance}:${this.version}`;
  }

  async snapshot(): Promise<Dataset> {
    return this.index.dataset;
  }

  onNextVersion(prepare: (next: NextVersion) => Promise<void>): () => void {
    this.preparers.add(prepare);
    return () => this.preparers.delete(prepare);
  }

  /** Awaits every {@link onNextVersion} listener with the version `dataset` is about to be served as. */
  private async prepareNext(dataset: Dataset): Promise<void> {
    const next = { version: `${this.instance}:${this.version + 1}`, dataset };
    await Promise.all([...this.preparers].map((prepare) => prepare(next).catch(() => undefined)));
  }

  async getEntities(ids: readonly string[]): Promise<Map<string, Entity>> {
    const found = new Map<string, Entity>();
    for (const id of ids) {
      const entity = this.index.entities.get(id);
      if (entity) found.set(id, entity);
    }
    return found;
  }

  async listMaterials() {
    return sortById(this.index.dataset.materials);
  }
  async listCountries() {
    return sortById(this.index.dataset.countries);
  }
  async listRegions() {
    return sortById(this.index.dataset.regions);
  }
  async listTargets() {
    return sortById(this.index.dataset.targets);
  }
  async listScenarios() {
    return sortById(this.index.dataset.scenarios);
  }

  async findFacilities(filter: FacilityFilter, page: PageArgs) {
    return paginate(
      this.index.facilities.filter((f) => this.index.matches(f, filter)),
      page,
    );
  }

  async findCompanies(filter: CompanyFilter, page: PageArgs) {
    const needle = filter.text?.toLowerCase();
    return paginate(
      this.index.companies.filter(
        (c) =>
          (!filter.country || filter.country.includes(c.country)) &&
          (needle === undefined || [c.name, c.id, ...(c.aliases ?? [])].some((h) => h.toLowerCase().includes(needle))),
      ),
      page,
    );
  }

  async ownersOf(ids: readonly string[]) {
    return pick(ids, (id) => this.index.ownersOf(id));
  }
  async holdingsOf(ids: readonly string[]) {
    return pick(ids, (id) => this.index.holdingsOf(id));
  }
  async capacitiesOf(ids: readonly string[]) {
    return pick(ids, (id) => this.index.capacitiesOf(id));
  }
  async operatedBy(ids: readonly string[]) {
    return pick(ids, (id) => this.index.operatedBy(id));
  }

  async search(text: string, first: number): Promise<SearchHit[]> {
    return this.index.search(text, first);
  }

  async subgraph(args: SubgraphArgs): Promise<Subgraph> {
    return this.index.subgraph(args);
  }

  /**
   * Writes under the data file's lock, so one process writes at a time. When `expectedVersion` is given and the
   * data is no longer that version — another import finished first, here or in another process (the file is
   * read again first) — nothing is written and {@link DataChangedError} asks the caller to validate again.
   */
  importDataset(dataset: Dataset, options: ImportOptions): Promise<RowCounts> {
    return this.write('importing', options.expectedVersion, options.onStep, (current) => {
      // Only the new rows need to share their values: the rows held share theirs already (a one-row import
      // costs a one-row pass, not a pass over every row).
      shareRowValues(dataset);
      const result = countRows(dataset);
      return options.replace
        ? { next: dataset, result }
        : { next: mergeDatasets(current, dataset), patch: dataset, result };
    });
  }

  deleteScenario(id: string, options: Pick<ImportOptions, 'expectedVersion'>): Promise<boolean> {
    return this.write('deleting a scenario', options.expectedVersion, undefined, (current) => {
      if (!current.scenarios.some((s) => s.id === id)) return { next: null, result: false };
      return { next: { ...current, scenarios: current.scenarios.filter((s) => s.id !== id) }, result: true };
    });
  }

  /**
   * One write: under the data file's lock (after removing what a killed writer left and reading what another
   * process wrote), checks `expectedVersion`, computes the next dataset from the current one (`next: null` writes
   * nothing), persists it atomically, then serves it. When the next dataset is the current one merged with a `patch`,
   * its index is derived from the current one (memory-index.ts) rather than built whole; the data file is
   * serialised in pieces (serialise.ts), so reads keep being answered, on the current version, until the swap.
   */
  private write<T>(
    purpose: string,
    expectedVersion: string | undefined,
    onStep: ImportOptions['onStep'],
    change: (current: Dataset) => { next: Dataset | null; patch?: Dataset; result: T },
  ): Promise<T> {
    const run = this.writing.then(async () => {
      const release = this.dataFile === null ? null : await lockFile(this.dataFile, { purpose });
      try {
        if (this.dataFile !== null) {
          await removeStaleTemporaries(this.dataFile);
          await this.reloadIfChanged();
        }
        if (expectedVersion !== undefined && expectedVersion !== (await this.dataVersion()))
          throw new DataChangedError('the data changed while the document was being validated');
        const { next, patch, result } = change(this.index.dataset);
        if (next === null) return result;
        const index =
          patch === undefined ? new MemoryIndex(next) : new MemoryIndex(next, { previous: this.index, patch });
        await onStep?.('indexed');
        // Persist first: if the write fails, memory still holds what the file holds.
        if (this.dataFile !== null) {
          await writeFileAtomic(this.dataFile, jsonChunks(next as unknown as Record<string, unknown>));
          this.stamp = await fileStamp(this.dataFile);
        }
        await onStep?.('written');
        // The analytics projection of the next version is built (in pieces) while reads still get this one.
        await this.prepareNext(next);
        this.index = index;
        this.version += 1;
        return result;
      } finally {
        await release?.();
      }
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    if (this.watching && this.dataFile !== null) unwatchFile(this.dataFile);
    this.watching = false;
    await this.writing;
  }
}

/** The index of one data version, its rows sharing their repeated values (compact-rows.ts). */
function indexOf(dataset: Dataset): MemoryIndex {
  return new MemoryIndex(shareRowValues(dataset));
}

function sortById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function pick<V>(ids: readonly string[], rowsOf: (id: string) => V[]): Map<string, V[]> {
  return new Map(ids.map((id) => [id, rowsOf(id)]));
}

/** Pages a list already ordered by id: items after the cursor's id, at most `first` of them. */
export function paginate<T extends { id: string }>(rows: readonly T[], page: PageArgs): Page<T> {
  const afterId = page.after === undefined ? undefined : cursor.decode(page.after);
  const start = afterId === undefined ? 0 : rows.findIndex((r) => r.id > afterId);
  const from = start === -1 ? rows.length : start;
  const items = rows.slice(from, from + page.first);
  const last = items[items.length - 1];
  return {
    items,
    totalCount: rows.length,
    hasNextPage: from + items.length < rows.length,
    endCursor: last ? cursor.encode(last.id) : null,
  };
}
