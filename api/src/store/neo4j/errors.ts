import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import type { DatasetKey } from '../../dataset/types.js';
import { StoreUnavailableError } from '../graph-store.js';

/** Neo4j error codes that mean "the database cannot be used right now", whatever the statement. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
]);

/** Node's socket errors that mean the server cannot be reached. */
const SOCKET_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
]);

/** A plain reason a user can act on, for an error that makes the store unavailable. */
function reason(error: Neo4jError | NodeJS.ErrnoException): string {
  const code = error.code ?? '';
  if (code === 'Neo.ClientError.Security.Unauthorized')
    return 'Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD';
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return 'Neo4j is rate-limiting logins after failed attempts; check the credentials and wait';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return 'the Neo4j database named by NEO4J_DATABASE does not exist';
  return `Neo4j cannot be reached (${error.message.split('\n')[0]})`;
}

/**
 * Maps what the driver throws to our error types: loss of connection, expired sessions, refused credentials and a
 * missing database become {@link StoreUnavailableError}; anything else is returned unchanged (a bug or a data
 * error, which the API masks and logs).
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code)) {
    return new StoreUnavailableError(reason(error), { cause: error });
  }
  const errno = error as NodeJS.ErrnoException | null;
  if (errno instanceof Error && typeof errno.code === 'string' && SOCKET_CODES.has(errno.code)) {
    return new StoreUnavailableError(reason(errno), { cause: error });
  }
  return error;
}

/**
 * A batch of an import failed. Every batch before it was committed (each batch is its own transaction), so the
 * load can be re-run to completion: rows are MERGEd, nothing is duplicated.
 */
export class ImportBatchError extends Error {
  override readonly name = 'ImportBatchError';
  constructor(
    readonly key: DatasetKey,
    /** 0-based index of the failed batch within its key. */
    readonly batch: number,
    readonly batches: number,
    /** Rows of the key written before the failed batch. */
    readonly rowsBefore: number,
    /** Rows in the failed batch. */
    readonly rows: number,
    cause: unknown,
  ) {
    super(
      `Writing ${key} batch ${batch + 1} of ${batches} (rows ${rowsBefore + 1}–${rowsBefore + rows}) failed: ` +
        `${cause instanceof Error ? cause.message : String(cause)}. Every batch before it is kept; ` +
        `re-run the same load to complete it (rows are merged, nothing is duplicated).`,
      { cause },
    );
  }
}
