/**
 * The errors the API reports, each with one code of `ErrorCode` in `extensions.code`:
 * BAD_USER_INPUT when an argument is out of range or malformed (the message says what was
 * expected and what was received), SERVICE_UNAVAILABLE when Neo4j cannot be reached, and
 * INTERNAL_SERVER_ERROR for anything else (its details are never sent to the client).
 */
import { GraphQLError } from 'graphql';

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

export abstract class ApiError extends GraphQLError {
  abstract readonly code: ErrorCode;
}

export class BadUserInputError extends ApiError {
  readonly code = ErrorCode.BAD_USER_INPUT;
  override name = 'BadUserInputError';

  constructor(
    message: string,
    readonly argument?: string,
  ) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(argument ? { argument } : {}) } });
  }
}

export class ServiceUnavailableError extends ApiError {
  readonly code = ErrorCode.SERVICE_UNAVAILABLE;
  override name = 'ServiceUnavailableError';

  constructor(message = 'The graph database is unavailable; try again later') {
    super(message, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } });
  }
}

export class InternalServerError extends ApiError {
  readonly code = ErrorCode.INTERNAL_SERVER_ERROR;
  override name = 'InternalServerError';

  constructor(message = 'Internal server error') {
    super(message, { extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } });
  }
}

/**
 * The request's reads were cancelled (its time budget was spent, or its client went away) or a
 * statement ran past Neo4j's transaction timeout: SERVICE_UNAVAILABLE, naming why.
 */
export class RequestCancelledError extends ServiceUnavailableError {
  override name = 'RequestCancelledError';
}

/** Neo4j's codes for a statement stopped by its transaction timeout or terminated. */
const CANCELLED_NEO4J_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.Terminated',
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Neo4j driver codes that mean the database cannot be reached (rather than a bad query). */
const UNAVAILABLE_DRIVER_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
const UNAVAILABLE_SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

/** Whether an error from the driver (or the socket under it) means Neo4j is unreachable. */
export function isUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_DRIVER_CODES.has(code) || UNAVAILABLE_SYSTEM_CODES.has(code)))
    return true;
  return typeof message === 'string' && /ECONNREFUSED|connection refused/i.test(message);
}

/**
 * What a failed read becomes: SERVICE_UNAVAILABLE when Neo4j is unreachable, when the request's
 * signal aborted it (saying why) or when Neo4j stopped it at its timeout; else the error itself.
 */
export function toApiError(error: unknown, signal?: AbortSignal): unknown {
  if (signal?.aborted) {
    const reason = signal.reason instanceof Error ? signal.reason.message : 'the request was cancelled';
    return new RequestCancelledError(reason);
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CANCELLED_NEO4J_CODES.has(code)) {
    return new RequestCancelledError(
      'the database stopped the statement at its time limit; narrow the query or retry later',
    );
  }
  return isUnavailable(error) ? new ServiceUnavailableError() : error;
}
