import { stableJson } from '../../../src/api/stable-json';
import { etagFor, ifNoneMatchHolds, requestKey } from '../../../src/http/http-cache';
import { parseCorsOrigins } from '../../../src/http/cors';
import { readConfig } from '../../../src/config';

const get = (params: Record<string, string>, accept?: string) => ({
  method: 'GET',
  search: new URLSearchParams(params),
  body: undefined,
  accept,
});

describe('validators keyed on the graph version and the request', () => {
  it('gives a GET and a POST of the same operation the same key, whatever the order of variables', () => {
    const viaGet = requestKey(get({ query: '{ a }', variables: '{"x":1,"y":2}' }));
    const viaPost = requestKey({
      method: 'POST',
      search: new URLSearchParams(),
      body: { query: '{ a }', variables: { y: 2, x: 1 } },
      accept: undefined,
    });
    expect(viaGet).toBe(viaPost);
  });

  it('changes with the graph version, the variables, the persisted hash and the Accept header', () => {
    const base = etagFor('v1@t1', get({ query: '{ a }' }));
    expect(base).toMatch(/^W\/"[A-Za-z0-9_-]{27}"$/);
    expect(etagFor('v1@t1', get({ query: '{ a }' }))).toBe(base);
    expect(etagFor('v1@t2', get({ query: '{ a }' }))).not.toBe(base);
    expect(etagFor('v1@t1', get({ query: '{ a }', variables: '{"x":1}' }))).not.toBe(base);
    expect(etagFor('v1@t1', get({ extensions: '{"persistedQuery":{"version":1,"sha256Hash":"ab"}}' }))).not.toBe(
      etagFor('v1@t1', get({ extensions: '{"persistedQuery":{"version":1,"sha256Hash":"cd"}}' })),
    );
    expect(etagFor('v1@t1', get({ query: '{ a }' }, 'application/graphql-response+json'))).not.toBe(base);
    expect(etagFor(null, get({ query: '{ a }' }))).toBeNull();
  });

  it('compares If-None-Match weakly, in a list, and with *', () => {
    expect(ifNoneMatchHolds('W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHolds('"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHolds('W/"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHolds('*', 'W/"abc"')).toBe(true);
    expect(ifNoneMatchHolds('W/"abd"', 'W/"abc"')).toBe(false);
    expect(ifNoneMatchHolds(undefined, 'W/"abc"')).toBe(false);
  });

  it('writes JSON with sorted keys', () => {
    expect(stableJson({ b: [1, { d: 1, c: 2 }], a: null, u: undefined })).toBe('{"a":null,"b":[1,{"c":2,"d":1}]}');
  });
});

describe('CORS_ORIGINS', () => {
  it('is * by default, or a list of exact origins', () => {
    expect(readConfig({}).http.corsOrigins).toBe('*');
    expect(parseCorsOrigins(' https://a.example , http://127.0.0.1:5173 ')).toEqual([
      'https://a.example',
      'http://127.0.0.1:5173',
    ]);
  });

  it('stops the service on an entry that is not an origin', () => {
    expect(parseCorsOrigins('https://a.example/path')).toEqual({ invalid: 'https://a.example/path' });
    expect(() => readConfig({ CORS_ORIGINS: 'a.example' })).toThrow(/CORS_ORIGINS .* got "a.example"/);
    expect(() => readConfig({ TRUSTED_DOCUMENTS_ONLY: 'yes' })).toThrow(/TRUSTED_DOCUMENTS_ONLY must be true or false/);
  });
});
