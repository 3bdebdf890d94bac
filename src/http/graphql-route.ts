/**
 *   /graphql        the API: the request handed to Apollo's executeHTTPGraphQLRequest
 */
import { type ApolloServer, HeaderMap } from '@apollo/server';
import { createContext, type Context } from '../api';
import type { Database } from '../graph/database';
import type { Logger } from '../logger';
import { HttpError, readBody, type Route } from './exchange';

export interface GraphQLRouteOptions {
  apollo: ApolloServer<Context>;
  db: Database;
  logger: Logger;
  maxBodyBytes: number;
  graphVersion: () => string | null;
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
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: async () =>
          createContext(db, options.graphVersion() ?? undefined, { requestId, logger }, { prefetch: options.prefetch, baseUri: options.baseUri() }),
      });
      res.statusCode = response.status ?? 200;
      for (const [key, value] of response.headers) res.setHeader(key, value);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    },
  };
}
