/**
 * Relay cursor connections over offsets. A cursor is base64 of `<scope>:<offset>`, where the
 * scope is the connection's name and a hash of the list it pages — its filter, and its parent
 * for a list below a node (`pageScope`) — so a cursor is checked on the way in: it must decode,
 * come from the same connection with the same filter, and hold a non-negative integer. An
 * offset means nothing in another list, so a cursor used with another filter is refused rather
 * than silently skipping rows. `first` is capped at MAX_FIRST.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import { BadUserInputError } from './errors';
import { stableJson } from './stable-json';

export const MAX_FIRST = 100;

export interface Window {
  offset: number;
  limit: number;
}

/**
 * What a cursor is bound to: `connection`, or `connection.<hash>` when the list is narrowed by
 * `filter` (any JSON value: the filter's arguments, the parent's id).
 */
export function pageScope(connection: string, filter: unknown = null): string {
  if (filter === null || filter === undefined) return connection;
  return `${connection}.${filterHash(stableJson(filter))}`;
}

/** Hashes of the filters seen lately: the same filters come back request after request. */
const FILTER_HASHES = new LRUCache<string, string>({ max: 1_000 });

function filterHash(json: string): string {
  let hash = FILTER_HASHES.get(json);
  if (hash === undefined) {
    hash = createHash('sha256').update(json).digest('base64url').slice(0, 12);
    FILTER_HASHES.set(json, hash);
  }
  return hash;
}

export function encodeCursor(scope: string, offset: number): string {
  return Buffer.from(`${scope}:${offset}`, 'utf8').toString('base64');
}

/** The offset a cursor points at; BAD_USER_INPUT for anything this connection and filter did not issue. */
export function decodeCursor(scope: string, cursor: string): number {
  const connection = scope.split('.')[0];
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const match = /^([a-z]+)(\.[A-Za-z0-9_-]+)?:(0|[1-9][0-9]{0,8})$/.exec(decoded);
  if (!match || match[1] !== connection) {
    throw new BadUserInputError(
      `expected "after" to be a cursor returned by the ${connection} connection, got ${JSON.stringify(cursor)}`,
      'after',
    );
  }
  if (`${match[1]}${match[2] ?? ''}` !== scope) {
    throw new BadUserInputError(
      `expected "after" to be a cursor returned by the ${connection} connection with the same filter, got one issued for another filter: ${JSON.stringify(cursor)}`,
      'after',
    );
  }
  return Number(match[3]);
}

/** Checks `first` and `after` and turns them into the window of rows to read. */
export function pageWindow(scope: string, first: number | null | undefined, after: string | null | undefined): Window {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_FIRST) {
    throw new BadUserInputError(`expected "first" to be an integer from 0 to ${MAX_FIRST}, got ${limit}`, 'first');
  }
  const offset = after == null ? 0 : decodeCursor(scope, after) + 1;
  return { offset, limit };
}

export interface Connection<E> {
  totalCount: number;
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Shapes a page of rows as a connection; `edge` may add fields (score, highlight) to each edge. */
export function toConnection<R>(scope: string, page: PageOf<R>): Connection<{ node: R }>;
export function toConnection<R, E>(scope: string, page: PageOf<R>, edge: (row: R) => E): Connection<E>;
export function toConnection<R, E>(scope: string, page: PageOf<R>, edge?: (row: R) => E): Connection<E | { node: R }> {
  const shape = edge ?? ((row: R) => ({ node: row }));
  const edges = page.rows.map((row, i) => ({ ...shape(row), cursor: encodeCursor(scope, page.offset + i) }));
  return {
    totalCount: page.totalCount,
    edges,
    pageInfo: {
      hasNextPage: page.offset + page.rows.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges.length > 0 ? edges[0].cursor : null,
      endCursor: edges.length > 0 ? edges[edges.length - 1].cursor : null,
    },
  };
}

interface PageOf<R> {
  totalCount: number;
  offset: number;
  rows: R[];
}
