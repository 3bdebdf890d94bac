/**
 * The per-request context: fresh DataLoaders (their caches live as long as one request; they
 * serve what root fields did not prefetch), whether root fields prefetch, a counter of the
 * queries sent, and `read`, the one way resolvers and loaders reach Neo4j — it counts the query
 * and turns "Neo4j unreachable" into SERVICE_UNAVAILABLE.
 */
import type { Database, Query, RoundTripCounter, Row } from '../graph/database';
import { createLoaders, type Loaders } from '../graph/loaders';
import { toApiError } from './errors';
import type { AdmissionTicket } from './node-budget';
import type { StatementCache } from './statement-cache';
import type { StatementPlans } from './statement-plans';

/** The part of a logger (pino's, Apollo's) the API uses. */
export interface RequestLogger {
  info(details: object, message?: string): void;
  error(details: object, message?: string): void;
}

/** What the server knows about the request. */
export interface RequestInfo {
  requestId?: string;
  logger?: RequestLogger;
}

export interface Context {
  loaders: Loaders;
  roundTrips: RoundTripCounter;
  read: (query: Query) => Promise<Row[]>;
  /** The version of the graph served, when the server knows it. */
  graphVersion: string | null;
  requestId: string | null;
  /** Where errors whose details the client must not see are logged; none: not logged. */
  logger: RequestLogger | null;
  /** Whether a root field fetches what its selection loads in one statement (see prefetch.ts). */
  prefetch: boolean;
  /** The look-ahead statements Neo4j has planned; none: a root field always sends its look-ahead. */
  plans: StatementPlans | null;
  /** The server's built look-ahead statements (./statement-cache.ts); none: each is built for its request. */
  statements: StatementCache | null;
  /** Runs a statement outside the request (no time budget, not counted): the warm-up of a plan. */
  warmUp: (query: Query) => Promise<Row[]>;
  /** What node URIs start with (scheme, host, port; no trailing slash), e.g. `http://localhost:4000`. */
  baseUri: string;
  /** Where the request waits for its turn once its cost is known; none: it runs at once. */
  admission: AdmissionTicket | null;
  /**
   * From now on the request's reads run one after another instead of side by side (a heavy
   * request's twenty aliased root fields would otherwise take twenty of Neo4j's threads at once).
   */
  readOneAtATime(): void;
}

export interface ContextOptions {
  /** Default true; off, every level goes through the loaders (to compare answers and costs). */
  prefetch?: boolean;
  /**
   * With these, a root field sends its look-ahead statement only once Neo4j has planned its text,
   * and warms it up otherwise (./statement-plans.ts). Default none: always.
   */
  plans?: StatementPlans | null;
  /** Built look-ahead statements kept across requests (./statement-cache.ts). Default none: built per request. */
  statements?: StatementCache | null;
  /** The base of node URIs (default DEFAULT_BASE_URI). */
  baseUri?: string;
  /** Aborts the request's reads: its time budget is spent or its client has gone. */
  signal?: AbortSignal;
  admission?: AdmissionTicket;
}

/** The base of node URIs when none is configured: the API on its default port. */
export const DEFAULT_BASE_URI = 'http://localhost:4000';

export function createContext(
  db: Database,
  graphVersion?: string,
  request: RequestInfo = {},
  options: ContextOptions = {},
): Context {
  const roundTrips: RoundTripCounter = { count: 0 };
  const readNow = async (query: Query): Promise<Row[]> => {
    try {
      return await db.read(query, { counter: roundTrips, signal: options.signal });
    } catch (error) {
      throw toApiError(error, options.signal);
    }
  };
  let oneAtATime = false;
  let previous: Promise<unknown> = Promise.resolve();
  const read = (query: Query): Promise<Row[]> => {
    if (!oneAtATime) return readNow(query);
    const next = previous.then(() => readNow(query));
    previous = next.catch(() => {});
    return next;
  };
  return {
    loaders: createLoaders(read),
    roundTrips,
    read,
    graphVersion: graphVersion ?? null,
    requestId: request.requestId ?? null,
    logger: request.logger ?? null,
    prefetch: options.prefetch ?? true,
    plans: options.plans ?? null,
    statements: options.statements ?? null,
    warmUp: (query) => db.read(query),
    baseUri: options.baseUri ?? DEFAULT_BASE_URI,
    admission: options.admission ?? null,
    readOneAtATime() {
      oneAtATime = true;
    },
  };
}
