import { DatasetReadError, readDatasetPath } from '../dataset/read.js';
import { validateDataset } from '../dataset/validate.js';
import type { Dataset } from '../dataset/types.js';
import type { Env } from '../env.js';
import type { GraphStore } from './graph-store.js';
import { openEmbeddedStore } from './embedded/embedded-store.js';

/**
 * Reads and validates a dataset from disk; throws one error listing every problem (with file locations) when
 * it is not valid.
 */
export async function loadDatasetFile(path: string): Promise<Dataset> {
  const source = await readDatasetPath(path);
  const result = validateDataset(source.document);
  if (result.ok) return result.dataset;
  const lines = result.errors.slice(0, 20).map((e) => `  ${source.locate(e.path)}: ${e.message} (value: ${e.value})`);
  const more = result.errors.length > 20 ? `\n  … and ${result.errors.length - 20} more` : '';
  throw new DatasetReadError(
    `${path} is not a valid dataset (${result.errors.length} errors):\n${lines.join('\n')}${more}`,
  );
}

/**
 * The store the configuration asks for: Neo4j when `NEO4J_URI` is set, else the embedded store (`watch`: serve
 * what another process writes to its data file, for the server).
 */
export async function createStore(
  env: Env,
  options: { watch?: boolean; onReloadError?: (error: Error) => void } = {},
): Promise<GraphStore> {
  if (env.neo4j) {
    const { createNeo4jStore } = await import('./neo4j/neo4j-store.js');
    return createNeo4jStore(env.neo4j);
  }
  return openEmbeddedStore({
    seed: await loadDatasetFile(env.datasetPath),
    dataDir: env.dataDir,
    ...(options.watch ? { watch: true } : {}),
    ...(options.onReloadError ? { onReloadError: options.onReloadError } : {}),
  });
}
