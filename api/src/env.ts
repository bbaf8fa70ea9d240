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

/** The editor token is a password anyone on the network can guess at: long and varied. */
export const MIN_TOKEN_LENGTH = 16;
const MIN_TOKEN_DISTINCT = 8;

const booleanText = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  // Loopback unless asked: the Dockerfile (and so docker compose) sets HOST=0.0.0.0 inside its container.
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.string().optional(),
  GRAPHIQL: booleanText.optional(),
  INTROSPECTION: booleanText.optional(),
  CORS_ORIGINS: z
    .string()
    .transform((text) =>
      text
        .split(',')
        .map((o) => o.trim())
        .filter((o) => o !== ''),
    )
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each origin must look like https://host[:port]')))
    .optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(1_000_000).default(120),
  EXECUTION_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(1000).max(3_600_000).default(30_000),
  MAX_BODY_MB: z.coerce.number().min(0.001).max(1024).default(25),
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
  EDITOR_TOKEN: z
    .string()
    .min(MIN_TOKEN_LENGTH, `must be at least ${MIN_TOKEN_LENGTH} characters (e.g. \`openssl rand -hex 24\`)`)
    .refine(
      (token) => new Set(token).size >= MIN_TOKEN_DISTINCT,
      `must use at least ${MIN_TOKEN_DISTINCT} different characters (e.g. \`openssl rand -hex 24\`)`,
    )
    .optional(),
});

/** Configuration, parsed once. The only place that reads `process.env`. */
export interface Env {
  port: number;
  /** Interface to listen on: loopback unless `HOST` says otherwise. */
  host: string;
  /** `NODE_ENV=production`: GraphiQL and introspection are off unless enabled. */
  production: boolean;
  graphiql: boolean;
  introspection: boolean;
  /** Origins allowed to call the API from a browser (`CORS_ORIGINS`); empty: no CORS headers at all. */
  corsOrigins: string[];
  /** Anonymous requests per client (remote address); null when `RATE_LIMIT_PER_MINUTE=0`. */
  rateLimit: { perMinute: number; burst: number } | null;
  executionTimeoutMs: number;
  /** How long a client may take to send a whole request (a slow body is cut off after this). */
  requestTimeoutMs: number;
  /** Largest request body accepted (`MAX_BODY_MB`, default 25 MB); bigger datasets load with the CLI. */
  maxBodyBytes: number;
  /** The dataset the embedded store starts from: `DATASET` or the bundled `seed/`. */
  datasetPath: string;
  /** True when `DATASET` was set (so a data file already in `DATA_DIR` shadows it: main says so). */
  datasetExplicit: boolean;
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
    const lines = result.error.issues.map((i) => `  ${String(i.path[0] ?? '')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  const e = result.data;
  const datasetPath = e.DATASET ? resolve(e.DATASET) : BUNDLED_DATASET;
  const dataDir = e.DATA_DIR
    ? resolve(e.DATA_DIR)
    : join(REPO_ROOT, '.data', e.DATASET ? datasetFolderName(datasetPath) : 'bundled');
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    production,
    graphiql: e.GRAPHIQL ?? !production,
    introspection: e.INTROSPECTION ?? e.GRAPHIQL ?? !production,
    corsOrigins: e.CORS_ORIGINS ?? [],
    rateLimit: e.RATE_LIMIT_PER_MINUTE === 0 ? null : { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST },
    executionTimeoutMs: e.EXECUTION_TIMEOUT_MS,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxBodyBytes: Math.round(e.MAX_BODY_MB * 1024 * 1024),
    datasetPath,
    datasetExplicit: e.DATASET !== undefined,
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

/**
 * What to tell the user when `DATASET` is set but the embedded store opened the data file already in `DATA_DIR`
 * (DATASET is read only while there is none), or null when there is nothing to say.
 */
export function datasetNotice(env: Env, openedFromDataFile: boolean): string | null {
  if (!env.datasetExplicit || !openedFromDataFile) return null;
  return (
    `note: serving the data file in ${env.dataDir}, not DATASET=${env.datasetPath} as such: DATASET is read ` +
    `only while DATA_DIR holds no data file. To start again from DATASET, move ${env.dataDir}/dataset.json ` +
    `away or choose another DATA_DIR.`
  );
}
