/**
 * Wiring: config → Neo4j → Apollo Server → HTTP. A plain node:http server with explicit
 * timeouts (src/http/timeouts.ts) runs CORS (answering preflights) and compression on every
 * request and hands it to the first route of src/http/ that matches it (health, /graphql, …)
 * with its time budget (request-budget.ts); GraphQL requests take turns at the admission queue
 * (admission.ts). Client mistakes get their 4xx, an overload its 503, anything unexpected a 500
 * naming the request id; the process goes on. The graph version read here keys every cached
 * answer (src/http/graph-version.ts), and the response cache, when on, keeps complete answers under it
 * (src/http/response-cache.ts). Shutdown is graceful: stop accepting, drain in-flight
 * requests, close the driver.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createApolloServer, type RequestLimits } from './api';
import type { Database } from './graph/database';
import { Admission, type AdmissionLimits, DEFAULT_ADMISSION } from './http/admission';
import { compressionMiddleware } from './http/compression';
import { type CorsOrigins, corsMiddleware } from './http/cors';
import { ClientGoneError, graphQLError, HttpError, parseTarget, type Route, sendJson } from './http/exchange';
import { explorerRoute } from './http/explorer-route';
import { GraphVersion } from './http/graph-version';
import { graphqlRoute } from './http/graphql-route';
import { ResponseCache, type ResponseCacheOptions } from './http/response-cache';
import { fixedStatements } from './api/fixed-statements';
import { StatementCache } from './api/statement-cache';
import { planKey, StatementPlans } from './api/statement-plans';
import { exportRoutes } from './http/export-routes';
import { healthRoutes } from './http/health-routes';
import { idRoute } from './http/id-routes';
import { sparqlRoute } from './http/sparql-route';
import { SparqlEndpoint, type SparqlOptions } from './sparql/sparql-endpoint';
import { startRequestBudget } from './http/request-budget';
import { answerClientErrors, DEFAULT_TIMEOUTS, type HttpTimeouts, timeoutServerOptions } from './http/timeouts';
import { vocabularyRoutes } from './http/vocabulary-routes';
import { chainMiddleware, runMiddleware } from './http/middleware';
import { schemaFileRoutes } from './http/schema-file-routes';
import type { Logger } from './logger';

export { DEFAULT_ADMISSION };

export interface ServerOptions {
  db: Database;
  logger: Logger;
  port: number;
  /** Listening address (default 0.0.0.0: every interface). */
  host?: string;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** Largest answer sent, in bytes (default 1,000,000). */
  maxResponseBytes?: number;
  /** Time one request may take from arrival to answer, in milliseconds (default 10,000). */
  requestBudgetMs?: number;
  /** How long a client may take to send its request, and keep an idle connection (DEFAULT_TIMEOUTS). */
  timeouts?: HttpTimeouts;
  /** GraphQL requests executing at once, waiting, and how long they wait (DEFAULT_ADMISSION). */
  admission?: AdmissionLimits;
  /** Limits on a GraphQL request (default DEFAULT_LIMITS). */
  limits?: RequestLimits;
  /** Production hides field suggestions. */
  production?: boolean;
  /** Look-ahead of root fields (default on); off, every level goes through the loaders. */
  prefetch?: boolean;
  /**
   * `planned`: a root field sends its look-ahead statement once Neo4j has planned its text, and
   * warms it up off the request path before (src/api/statement-plans.ts); `always` (the default
   * here, so that tests see one statement per root field from the first request): at once. The
   * service's entry, src/main.ts, passes LOOKAHEAD's setting (default `planned`).
   */
  lookAhead?: 'planned' | 'always';
  /** With `lookAhead` planned: requests of a shape before its statement is planned (default 1, the first). */
  lookAheadAfter?: number;
  /** What node URIs start with (default http://localhost:<the port listened on>). */
  publicBaseUri?: string;
  /** The built explorer (default explorer/dist). */
  explorerDist?: string;
  /** Timeout and row limit of /sparql (default 5 s, 10,000 rows). */
  sparql?: SparqlOptions;
  /** Origins that may read answers (default `*`). */
  corsOrigins?: CorsOrigins;
  /** max-age of successful query answers, in seconds (default 60). */
  cacheMaxAgeSeconds?: number;
  /** How often the graph version is read again, in ms (default 10,000; 0: only at start). */
  graphVersionRefreshMs?: number;
  /** Run only the trusted documents (default false). */
  trustedDocumentsOnly?: boolean;
  /**
   * Keep complete answers under the graph version, within a byte budget (src/http/response-cache.ts).
   * Default none: every request runs (the service's entry, src/main.ts, passes RESPONSE_CACHE's setting).
   */
  responseCache?: ResponseCacheOptions | null;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  /** The graph version answers are keyed on (read again at once by `refresh`, e.g. after a load). */
  graphVersion: GraphVersion;
  /** The response cache, when on. */
  responseCache: ResponseCache | null;
  /** The look-ahead statements Neo4j has planned, when `lookAhead` is `planned`. */
  plans: StatementPlans | null;
  /** The built look-ahead statements kept across requests. */
  statements: StatementCache;
  /**
   * Forgets what Neo4j had planned and plans the statements of the loaders and root fields again
   * (src/api/fixed-statements.ts), as at start; resolves once they are planned (after Neo4j's plan
   * cache was emptied). Nothing to do with `always`.
   */
  planFixedStatements(): Promise<void>;
  stop(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 100_000;
  const budgetMs = options.requestBudgetMs ?? 10_000;
  const admission = new Admission(options.admission ?? DEFAULT_ADMISSION);
  const httpServer = http.createServer(timeoutServerOptions(options.timeouts ?? DEFAULT_TIMEOUTS));
  answerClientErrors(httpServer, logger);
  // The process's signal handlers (src/main.ts) own shutdown; Apollo's own would race them.
  const apollo = createApolloServer({
    logger,
    limits: options.limits,
    production: options.production,
    trustedDocumentsOnly: options.trustedDocumentsOnly,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  const graphVersion = new GraphVersion(db, options.graphVersionRefreshMs ?? 10_000);
  await graphVersion.start();
  const responseCache = options.responseCache ? new ResponseCache(options.responseCache) : null;
  const plans =
    options.lookAhead === 'planned'
      ? new StatementPlans({
          onError: (error) => logger.warn({ err: error }, 'the warm-up of a look-ahead statement failed'),
          minSightings: options.lookAheadAfter ?? 1,
        })
      : null;
  // The loaders and the root fields' own statements answer a shape until its look-ahead is planned:
  // they are few and planned at start, so that the first request of a new shape waits for none of them.
  const fixed = plans ? fixedStatements() : [];
  const planFixedStatements = () => {
    for (const statement of fixed) plans?.warm(planKey(statement), () => db.read(statement));
  };
  planFixedStatements();
  if (plans) {
    const began = performance.now();
    void plans
      .idle()
      .then(() =>
        logger.info(
          { statements: fixed.length, ms: Math.round(performance.now() - began), plans: plans.state },
          'planned the statements of the loaders and root fields',
        ),
      );
  }
  const statements = new StatementCache();
  // Known once the server listens (the port may be 0).
  let baseUri = options.publicBaseUri ?? '';
  const sparql = new SparqlEndpoint(db, () => baseUri, options.sparql ?? { timeoutMs: 5_000, maxRows: 10_000 });
  const routes: Route[] = [
    ...healthRoutes(db, logger, (version) => graphVersion.noticeVersion(version)),
    ...schemaFileRoutes(),
    graphqlRoute({
      apollo,
      db,
      logger,
      admission,
      maxBodyBytes,
      maxResponseBytes: options.maxResponseBytes ?? 1_000_000,
      graphVersion,
      cachePolicy: { maxAgeSeconds: options.cacheMaxAgeSeconds ?? 60 },
      prefetch: options.prefetch ?? true,
      plans,
      statements,
      baseUri: () => baseUri,
      responseCache,
    }),
    idRoute({ db, baseUri: () => baseUri }),
    ...vocabularyRoutes(() => baseUri),
    ...exportRoutes({ db, baseUri: () => baseUri }),
    sparqlRoute(sparql, maxBodyBytes),
    explorerRoute({ dist: options.explorerDist }),
  ];
  const middleware = chainMiddleware(corsMiddleware(options.corsOrigins ?? '*'), compressionMiddleware());

  httpServer.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const began = process.hrtime.bigint();
    const requestId =
      (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    res.setHeader('x-request-id', requestId);
    // Only successful query answers may be kept (src/http/http-cache.ts sets theirs).
    res.setHeader('cache-control', 'no-store');
    const url = parseTarget(req.url);
    if (!url) {
      req.resume();
      sendJson(res, 400, graphQLError('the request target is not a valid path', 'BAD_REQUEST'));
      logger.info({ requestId, method: req.method, status: 400 }, 'http request');
      return;
    }
    const route = routes.find((candidate) => candidate.matches(url));
    const budget = startRequestBudget(res, budgetMs);
    // Through a promise, so that a route that throws before its first await is caught too.
    const handled = Promise.resolve().then(async () => {
      if (!(await runMiddleware(middleware, req, res))) return; // a preflight, answered
      return route
        ? route.handle({ req, res, url, requestId, signal: budget.signal })
        : sendJson(res, 404, {
            error: `no route ${url.pathname}; the API is at /graphql, node URIs under /id/, exports under /export`,
          });
    });
    let reachedApollo = route?.name === 'graphql';
    handled
      .catch((error: unknown) => answerFailure(error))
      .catch((error: unknown) => logger.error({ requestId, err: error }, 'could not answer a failed request'))
      .finally(() => {
        budget.done();
        if (url.pathname.startsWith('/health')) return;
        // A GraphQL request is logged by the API ('graphql request', with operation and round
        // trips); this line is for what never reached it (bad JSON, oversize bodies, other paths).
        const level = reachedApollo ? 'debug' : 'info';
        if (!logger.isLevelEnabled(level)) return;
        const ms = Number(process.hrtime.bigint() - began) / 1e6;
        logger[level](
          { requestId, method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
          'http request',
        );
      });

    function answerFailure(error: unknown): void {
      if (error instanceof ClientGoneError) {
        reachedApollo = false;
        logger.debug({ requestId, reason: error.message }, 'client gone');
        if (!res.destroyed) res.destroy();
      } else if (error instanceof HttpError) {
        reachedApollo = false; // HttpErrors are thrown before the request is handed to Apollo, or instead of its answer
        if (!res.headersSent) for (const [key, value] of Object.entries(error.headers)) res.setHeader(key, value);
        sendJson(res, error.status, graphQLError(error.message, error.code));
      } else {
        logger.error({ requestId, err: error }, 'request failed');
        sendJson(res, 500, graphQLError(`internal server error (request id ${requestId})`, 'INTERNAL_SERVER_ERROR'));
      }
    }
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (httpServer.address() as { port: number }).port;
  baseUri ||= `http://localhost:${port}`;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    httpServer,
    graphVersion,
    responseCache,
    plans,
    statements,
    async planFixedStatements() {
      plans?.forget();
      planFixedStatements();
      await plans?.idle();
    },
    async stop() {
      graphVersion.stop();
      await apollo.stop();
      await sparql.close();
      // A warm-up still running would otherwise meet a closed driver.
      await plans?.idle();
    },
  };
}
