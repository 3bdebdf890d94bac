import fs from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { loadTypeDefs } from '../../../src/api';
import { LIMITS } from '../../../src/api/arguments';
import { DEFAULT_LIMITS } from '../../../src/api/limits';
import { ASSUMED_LIST_SIZE, countNodes, WALK_FANOUT } from '../../../src/api/node-budget';
import { readContract } from '../../contract/read-contract';
import { parseOperation } from './parse-operation';

const schema = buildSchema(loadTypeDefs());

function count(query: string, variables: Record<string, unknown> = {}): number {
  const { operation, fragments } = parseOperation(query);
  return countNodes(schema, operation, fragments, variables);
}

const neighborhood = (depth: number, limit: number) =>
  `{ neighborhood(id: "WTSA-44", depth: ${depth}, limit: ${limit}) { nodes { id } edges { source } } }`;

describe('the node budget count', () => {
  it('counts page sizes times nesting, and ASSUMED_LIST_SIZE for a list no argument bounds', () => {
    expect(count('{ resolution(id: "WTSA-44") { id } }')).toBe(1);
    expect(count('{ resolution(id: "WTSA-44") { sections { id } } }')).toBe(1 + ASSUMED_LIST_SIZE);
    expect(count('query($n: Int) { obligations(first: $n) { edges { node { id } } } }', { n: 40 })).toBe(1 + 40 + 40);
  });

  it('adds what a neighbourhood walk may visit, WALK_FANOUT ** depth, whatever its limit', () => {
    // 1 Neighborhood + limit nodes + limit edges + the walk.
    expect(count(neighborhood(1, 10))).toBe(1 + 10 + 10 + WALK_FANOUT);
    expect(count(neighborhood(3, 1))).toBe(1 + 1 + 1 + WALK_FANOUT ** 3);
    expect(count(neighborhood(0, 1))).toBe(1 + 1 + 1 + 1);
    // Each alias walks again.
    const aliased = `{ a: ${neighborhood(2, 5).slice(2, -2)} b: ${neighborhood(2, 5).slice(2, -2)} }`;
    expect(count(aliased)).toBe(2 * (1 + 5 + 5 + WALK_FANOUT ** 2));
  });

  it('puts every depth-3 walk in the heavy lane and leaves the default neighbourhood light', () => {
    expect(count(neighborhood(3, 1))).toBeGreaterThan(DEFAULT_LIMITS.heavyNodes);
    expect(count('{ neighborhood(id: "WTSA-44") { nodes { id } edges { source } } }')).toBeLessThanOrEqual(
      DEFAULT_LIMITS.heavyNodes,
    );
  });

  it('prices a depth beyond the allowed range as the deepest walk, so that the field refuses it with its own message', () => {
    expect(count(neighborhood(99, 1))).toBe(count(neighborhood(3, 1)));
    expect(count(neighborhood(99, 1))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNodes);
  });

  it('takes one walk of depth 3 per operation: any two exceed the budget, whatever they select', () => {
    const walks = (limit: number) =>
      `{ a: ${neighborhood(3, limit).slice(2, -2)} b: ${neighborhood(3, limit).slice(2, -2)} }`;
    expect(count(neighborhood(3, LIMITS.neighborhoodLimit.max))).toBeLessThanOrEqual(DEFAULT_LIMITS.maxNodes);
    expect(count(walks(1))).toBeGreaterThan(DEFAULT_LIMITS.maxNodes);
    expect(count(walks(LIMITS.neighborhoodLimit.max))).toBeGreaterThan(DEFAULT_LIMITS.maxNodes);
    // A walk that returns only whether it was cut short still walks.
    const bare =
      '{ a: neighborhood(id: "WTSA-44", depth: 3, limit: 500) { truncated } b: neighborhood(id: "PP-123", depth: 3, limit: 500) { truncated } }';
    expect(count(bare)).toBe(2 * (1 + WALK_FANOUT ** 3));
    expect(count(bare)).toBeGreaterThan(DEFAULT_LIMITS.maxNodes);
  });

  it('keeps every operation the explorer sends within the budget, with the largest variables it sends', () => {
    const largest: Record<string, Record<string, unknown>> = {
      ExplorerNeighborhood: { id: 'WTSA-44', lang: 'EN', depth: 3, limit: LIMITS.neighborhoodLimit.max },
      ExplorerActor: { id: 'ITU-T', lang: 'EN', includeSubordinates: true, first: 100 },
      ExplorerSearch: { text: '口译', lang: 'ZH', first: 100 },
    };
    const dir = path.resolve(__dirname, '../../../explorer/operations');
    const files = fs.readdirSync(dir).filter((file) => file.endsWith('.graphql'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const query = fs.readFileSync(path.join(dir, file), 'utf8');
      const name = /query (\w+)/.exec(query)?.[1] ?? file;
      expect([name, count(query, largest[name] ?? { id: 'WTSA-44', lang: 'EN' }) <= DEFAULT_LIMITS.maxNodes]).toEqual([
        name,
        true,
      ]);
    }
  });

  it('keeps every contract operation within the budget', () => {
    for (const op of readContract()) {
      for (const variables of op.variableSets) {
        expect([op.file, count(op.query, variables) <= DEFAULT_LIMITS.maxNodes]).toEqual([op.file, true]);
      }
    }
  });
});
