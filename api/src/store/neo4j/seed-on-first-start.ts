import { resolve } from 'node:path';
import { readDatasetPath } from '../../dataset/read.js';
import { validateDataset } from '../../dataset/validate.js';
import { parseEnv } from '../../env.js';
import { StoreUnavailableError } from '../graph-store.js';
import { createNeo4jStore, type Neo4jStore } from './neo4j-store.js';

/** The `origin` the first-start load writes into the Meta node. */
export const BUNDLED_ORIGIN = 'bundled';

/**
 * Whether the first-start load should run: nothing was ever imported into this database (an interrupted load,
 * being one transaction, left nothing), or an older version of the store was interrupted during its first-start
 * load (it is re-run; rows are merged, nothing is duplicated). Data a user loaded is never overwritten.
 */
export function needsSeed(state: { version: number; complete: boolean; origin: string | null }): boolean {
  return state.version === 0 || (!state.complete && state.origin === BUNDLED_ORIGIN);
}

async function waitForNeo4j(store: Neo4jStore, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    try {
      await store.ping();
      return;
    } catch (error) {
      if (!(error instanceof StoreUnavailableError) || Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
}

/**
 * `docker compose` start-up step: loads the bundled data (or `DATASET`) into Neo4j the first time the API starts
 * on an empty database, with progress; does nothing on later starts. Exit code 0 when the data is there, 1 when
 * it could not be loaded (compose restarts the service).
 */
async function main(): Promise<number> {
  const env = parseEnv();
  if (!env.neo4j) {
    console.log('seed: NEO4J_URI is not set; the embedded store seeds itself. Nothing to do.');
    return 0;
  }
  const store = await createNeo4jStore(env.neo4j);
  try {
    await waitForNeo4j(store, 120);
    const state = await store.importState();
    if (!needsSeed(state)) {
      console.log(`seed: ${env.neo4j.uri} already holds data (version ${state.version}); not loading anything.`);
      return 0;
    }
    const source = await readDatasetPath(env.datasetPath);
    const result = validateDataset(source.document);
    if (!result.ok) {
      console.error(
        `seed: ${env.datasetPath} is not a valid dataset (${result.errors.length} errors); ` +
          `run \`npm run data -- validate ${env.datasetPath}\` for the list.`,
      );
      return 1;
    }
    console.log(`seed: loading ${env.datasetPath} into ${env.neo4j.uri} (first start)`);
    const started = Date.now();
    let lastKey = '';
    await store.importDataset(result.dataset, {
      replace: false,
      origin: BUNDLED_ORIGIN,
      onProgress: (p) => {
        if (p.done < p.total && p.key === lastKey) return;
        lastKey = p.key;
        const seconds = Math.max((Date.now() - started) / 1000, 0.001);
        console.log(`  ${p.key}: ${p.done}/${p.total} rows (${Math.round(p.done / seconds)} rows/s overall)`);
      },
    });
    console.log(`seed: done in ${Date.now() - started} ms`);
    return 0;
  } catch (error) {
    console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await store.close();
  }
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]).endsWith('seed-on-first-start.ts');
if (isMain) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
