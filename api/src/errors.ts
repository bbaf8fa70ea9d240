import { GraphQLError } from 'graphql';

/** Stable `extensions.code` values clients may rely on. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'STORE_UNAVAILABLE'
  /** The disk holding the data is full; nothing was written. */
  | 'INSUFFICIENT_STORAGE'
  /** Another writer holds the data file (or the data kept changing); nothing was written, try again. */
  | 'DATA_BUSY'
  /** The write exceeds a limit of the store (Neo4j's transaction memory); nothing was written, the message says what to do. */
  | 'TOO_LARGE';

/** An expected failure: a message a user can act on, and a stable code. */
export function userError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

/** Validates a `first` page-size argument: 1 to `max`. */
export function pageSize(first: number | null | undefined, fallback: number, max: number, argument = 'first'): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw userError('VALIDATION_FAILED', `"${argument}" must be a whole number from 1 to ${max}; got ${n}.`, {
      argument,
    });
  return n;
}
