import { rootFieldInfo } from './parse-operation';
import { prefetchTree } from '../../../src/api/prefetch';
import { StatementCache, statementKey, treeKey } from '../../../src/api/statement-cache';
import type { Query } from '../../../src/graph/database';
import { nodeWithPrefetchQuery } from '../../../src/graph/queries/prefetch';

/** The prefetch tree of the operation's first root field. */
function treeOf(query: string, variableValues: Record<string, unknown> = {}) {
  return prefetchTree(rootFieldInfo(query, variableValues));
}

const statement = (n: number): Query => ({ cypher: `RETURN $x${'.'.repeat(n)}`, params: { x: n } });

describe('StatementCache', () => {
  it('builds a key’s statement once and gives the same one back while it is kept', () => {
    const cache = new StatementCache();
    let built = 0;
    const build = () => {
      built += 1;
      return statement(1);
    };
    const first = cache.get('a', build);
    expect(cache.get('a', build)).toBe(first);
    expect(built).toBe(1);
    expect(cache.get('b', build)).not.toBe(first);
    expect(built).toBe(2);
    expect(cache.stats).toMatchObject({ entries: 2, hits: 1, misses: 2 });
  });

  it('keeps its entries under its byte budget, the least recently used out first', () => {
    const cache = new StatementCache(10_000);
    for (let i = 0; i < 200; i += 1) cache.get(`key ${i}`, () => statement(100));
    expect(cache.stats.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.stats.entries).toBeGreaterThan(0);
    expect(cache.stats.entries).toBeLessThan(200);
    let rebuilt = false;
    cache.get('key 199', () => {
      rebuilt = true;
      return statement(100);
    });
    expect(rebuilt).toBe(false);
    cache.get('key 0', () => {
      rebuilt = true;
      return statement(100);
    });
    expect(rebuilt).toBe(true);
  });

  it('does not keep a statement larger than an eighth of its budget, and still answers it', () => {
    const cache = new StatementCache(8_000);
    let built = 0;
    const big = () => {
      built += 1;
      return statement(2_000);
    };
    expect(cache.get('big', big).params).toEqual({ x: 2_000 });
    cache.get('big', big);
    expect(built).toBe(2);
    expect(cache.stats.entries).toBe(0);
  });
});

describe('statement keys', () => {
  const sections = `{ resolution(id: "WTSA-44") { id sections { id heading(lang: ZH) } } }`;

  it('are equal for selections that build the same statement, whatever their spelling', () => {
    const a = treeOf(sections);
    const b = treeOf(`{ resolution(id: "WTSA-44") { sections { heading(lang: ZH) id } id } }`);
    expect(treeKey(a)).toBe(treeKey(b));
    expect(nodeWithPrefetchQuery('WTSA-44', a).cypher).toBe(nodeWithPrefetchQuery('WTSA-44', b).cypher);
  });

  it('differ with what the statement reads, loads, in which order, and with the arguments', () => {
    const base = treeOf(sections);
    const others = [
      treeOf(`{ resolution(id: "WTSA-44") { id number sections { id heading(lang: ZH) } } }`),
      treeOf(`{ resolution(id: "WTSA-44") { id sections { id provisions { id } } } }`),
      treeOf(`{ resolution(id: "WTSA-44") { id sections { id } annex { id } } }`),
      treeOf(`{ resolution(id: "WTSA-44") { id annex { id } sections { id } } }`),
      treeOf(`{ actor(id: "TSB") { id obligations(first: 5) { totalCount } } }`),
      treeOf(`{ actor(id: "TSB") { id obligations(first: 6) { totalCount } } }`),
    ];
    const keys = [base, ...others].map(treeKey);
    expect(new Set(keys).size).toBe(keys.length);
    const tree = treeOf(sections);
    expect(statementKey('Query.resolution', 'WTSA-44', treeKey(tree))).not.toBe(
      statementKey('Query.resolution', 'WTSA-54', treeKey(tree)),
    );
    expect(statementKey('Query.resolution', { a: 1, b: null }, treeKey(tree))).toBe(
      statementKey('Query.resolution', { b: null, a: 1 }, treeKey(tree)),
    );
    expect(statementKey('Query.resolution', 'x', treeKey(tree))).not.toBe(
      statementKey('Query.node', 'x', treeKey(tree)),
    );
  });
});
