/**
 *   /graphql        the API: the request handed to Apollo's executeHTTPGraphQLRequest
 *
 * Queries come as a POST of JSON or as a GET with the parameters in the URL (GraphQL over
 * HTTP); a conditional GET whose validator still holds is answered 304 before anything runs,
 * and answers carry their ETag and Cache-Control (./http-cache.ts).
 *
 * The body is read first (a slow client holds no turn). Once Apollo knows the operation and its
 * cost, the request waits for its turn at the admission queue (through the context's ticket;
 * one that never reads, refused or malformed, takes none), runs with its time budget's signal
 * (its reads are cancelled when the budget is spent or the client goes away), and an answer
 * larger than `maxResponseBytes` is replaced by an error naming the cap. A refusal by the queue
 * or the budget is answered 503 with Retry-After, whatever Apollo made of it.
 *
 * With a response cache (./response-cache.ts), a request whose answer is kept under the current
 * graph version is answered from it before the admission queue and Apollo — it was parsed,
 * validated and checked against every limit when that answer was computed —, and a complete,
 * successful answer is kept for the next one. `Cache-Status` (RFC 9211) says which: `hit`,
 * `fwd=miss; stored`, or `fwd=miss` (an error, a partial answer, an oversize one, or a load
 * while it ran).
 */
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { type AdmissionTicket, createContext, type Context } from '../api';
import { ServiceUnavailableError } from '../api/errors';
import type { Database } from '../graph/database';
import type { Logger } from '../logger';
import type { Admission } from './admission';
import { graphQLError, HttpError, readBody, type Route, sendJson } from './exchange';
import type { GraphVersion } from './graph-version';
import {
  answerDigest,
  answerNotModified,
  appendVary,
  type CachePolicy,
  etagOf,
  hasErrors,
  setCacheHeaders,
  setSuccessHeaders,
} from './http-cache';
import type { ResponseCache } from './response-cache';
import type { StatementCache } from '../api/statement-cache';
import type { StatementPlans } from '../api/statement-plans';

/** The name this server gives itself in Cache-Status (RFC 9211). */
const CACHE_NAME = 'itu-graph';

/**
 * The commonest Accept header of GraphQL clients. Apollo negotiates the answer's media type from
 * Accept on every request, twice; for this one it picks what it picks when there is no Accept
 * (`application/json; charset=utf-8`, no incremental delivery), so Apollo is not shown it. The
 * ETag still covers it (it is read from the request).
 */
const PLAIN_JSON = 'application/json';

export interface GraphQLRouteOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  admission: Admission;
  maxBodyBytes: number;
  /** Largest answer sent, in bytes of JSON. */
  maxResponseBytes: number;
  graphVersion: GraphVersion;
  cachePolicy: CachePolicy;
  prefetch: boolean;
  /** The look-ahead statements Neo4j has planned; none: root fields always send theirs. */
  plans: StatementPlans | null;
  /** Built look-ahead statements kept across requests; none: each is built for its request. */
  statements: StatementCache | null;
  /** What node URIs start with. */
  baseUri: () => string;
  /** Complete answers kept under the graph version; none: every request runs. */
  responseCache: ResponseCache | null;
}

export function graphqlRoute(options: GraphQLRouteOptions): Route {
  const { apollo, db, logger, admission, responseCache } = options;
  return {
    name: 'graphql',
    matches: (url) => url.pathname === '/graphql',
    async handle({ req, res, url, requestId, signal }) {
      const began = process.hrtime.bigint();
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value === undefined || (key === 'accept' && value === PLAIN_JSON)) continue;
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      let body: unknown = undefined;
      if (req.method === 'POST') {
        const text = await readBody(req, options.maxBodyBytes);
        const type = headers.get('content-type') ?? '';
        if (type.startsWith('application/json') || type.startsWith('application/graphql-response+json')) {
          try {
            body = JSON.parse(text);
          } catch {
            throw new HttpError(400, 'the request body is not valid JSON');
          }
        } else {
          body = text;
        }
      }
      const method = req.method ?? 'GET';
      const graphKey = options.graphVersion.key;
      const digest = answerDigest(graphKey, {
        method,
        search: url.searchParams,
        body,
        accept: req.headers.accept,
      });
      const etag = etagOf(digest);
      appendVary(res, 'Accept'); // the media type of the answer follows the Accept header
      if (answerNotModified(res, method, req.headers['if-none-match'], etag, options.cachePolicy)) return;
      const cached = responseCache && graphKey !== null && digest !== null ? responseCache.get(graphKey, digest) : null;
      if (cached) {
        res.statusCode = 200;
        for (const [key, value] of cached.headers) res.setHeader(key, value);
        res.setHeader('cache-status', `${CACHE_NAME}; hit`);
        setSuccessHeaders(res, etag, options.cachePolicy);
        res.end(cached.body);
        logger.info(
          {
            requestId,
            operationName: operationNameOf(method, url, body),
            ms: Math.round((Number(process.hrtime.bigint() - began) / 1e6) * 10) / 10,
            roundTrips: 0,
            status: 200,
            cache: 'hit',
          },
          'graphql request',
        );
        return;
      }

      let leave: (() => void) | null = null;
      let refusal: Error | null = null;
      const ticket: AdmissionTicket = {
        async enter(heavyNodes) {
          try {
            leave = await admission.enter(signal, heavyNodes);
          } catch (error) {
            refusal = error instanceof Error ? error : new Error(String(error));
            throw new ServiceUnavailableError(refusal.message);
          }
        },
      };
      let response: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>>;
      try {
        response = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method, headers, search: url.search, body },
          context: async () =>
            createContext(
              db,
              options.graphVersion.version ?? undefined,
              { requestId, logger },
              {
                prefetch: options.prefetch,
                plans: options.plans,
                statements: options.statements,
                baseUri: options.baseUri(),
                signal,
                admission: ticket,
              },
            ),
        });
      } finally {
        (leave as (() => void) | null)?.();
      }
      // Refused a turn, or the budget ran out or the client left while the request ran: its
      // partial answer says nothing useful; the 503 (or nothing, for a client that is gone) does.
      if (refusal) throw refusal as Error;
      if (signal.aborted) throw signal.reason;
      if (response.body.kind !== 'complete') {
        res.statusCode = response.status ?? 200;
        for (const [key, value] of response.headers) res.setHeader(key, value);
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
        return;
      }
      const size = Buffer.byteLength(response.body.string);
      if (size > options.maxResponseBytes) {
        sendJson(
          res,
          400,
          graphQLError(
            `the answer is ${size} bytes, more than the response size cap of ${options.maxResponseBytes} bytes; ask for fewer fields or smaller pages`,
            'BAD_USER_INPUT',
            { limit: 'maxResponseBytes' },
          ),
        );
        return;
      }
      res.statusCode = response.status ?? 200;
      const answerHeaders: [string, string][] = [...response.headers];
      for (const [key, value] of answerHeaders) res.setHeader(key, value);
      if (responseCache && graphKey !== null && digest !== null) {
        // Kept only when complete, successful, and computed under the version still served.
        const stored =
          res.statusCode === 200 &&
          !hasErrors(response.body.string) &&
          options.graphVersion.key === graphKey &&
          responseCache.set(graphKey, digest, answerHeaders, response.body.string);
        res.setHeader('cache-status', `${CACHE_NAME}; fwd=miss${stored ? '; stored' : ''}`);
      }
      setCacheHeaders(res, res.statusCode, response.body.string, etag, options.cachePolicy);
      res.end(response.body.string);
    },
  };
}

/** The operation name a request gives, for the log line of an answer served from the cache. */
function operationNameOf(method: string, url: URL, body: unknown): string | null {
  const name =
    method === 'GET'
      ? url.searchParams.get('operationName')
      : (body as { operationName?: unknown } | null | undefined)?.operationName;
  return typeof name === 'string' ? name.slice(0, 100) : null;
}
