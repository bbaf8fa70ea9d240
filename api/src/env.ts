import { createHash } from 'node:crypto';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The repository root (two levels above this file). */
export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** The bundled dataset: a folder of partial documents. */
export const BUNDLED_DATASET = join(REPO_ROOT, 'seed');
/** The built web app the API serves at `/`. */
export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATASET: z.string().min(1).optional(),
  DATA_DIR: z.string().min(1).optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\//, 'must be a neo4j:// or bolt:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_BATCH_SIZE: z.coerce.number().int().min(1).max(100_000).default(5000),
  EDITOR_TOKEN: z.string().min(8, 'must be at least 8 characters').optional(),
});

/** Configuration, parsed once. The only place that reads `process.env`. */
export interface Env {
  port: number;
  host: string;
  /** The dataset the embedded store starts from: `DATASET` or the bundled `seed/`. */
  datasetPath: string;
  /** Where the embedded store keeps its data file. */
  dataDir: string;
  neo4j: { uri: string; user: string; password: string; database?: string; batchSize: number } | null;
  editorToken: string | null;
}

/**
 * Parses the environment. Without `DATA_DIR`, every dataset gets a folder of its own under `.data/` (the
 * bundled one `.data/bundled`, `DATASET=x.json` one named after the file), so switching `DATASET` never
 * serves edits made to another dataset.
 */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = schema.safeParse(Object.fromEntries(Object.entries(source).filter(([, v]) => v !== '')));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const datasetPath = e.DATASET ? resolve(e.DATASET) : BUNDLED_DATASET;
  const dataDir = e.DATA_DIR
    ? resolve(e.DATA_DIR)
    : join(REPO_ROOT, '.data', e.DATASET ? datasetFolderName(datasetPath) : 'bundled');
  return {
    port: e.PORT,
    host: e.HOST,
    datasetPath,
    dataDir,
    neo4j: e.NEO4J_URI
      ? {
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD ?? '',
          ...(e.NEO4J_DATABASE ? { database: e.NEO4J_DATABASE } : {}),
          batchSize: e.NEO4J_BATCH_SIZE,
        }
      : null,
    editorToken: e.EDITOR_TOKEN ?? null,
  };
}

function datasetFolderName(path: string): string {
  const hash = createHash('sha256').update(path).digest('hex').slice(0, 8);
  return `${basename(path, extname(path)).replace(/[^A-Za-z0-9_-]/g, '_')}-${hash}`;
}
