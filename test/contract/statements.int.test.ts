/**
 * The statements the API sends for every contract operation hold no literal value: every value,
 * offset, limit and filter — and every constant — is a parameter, so that one shape of
 * selection is one statement text, which Neo4j plans once whatever the arguments. The only
 * numbers allowed in the text are the bounds of variable-length patterns (`*0..20`) and the
 * count of a path selector (`SHORTEST 1`), which Cypher does not take as parameters.
 */
import { createApolloServer, createContext } from '../../src/api';
import type { Database, Query, ReadOptions } from '../../src/graph/database';
import { useSeededServer } from '../integration/neo4j-env';
import { readContract } from './read-contract';

/** The literals in a statement's text: quoted strings, and numbers outside pattern bounds. */
function literalsIn(cypher: string): string[] {
  const text = cypher
    .replace(/`[^`]*`/g, '``')
    .replace(/\*\d+\.\.\d+/g, '*')
    .replace(/\bSHORTEST \d+/g, 'SHORTEST')
    .replace(/\.\./g, ' .. ');
  const strings = text.match(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g) ?? [];
  const numbers =
    text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, '').match(/(?<![\w$.])\d+(?:\.\d+)?(?![\w])/g) ?? [];
  return [...strings, ...numbers];
}

describe('the statements of the contract operations', () => {
  const server = createApolloServer();
  const database = useSeededServer(server);

  it('finds literals where there are some', () => {
    expect(literalsIn('MATCH (n {id: \'x\'}) WHERE n.a > 3 RETURN n[0..2], "y"')).toEqual([
      "'x'",
      '"y"',
      '3',
      '0',
      '2',
    ]);
    expect(
      literalsIn('MATCH SHORTEST 1 (a)<-[:PART_OF*0..20]-(b) WHERE b.`x 1` = $param1 RETURN this0, var12'),
    ).toEqual([]);
  });

  const operations = readContract().flatMap((op) =>
    op.variableSets.map((variables) => [op.file, JSON.stringify(variables), op.query, variables] as const),
  );

  it.each(operations)('%s with %s: every value is a parameter', async (_file, _label, query, variables) => {
    const db = database();
    const statements: Query[] = [];
    const recording = Object.assign(Object.create(db) as Database, {
      read: (statement: Query, options?: ReadOptions) => {
        statements.push(statement);
        return db.read(statement, options);
      },
    });
    const response = await server.executeOperation({ query, variables }, { contextValue: createContext(recording) });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    expect(response.body.singleResult.errors).toBeUndefined();
    expect(statements.length).toBeGreaterThan(0);
    for (const { cypher } of statements)
      expect({ cypher, literals: literalsIn(cypher) }).toEqual({ cypher, literals: [] });
  });
});
