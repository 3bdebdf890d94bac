/**
 * Wiring: config → Neo4j → Apollo Server → HTTP. A plain node:http server routes
 *   /graphql        the API (Apollo's executeHTTPGraphQLRequest)
 *   /health/live    the process is up
 *   /health/ready   Neo4j answers and the seed is loaded (with the graph version)
 * and shuts down gracefully: stop accepting, drain in-flight requests, close the driver.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { createApolloServer, createContext, type RequestLimits } from './api';
import type { Database } from './graph/database';
import { readGraphVersion } from './graph/seed';
import type { Logger } from './logger';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  port: number;
  host?: string;
  /** Largest accepted request body, in bytes. */
  maxBodyBytes?: number;
  /** Limits on a GraphQL request (default DEFAULT_LIMITS). */
  limits?: RequestLimits;
  /** Production hides field suggestions. */
  production?: boolean;
  /** Look-ahead of root fields (default on); off, every level goes through the loaders. */
  prefetch?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  httpServer: http.Server;
  stop(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HttpError(413, `request body larger than ${limit} bytes`));
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function graphQLError(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { db, logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? 100_000;
  const httpServer = http.createServer();
  // The process's signal handlers (src/main.ts) own shutdown; Apollo's own would race them.
  const apollo = createApolloServer({
    logger,
    limits: options.limits,
    production: options.production,
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  let graphVersion = await readGraphVersion(db).catch(() => null);

  async function ready(res: http.ServerResponse): Promise<void> {
    try {
      graphVersion = await readGraphVersion(db);
      if (graphVersion === null) sendJson(res, 503, { status: 'not-ready', reason: 'the graph is not loaded' });
      else sendJson(res, 200, { status: 'ready', graphVersion });
    } catch (error) {
      sendJson(res, 503, { status: 'not-ready', reason: `Neo4j is unreachable: ${(error as Error).message}` });
    }
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string): Promise<void> {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let body: unknown = undefined;
    if (req.method === 'POST') {
      const text = await readBody(req, maxBodyBytes);
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
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => createContext(db, graphVersion ?? undefined, { requestId, logger }, { prefetch: options.prefetch ?? true }),
    });
    res.statusCode = response.status ?? 200;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.setHeader('x-request-id', requestId);
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  httpServer.on('request', (req, res) => {
    const began = process.hrtime.bigint();
    const requestId = (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route =
      url.pathname === '/health/live'
        ? async () => sendJson(res, 200, { status: 'live' })
        : url.pathname === '/health/ready'
          ? () => ready(res)
          : url.pathname === '/graphql'
            ? () => graphql(req, res, url, requestId)
            : async () => sendJson(res, 404, { error: `no route ${url.pathname}; the API is at /graphql` });
    let reachedApollo = url.pathname === '/graphql';
    route()
      .catch((error: unknown) => {
        if (error instanceof HttpError) {
          reachedApollo = false; // HttpErrors are thrown before the request is handed to Apollo
          sendJson(res, error.status, graphQLError(error.message, 'BAD_REQUEST'));
        } else {
          logger.error({ requestId, err: error }, 'request failed');
          if (!res.headersSent) sendJson(res, 500, graphQLError('internal server error', 'INTERNAL_SERVER_ERROR'));
          else res.end();
        }
      })
      .finally(() => {
        if (url.pathname.startsWith('/health')) return;
        const ms = Number(process.hrtime.bigint() - began) / 1e6;
        // A GraphQL request is logged by the API ('graphql request', with operation and round
        // trips); this line is for what never reached it (bad JSON, oversize bodies, other paths).
        const level = reachedApollo ? 'debug' : 'info';
        logger[level]({ requestId, method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'http request');
      });
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (httpServer.address() as { port: number }).port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    httpServer,
    async stop() {
      await apollo.stop();
    },
  };
}
