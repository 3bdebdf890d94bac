import { ErrorCode } from '../../../src/api/errors';
import {
  decodeCursor,
  encodeCursor,
  MAX_FIRST,
  pageScope,
  pageWindow,
  toConnection,
} from '../../../src/api/pagination';

function codeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { code?: unknown } }).extensions?.code;
  }
  return undefined;
}

describe('cursors', () => {
  it('are opaque base64 that decode back to the offset', () => {
    const cursor = encodeCursor('obligations', 4);
    expect(cursor).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(cursor).not.toContain('4');
    expect(decodeCursor('obligations', cursor)).toBe(4);
  });

  it.each([
    ['not base64', '%%%'],
    ['base64 of something else', Buffer.from('hello').toString('base64')],
    ['a negative offset', Buffer.from('obligations:-1').toString('base64')],
    ['a fractional offset', Buffer.from('obligations:1.5').toString('base64')],
    ['an empty string', ''],
  ])('reject %s with BAD_USER_INPUT', (_, cursor) => {
    expect(codeOf(() => decodeCursor('obligations', cursor))).toBe(ErrorCode.BAD_USER_INPUT);
  });

  it("reject another connection's cursor and say what was expected and received", () => {
    const cursor = encodeCursor('search', 3);
    expect(() => decodeCursor('obligations', cursor)).toThrow(
      `expected "after" to be a cursor returned by the obligations connection, got "${cursor}"`,
    );
  });
});

describe('pageWindow', () => {
  it('defaults to the first 20 and continues after the cursor', () => {
    expect(pageWindow('actors', undefined, undefined)).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow('actors', 5, encodeCursor('actors', 9))).toEqual({ offset: 10, limit: 5 });
  });

  it(`accepts 0 to ${MAX_FIRST} and rejects anything else`, () => {
    expect(pageWindow('actors', 0, null).limit).toBe(0);
    expect(pageWindow('actors', MAX_FIRST, null).limit).toBe(MAX_FIRST);
    expect(() => pageWindow('actors', MAX_FIRST + 1, null)).toThrow(
      'expected "first" to be an integer from 0 to 100, got 101',
    );
    expect(codeOf(() => pageWindow('actors', -1, null))).toBe(ErrorCode.BAD_USER_INPUT);
  });
});

describe('toConnection', () => {
  it('numbers the cursors from the offset and says whether pages follow or precede', () => {
    const connection = toConnection('actors', { totalCount: 5, offset: 2, rows: ['c', 'd'] });
    expect(connection.edges.map((edge) => [edge.node, decodeCursor('actors', edge.cursor)])).toEqual([
      ['c', 2],
      ['d', 3],
    ]);
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor('actors', 2),
      endCursor: encodeCursor('actors', 3),
    });
  });

  it('gives null cursors for an empty page', () => {
    const connection = toConnection('actors', { totalCount: 3, offset: 0, rows: [] });
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('cursors bound to their filter', () => {
  it('decode with the same filter, whatever the order of its keys', () => {
    const scope = pageScope('obligations', { actor: 'TSB-DIRECTOR', modalities: ['INSTRUCTS'] });
    const cursor = encodeCursor(scope, 4);
    expect(decodeCursor(pageScope('obligations', { modalities: ['INSTRUCTS'], actor: 'TSB-DIRECTOR' }), cursor)).toBe(
      4,
    );
  });

  it('are BAD_USER_INPUT with another filter, naming the reason', () => {
    const cursor = encodeCursor(pageScope('obligations', { actor: 'TSB-DIRECTOR' }), 4);
    const other = pageScope('obligations', { actor: 'BDT-DIRECTOR' });
    expect(codeOf(() => pageWindow(other, 5, cursor))).toBe(ErrorCode.BAD_USER_INPUT);
    expect(() => decodeCursor(other, cursor)).toThrow(/same filter, got one issued for another filter/);
    expect(() => decodeCursor('obligations', cursor)).toThrow(/another filter/);
    expect(() => decodeCursor(other, encodeCursor('obligations', 4))).toThrow(/another filter/);
  });
});
