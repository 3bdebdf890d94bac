/**
 *   /ns/itu              the graph's own vocabulary (its terms are /ns/itu#Term), HTML, JSON-LD or Turtle
 *   /ns/context.jsonld   the JSON-LD context the exports and the /id/ answers name
 */
import { nodePage } from '../export/html';
import { jsonLdChunks, toTurtle } from '../export/serialize-rdf';
import { CONTEXT_PATH, jsonLdContext, VOCABULARY_PATH, vocabularyQuads } from '../export/vocabulary';
import type { Route } from './exchange';
import { MEDIA_TYPES, negotiate } from './negotiate';

export function vocabularyRoutes(baseUri: () => string): Route[] {
  return [
    {
      name: 'vocabulary',
      matches: (url) => url.pathname === VOCABULARY_PATH,
      async handle({ req, res, url }) {
        const base = baseUri();
        const representation = negotiate(req, url);
        const quads = vocabularyQuads(base);
        res.setHeader('vary', 'Accept');
        res.setHeader('content-type', MEDIA_TYPES[representation]);
        res.statusCode = 200;
        if (representation === 'turtle') res.end(toTurtle(quads, base));
        else if (representation === 'jsonld') res.end([...jsonLdChunks(quads, base)].join(''));
        else
          res.end(
            nodePage({
              baseUri: base,
              uri: `${base}${VOCABULARY_PATH}`,
              path: VOCABULARY_PATH,
              title: 'Vocabulary of the ITU resolutions graph',
              quads,
            }),
          );
      },
    },
    {
      name: 'jsonld-context',
      matches: (url) => url.pathname === CONTEXT_PATH,
      async handle({ res }) {
        res.statusCode = 200;
        res.setHeader('content-type', 'application/ld+json; charset=utf-8');
        res.setHeader('access-control-allow-origin', '*');
        res.end(JSON.stringify(jsonLdContext(baseUri()), null, 2));
      },
    },
  ];
}
