/**
 * HTTP caching of query answers, keyed on the graph version: an answer cannot change until the
 * graph is loaded again, so its validator is a hash of the graph version and of what decides
 * the answer (the document or its persisted hash, the operation name, the variables, the
 * extensions, and the Accept header, which picks the media type). A GET whose If-None-Match
 * holds that validator is answered 304 before anything runs.
 *
 * The ETag is weak (W/): the same answer is sent identity, gzip or brotli encoded. Successful
 * answers (status 200, no `errors`) are `public, max-age=…`; every other answer is `no-store`,
 * so that a client never keeps an error. Conditional requests are honoured for GET only; a POST
 * gets the same validator (a client may compare it) but never a 304 (RFC 9110, 13.1.2).
 */
import { hash } from 'node:crypto';
import type http from 'node:http';
import { stableJson } from '../api/stable-json';

export interface GraphQLHttpRequest {
  method: string;
  search: URLSearchParams;
  /** The parsed JSON body of a POST. */
  body: unknown;
  accept: string | undefined;
}

/**
 * The digest of a request's answer under `graphKey` (SHA-256, base64url): what the ETag and the
 * server's response cache (./response-cache.ts) are keyed on; null when the graph version is unknown.
 */
export function answerDigest(graphKey: string | null, request: GraphQLHttpRequest): string | null {
  if (graphKey === null) return null;
  return hash('sha256', `${graphKey}\0${requestKey(request)}`, 'base64url');
}

/** The validator of an answer whose digest is `digest` (answerDigest); null when there is none. */
export function etagOf(digest: string | null): string | null {
  return digest === null ? null : `W/"${digest.slice(0, 27)}"`;
}

/** The validator of a request's answer under `graphKey`; null when the graph version is unknown. */
export function etagFor(graphKey: string | null, request: GraphQLHttpRequest): string | null {
  return etagOf(answerDigest(graphKey, request));
}

/**
 * What decides the answer, as one string: the same for a GET and a POST of the same operation,
 * whatever the order of the variables' keys.
 */
export function requestKey({ method, search, body, accept }: GraphQLHttpRequest): string {
  const params =
    method === 'GET'
      ? {
          query: search.get('query'),
          operationName: search.get('operationName'),
          variables: parseJson(search.get('variables')),
          extensions: parseJson(search.get('extensions')),
        }
      : ((body as Record<string, unknown> | null) ?? {});
  return [params.query, params.operationName, params.variables, params.extensions, accept].map(keyPart).join('\n');
}

/**
 * One part of requestKey: a string as its length and itself, anything else as JSON with sorted
 * keys (which holds no raw newline), so that the parts cannot run into one another. A document
 * is hundreds of characters, and escaping it as JSON was most of the cost of the key.
 */
function keyPart(value: unknown): string {
  return typeof value === 'string' ? `${value.length}:${value}` : stableJson(value ?? null);
}

/** Whether an If-None-Match header holds `etag` (weak comparison, `*` matches any). */
export function ifNoneMatchHolds(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

export interface CachePolicy {
  /** max-age of a successful answer, in seconds; 0: a cache must revalidate every time. */
  maxAgeSeconds: number;
}

export function successCacheControl({ maxAgeSeconds }: CachePolicy): string {
  return maxAgeSeconds > 0 ? `public, max-age=${maxAgeSeconds}` : 'public, max-age=0, must-revalidate';
}

/** Adds `field` to the response's Vary header, once. */
export function appendVary(res: http.ServerResponse, field: string): void {
  const current = String(res.getHeader('vary') ?? '');
  const fields = current
    .split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (fields.includes('*') || fields.some((f) => f.toLowerCase() === field.toLowerCase())) return;
  res.setHeader('vary', [...fields, field].join(', '));
}

/** Answers 304 to a conditional GET whose validator still holds; returns whether it did. */
export function answerNotModified(
  res: http.ServerResponse,
  method: string,
  ifNoneMatch: string | undefined,
  etag: string | null,
  policy: CachePolicy,
): boolean {
  if (etag === null || method !== 'GET' || !ifNoneMatchHolds(ifNoneMatch, etag)) return false;
  res.statusCode = 304;
  appendVary(res, 'Accept-Encoding'); // as on the 200 it stands for (compression adds it there)
  res.setHeader('etag', etag);
  res.setHeader('cache-control', successCacheControl(policy));
  res.end();
  return true;
}

/** Sets ETag and Cache-Control on an answer about to be sent. */
export function setCacheHeaders(
  res: http.ServerResponse,
  status: number,
  body: string,
  etag: string | null,
  policy: CachePolicy,
): void {
  if (status === 200 && !hasErrors(body)) setSuccessHeaders(res, etag, policy);
  else res.setHeader('cache-control', 'no-store');
}

/** ETag and Cache-Control of a complete, successful answer (no-store when its validator is unknown). */
export function setSuccessHeaders(res: http.ServerResponse, etag: string | null, policy: CachePolicy): void {
  if (etag === null) {
    res.setHeader('cache-control', 'no-store');
    return;
  }
  res.setHeader('etag', etag);
  res.setHeader('cache-control', successCacheControl(policy));
}

/** Apollo writes `errors` first (GraphQL spec, 7.1: errors, data, extensions), so a prefix tells. */
export function hasErrors(body: string): boolean {
  return !body.startsWith('{"data"');
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}
