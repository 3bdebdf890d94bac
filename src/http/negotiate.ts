/**
 * Which representation of a resource to send: `?format=html|jsonld|turtle` when given (for
 * links and for clients that cannot set headers), otherwise the request's Accept header
 * through `negotiator` (q-values, wildcards); no Accept header means HTML. Null: nothing the
 * client accepts is on offer (406).
 */
import type http from 'node:http';
import Negotiator from 'negotiator';
import { HttpError } from './exchange';

export type Representation = 'html' | 'jsonld' | 'turtle';

export const MEDIA_TYPES: Record<Representation, string> = {
  html: 'text/html; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
  turtle: 'text/turtle; charset=utf-8',
};

const OFFERED: [string, Representation][] = [
  ['text/html', 'html'],
  ['application/ld+json', 'jsonld'],
  ['text/turtle', 'turtle'],
  ['application/json', 'jsonld'],
  ['application/xhtml+xml', 'html'],
];

const FORMATS: Record<string, Representation> = {
  html: 'html',
  jsonld: 'jsonld',
  'json-ld': 'jsonld',
  turtle: 'turtle',
  ttl: 'turtle',
};

export function negotiate(req: http.IncomingMessage, url: URL): Representation {
  const format = url.searchParams.get('format');
  if (format !== null) {
    const chosen = FORMATS[format.toLowerCase()];
    if (!chosen)
      throw new HttpError(400, `format must be one of html, jsonld, turtle; received "${format.slice(0, 40)}"`);
    return chosen;
  }
  if (!req.headers.accept) return 'html';
  const type = new Negotiator(req).mediaType(OFFERED.map(([media]) => media));
  const chosen = OFFERED.find(([media]) => media === type)?.[1];
  if (!chosen) {
    throw new HttpError(
      406,
      `none of the accepted types (${String(req.headers.accept).slice(0, 100)}) is offered: text/html, application/ld+json or text/turtle`,
    );
  }
  return chosen;
}
