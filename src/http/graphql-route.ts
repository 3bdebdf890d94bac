/**
 *   /graphql        the API: the request handed to Apollo's executeHTTPGraphQLRequest
 *
 * Queries come as a POST of JSON or as a GET with the parameters in the URL (GraphQL over
 * HTTP); a conditional GET whose validator still holds is answered 304 before anything runs,
 * and answers carry their ETag and Cache-Control (./http-cache.ts).
 */
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { createContext, type Context } from '../api';
import type { Database } from '../graph/database';
import type { Logger } from '../logger';
import { HttpError, readBody, type Route } from './exchange';
import type { GraphVersion } from './graph-version';
import { answerNotModified, appendVary, type CachePolicy, etagFor, setCacheHeaders } from './http-cache';

export interface GraphQLRouteOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  maxBodyBytes: number;
  graphVersion: GraphVersion;
  cachePolicy: CachePolicy;
  prefetch: boolean;
  /** What node URIs start with. */
  baseUri: () => string;
}

export function graphqlRoute(options: GraphQLRouteOptions): Route {
  const { apollo, db, logger } = options;
  return {
    name: 'graphql',
    matches: (url) => url.pathname === '/graphql',
    async handle({ req, res, url, requestId }) {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
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
      const etag = etagFor(options.graphVersion.key, { method, search: url.searchParams, body, accept: req.headers.accept });
      appendVary(res, 'Accept'); // the media type of the answer follows the Accept header
      if (answerNotModified(res, method, req.headers['if-none-match'], etag, options.cachePolicy)) return;
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method, headers, search: url.search, body },
        context: async () =>
          createContext(db, options.graphVersion.version ?? undefined, { requestId, logger }, { prefetch: options.prefetch, baseUri: options.baseUri() }),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        setCacheHeaders(res, res.statusCode, response.body.string, etag, options.cachePolicy);
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    },
  };
}
