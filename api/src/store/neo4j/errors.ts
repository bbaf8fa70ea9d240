import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import type { DatasetKey, RowCounts } from '../../dataset/types.js';
import { StoreLimitError, StoreUnavailableError } from '../graph-store.js';

/** Neo4j error codes that mean "the database cannot be used right now", whatever the statement. */
const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Security.CredentialsExpired',
  'Neo.ClientError.Security.Forbidden',
  'Neo.ClientError.Security.AuthorizationExpired',
  'Neo.ClientError.Security.TokenExpired',
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
    return (
      'Neo4j refused the credentials; check NEO4J_USER and NEO4J_PASSWORD (with docker compose, the password ' +
      'is set on the first start only: see "Changing the password" in docs/neo4j.md)'
    );
  if (code === 'Neo.ClientError.Security.CredentialsExpired')
    return (
      "the Neo4j user's password has expired and must be changed before it can be used; change it (cypher-shell: " +
      'ALTER CURRENT USER SET PASSWORD FROM … TO …) and set NEO4J_PASSWORD to the new one'
    );
  if (code === 'Neo.ClientError.Security.Forbidden')
    return (
      `the Neo4j user NEO4J_USER may not do this (${error.message.split('\n')[0]}); it needs to read and write ` +
      'the database and, on the first start, to create constraints and indexes'
    );
  if (code === 'Neo.ClientError.Security.AuthorizationExpired' || code === 'Neo.ClientError.Security.TokenExpired')
    return 'the Neo4j login expired; the next request logs in again';
  if (code === 'Neo.ClientError.Security.AuthenticationRateLimit')
    return 'Neo4j is rate-limiting logins after failed attempts; check the credentials and wait';
  if (code === 'Neo.ClientError.Database.DatabaseNotFound')
    return 'the Neo4j database named by NEO4J_DATABASE does not exist';
  if (isAcquisitionTimeout(error))
    return (
      'Neo4j did not answer in time: it accepted the connection but sent no reply (overloaded or hung?) ' +
      `(${error.message.split('\n')[0]})`
    );
  return `Neo4j cannot be reached (${error.message.split('\n')[0]})`;
}

/**
 * The driver found no usable connection within `connectionAcquisitionTimeout`: what a server that accepts TCP
 * connections and never answers the Bolt handshake (hung, or swamped) looks like. The driver gives it no code.
 */
function isAcquisitionTimeout(error: Neo4jError | NodeJS.ErrnoException): boolean {
  return error instanceof Neo4jError && error.message.startsWith('Connection acquisition timed out');
}

/**
 * Maps what the driver throws to our error types: loss of connection, a server that does not answer, expired
 * sessions, refused or expired credentials, missing permissions and a missing database become
 * {@link StoreUnavailableError}; anything else is returned unchanged (a bug or a data error, which the API masks and
 * logs).
 */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof StoreUnavailableError) return error;
  if (error instanceof Neo4jError && (UNAVAILABLE_CODES.has(error.code) || isAcquisitionTimeout(error))) {
    return new StoreUnavailableError(reason(error), { cause: error });
  }
  const errno = error as NodeJS.ErrnoException | null;
  if (errno instanceof Error && typeof errno.code === 'string' && SOCKET_CODES.has(errno.code)) {
    return new StoreUnavailableError(reason(errno), { cause: error });
  }
  return error;
}

/**
 * A statement of an import failed. An import is one transaction, so nothing of it was written: the store holds
 * what it held before.
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
        `${cause instanceof Error ? cause.message : String(cause)}. Nothing was written (an import is one ` +
        `transaction); the store holds what it held before.`,
      { cause },
    );
  }
}

/**
 * Neo4j's answers to a transaction that outgrew its memory: the per-transaction limit (`db.memory.transaction.max`,
 * a client error) and the pool of all transactions (`dbms.memory.transaction.total.max`, 70 % of the heap by
 * default, a transient one), by their Neo4j codes and GQL statuses 51N73 / 51N72.
 */
export function isTransactionMemoryLimit(error: unknown): error is Neo4jError {
  if (!(error instanceof Neo4jError)) return false;
  return (
    error.code === 'Neo.ClientError.General.TransactionOutOfMemoryError' ||
    error.code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' ||
    error.gqlStatus === '51N73' ||
    error.gqlStatus === '51N72'
  );
}

/**
 * An import did not fit in Neo4j's transaction memory (`db.memory.transaction.max`, or
 * `dbms.memory.transaction.total.max`, 70 % of the heap by default). It was rolled back: nothing was written.
 */
export class ImportTooLargeError extends StoreLimitError {
  override readonly name = 'ImportTooLargeError';
  constructor(counts: RowCounts, cause: Neo4jError) {
    const rows = Object.values(counts).reduce((a, b) => a + b, 0);
    super(
      `The import (${rows.toLocaleString('en')} rows) is too large for one Neo4j transaction: ` +
        `${cause.message.split('\n')[0]} Nothing was written (an import is one transaction). Give Neo4j more heap ` +
        `(server.memory.heap.max_size; NEO4J_HEAP with docker compose) or raise db.memory.transaction.max, or load ` +
        `the data in parts without --replace (each part is all-or-nothing).`,
      { cause },
    );
  }
}
