/**
 *   /sparql   read-only SPARQL over the graph's RDF (SELECT and ASK; GET ?query=, or POST
 *             application/sparql-query or a form with query=), answered as
 *             application/sparql-results+json, with a timeout and a row limit (src/sparql)
 */
import type { SparqlEndpoint } from '../sparql/sparql-endpoint';
import { HttpError, readBody, type Route, sendJson } from './exchange';

/** Longest query text accepted. */
export const MAX_QUERY_CHARS = 10_000;

export function sparqlRoute(endpoint: SparqlEndpoint, maxBodyBytes: number): Route {
  return {
    name: 'sparql',
    matches: (url) => url.pathname === '/sparql',
    async handle({ req, res, url }) {
      let query: string | null;
      if (req.method === 'GET') {
        query = url.searchParams.get('query');
      } else if (req.method === 'POST') {
        const body = await readBody(req, maxBodyBytes);
        const type = req.headers['content-type'] ?? '';
        if (type.startsWith('application/sparql-query')) query = body;
        else if (type.startsWith('application/x-www-form-urlencoded')) query = new URLSearchParams(body).get('query');
        else
          throw new HttpError(
            415,
            'POST a query as application/sparql-query, or as a form (application/x-www-form-urlencoded) with query=',
          );
      } else {
        throw new HttpError(405, '/sparql answers GET and POST', { allow: 'GET, POST' });
      }
      if (!query || query.trim() === '') throw new HttpError(400, 'a SPARQL query is expected in query=');
      if (query.length > MAX_QUERY_CHARS)
        throw new HttpError(
          413,
          `a SPARQL query of at most ${MAX_QUERY_CHARS} characters is expected, received ${query.length}`,
        );
      const answer = await endpoint.query(query);
      if (answer.kind === 'invalid') {
        sendJson(res, 400, {
          error: 'invalid query',
          reason: `${answer.message} (the endpoint is read-only and answers SELECT and ASK)`,
        });
        return;
      }
      if (answer.kind === 'timeout') {
        sendJson(res, 503, { error: 'timeout', reason: answer.message });
        return;
      }
      res.statusCode = 200;
      res.setHeader('content-type', 'application/sparql-results+json; charset=utf-8');
      res.setHeader('access-control-allow-origin', '*');
      if (answer.truncated) res.setHeader('x-sparql-truncated', `results cut at ${answer.rows} rows`);
      res.end(answer.body);
    },
  };
}
