/**
 * Relay cursor connections over offsets. A cursor is base64 of `<connection>:<offset>`, so a
 * cursor is checked on the way in: it must decode, name the same connection and hold a
 * non-negative integer. `first` is capped at MAX_FIRST.
 */
import { BadUserInputError } from './errors';

export const MAX_FIRST = 100;

export interface Window {
  offset: number;
  limit: number;
}

export function encodeCursor(connection: string, offset: number): string {
  return Buffer.from(`${connection}:${offset}`, 'utf8').toString('base64');
}

/** The offset a cursor points at; BAD_USER_INPUT for anything this connection did not issue. */
export function decodeCursor(connection: string, cursor: string): number {
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(cursor) ? Buffer.from(cursor, 'base64').toString('utf8') : '';
  const match = /^([a-z]+):(0|[1-9][0-9]{0,8})$/.exec(decoded);
  if (!match || match[1] !== connection) {
    throw new BadUserInputError(
      `expected "after" to be a cursor returned by the ${connection} connection, got ${JSON.stringify(cursor)}`,
      'after',
    );
  }
  return Number(match[2]);
}

/** Checks `first` and `after` and turns them into the window of rows to read. */
export function pageWindow(connection: string, first: number | null | undefined, after: string | null | undefined): Window {
  const limit = first ?? 20;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_FIRST) {
    throw new BadUserInputError(`expected "first" to be an integer from 0 to ${MAX_FIRST}, got ${limit}`, 'first');
  }
  const offset = after == null ? 0 : decodeCursor(connection, after) + 1;
  return { offset, limit };
}

export interface Connection<E> {
  totalCount: number;
  edges: (E & { cursor: string })[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Shapes a page of rows as a connection; `edge` may add fields (score, highlight) to each edge. */
export function toConnection<R>(connection: string, page: PageOf<R>): Connection<{ node: R }>;
export function toConnection<R, E>(connection: string, page: PageOf<R>, edge: (row: R) => E): Connection<E>;
export function toConnection<R, E>(connection: string, page: PageOf<R>, edge?: (row: R) => E): Connection<E | { node: R }> {
  const shape = edge ?? ((row: R) => ({ node: row }));
  const edges = page.rows.map((row, i) => ({ ...shape(row), cursor: encodeCursor(connection, page.offset + i) }));
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
