import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { mergeDatasets } from '../../dataset/merge.js';
import { countRows, type Dataset, type RowCounts } from '../../dataset/types.js';
import { validateDataset } from '../../dataset/validate.js';
import {
  cursor,
  type CompanyFilter,
  type Entity,
  type FacilityFilter,
  type GraphStore,
  type Page,
  type PageArgs,
  type SearchHit,
  type Subgraph,
  type SubgraphArgs,
} from '../graph-store.js';
import { writeFileAtomic } from './atomic-file.js';
import { MemoryIndex } from './memory-index.js';

/** Name of the data file the embedded store keeps in `DATA_DIR`. */
export const DATA_FILE_NAME = 'dataset.json';

export interface EmbeddedStoreOptions {
  /** The data to start from when `dataDir` holds no data file yet (the bundled data, or `DATASET`). */
  seed: Dataset;
  /** Where edits are kept. Without it the store lives in memory only (tests). */
  dataDir?: string | undefined;
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
  let dataFile: string | null = null;
  let dataset = options.seed;
  let openedFromDataFile = false;
  if (options.dataDir !== undefined) {
    await mkdir(options.dataDir, { recursive: true });
    dataFile = join(options.dataDir, DATA_FILE_NAME);
    const text = await readFile(dataFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (text !== null) {
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
      dataset = result.dataset;
      openedFromDataFile = true;
    }
  }
  return new Embedded(dataset, dataFile, openedFromDataFile);
}

class Embedded implements EmbeddedStore {
  readonly kind = 'embedded' as const;
  private index: MemoryIndex;
  private version = 0;
  private readonly instance = randomUUID();
  /** Writes are serialised: each import waits for the one before it. */
  private writing: Promise<unknown> = Promise.resolve();

  constructor(
    dataset: Dataset,
    readonly dataFile: string | null,
    readonly openedFromDataFile: boolean,
  ) {
    this.index = new MemoryIndex(dataset);
  }

  async ping(): Promise<void> {}

  async dataVersion(): Promise<string> {
    return `${this.instance}:${this.version}`;
  }

  async snapshot(): Promise<Dataset> {
    return this.index.dataset;
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
    return pick(this.index.ownersOf, ids);
  }
  async holdingsOf(ids: readonly string[]) {
    return pick(this.index.holdingsOf, ids);
  }
  async capacitiesOf(ids: readonly string[]) {
    return pick(this.index.capacitiesOf, ids);
  }
  async operatedBy(ids: readonly string[]) {
    return pick(this.index.operatedBy, ids);
  }

  async search(text: string, first: number): Promise<SearchHit[]> {
    return this.index.search(text, first);
  }

  async subgraph(args: SubgraphArgs): Promise<Subgraph> {
    return this.index.subgraph(args);
  }

  importDataset(dataset: Dataset, options: { replace: boolean }): Promise<RowCounts> {
    const run = this.writing.then(async () => {
      const next = options.replace ? dataset : mergeDatasets(this.index.dataset, dataset);
      const index = new MemoryIndex(next);
      // Persist first: if the write fails, memory still holds what the file holds.
      if (this.dataFile !== null) await writeFileAtomic(this.dataFile, `${JSON.stringify(next, null, 1)}\n`);
      this.index = index;
      this.version += 1;
      return countRows(dataset);
    });
    this.writing = run.catch(() => undefined);
    return run;
  }

  async close(): Promise<void> {
    await this.writing;
  }
}

function sortById<T extends { id: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function pick<V>(map: ReadonlyMap<string, V[]>, ids: readonly string[]): Map<string, V[]> {
  return new Map(ids.map((id) => [id, map.get(id) ?? []]));
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
