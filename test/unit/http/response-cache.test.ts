import { readConfig, DEFAULT_RESPONSE_CACHE_BYTES } from '../../../src/config';
import { ENTRY_OVERHEAD_BYTES, ResponseCache } from '../../../src/http/response-cache';

const JSON_TYPE: [string, string][] = [['content-type', 'application/json; charset=utf-8']];
const answer = (size: number, fill = 'x') => `{"data":{"t":"${fill.repeat(size)}"}}`;

describe('the response cache', () => {
  it('answers what it kept, under the same graph version only', () => {
    const cache = new ResponseCache({ maxBytes: 100_000 });
    expect(cache.get('v1@t1', 'k')).toBeUndefined();
    expect(cache.set('v1@t1', 'k', JSON_TYPE, answer(10))).toBe(true);
    expect(cache.get('v1@t1', 'k')?.body.toString()).toBe(answer(10));
    expect(cache.get('v1@t1', 'other')).toBeUndefined();
    // A load: the first request under the new version empties the cache.
    expect(cache.get('v1@t2', 'k')).toBeUndefined();
    expect(cache.stats).toMatchObject({ entries: 0, bytes: 0, invalidations: 1, hits: 1, misses: 3, stored: 1 });
  });

  it('refuses an answer computed under a version other than the one it last saw', () => {
    const cache = new ResponseCache({ maxBytes: 100_000 });
    cache.get('v1@t2', 'k');
    expect(cache.set('v1@t1', 'k', JSON_TYPE, answer(10))).toBe(false);
    expect(cache.get('v1@t2', 'k')).toBeUndefined();
    expect(cache.stats.entries).toBe(0);
  });

  it('counts the UTF-8 bytes of every entry and never holds more than its budget', () => {
    const maxBytes = 20_000;
    const cache = new ResponseCache({ maxBytes });
    cache.get('v', 'k0');
    const chinese = answer(100, '决议'); // 3 bytes per character in UTF-8
    expect(cache.set('v', 'k0', JSON_TYPE, chinese)).toBe(true);
    const headerBytes = JSON_TYPE[0][0].length + JSON_TYPE[0][1].length;
    expect(cache.stats.bytes).toBe(Buffer.byteLength(chinese) + 'k0'.length + headerBytes + ENTRY_OVERHEAD_BYTES);
    for (let i = 1; i < 200; i++) {
      cache.set('v', `k${i}`, JSON_TYPE, answer(500 + i));
      expect(cache.stats.bytes).toBeLessThanOrEqual(maxBytes);
    }
    expect(cache.stats.entries).toBeLessThan(cache.stats.stored);
    // Least recently used first: the newest is there, the oldest gone.
    expect(cache.get('v', 'k199')).toBeDefined();
    expect(cache.get('v', 'k0')).toBeUndefined();
  });

  it('does not keep an answer larger than an eighth of its budget', () => {
    const cache = new ResponseCache({ maxBytes: 80_000 });
    cache.get('v', 'small');
    expect(cache.set('v', 'small', JSON_TYPE, answer(100))).toBe(true);
    expect(cache.set('v', 'large', JSON_TYPE, answer(10_000))).toBe(false);
    expect(cache.get('v', 'small')).toBeDefined();
    expect(cache.stats.entries).toBe(1);
  });
});

describe('RESPONSE_CACHE and RESPONSE_CACHE_MAX_BYTES', () => {
  it('is on by default with a 32 MiB budget, off with RESPONSE_CACHE=off, and refuses anything else', () => {
    expect(readConfig({}).http.responseCache).toEqual({ maxBytes: DEFAULT_RESPONSE_CACHE_BYTES });
    expect(DEFAULT_RESPONSE_CACHE_BYTES).toBe(32 * 1024 * 1024);
    expect(readConfig({ RESPONSE_CACHE: 'on', RESPONSE_CACHE_MAX_BYTES: '1000000' }).http.responseCache).toEqual({
      maxBytes: 1_000_000,
    });
    expect(readConfig({ RESPONSE_CACHE: 'off' }).http.responseCache).toBeNull();
    expect(() => readConfig({ RESPONSE_CACHE: 'yes' })).toThrow(/RESPONSE_CACHE must be on or off, got "yes"/);
    expect(() => readConfig({ RESPONSE_CACHE_MAX_BYTES: '10' })).toThrow(/RESPONSE_CACHE_MAX_BYTES must be an integer/);
  });
});
