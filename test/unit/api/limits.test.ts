import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { loadTypeDefs } from '../../../src/api';
import { armorProtection, DEFAULT_LIMITS, readOnlyRule, type RequestLimits } from '../../../src/api/limits';
import { readConfig } from '../../../src/config';
import { readContract } from '../../contract/read-contract';

const schema = buildSchema(loadTypeDefs());
const errorsOf = (query: string, limits: Partial<RequestLimits> = {}) => {
  const { validationRules } = armorProtection({ ...DEFAULT_LIMITS, ...limits }, { production: false });
  return validate(schema, parse(query), [...specifiedRules, readOnlyRule, ...validationRules]).map(
    (error) => error.message,
  );
};

describe('request limits', () => {
  it('accept every contract operation with the default limits', () => {
    const operations = readContract();
    expect(operations.length).toBe(13);
    for (const { file, query } of operations) expect([file, errorsOf(query)]).toEqual([file, []]);
  });

  it('reject a mutation or a subscription: the API is read-only', () => {
    expect(errorsOf('mutation { x }')).toContain('expected a query operation (the API is read-only), got a mutation');
    expect(errorsOf('subscription { x }')).toContain(
      'expected a query operation (the API is read-only), got a subscription',
    );
  });

  it('reject nesting deeper than the limit, counting fragments where they are spread, and name the limit', () => {
    const deep = '{ resolution(id: "a") { sections { provisions { children { id } } } } }';
    expect(errorsOf(deep, { maxDepth: 3 })).toEqual([expect.stringMatching(/depth limit of 3/)]);
    const viaFragment =
      '{ resolution(id: "a") { ...S } } fragment S on Resolution { sections { provisions { children { id } } } }';
    expect(errorsOf(viaFragment, { maxDepth: 3 })).toEqual([expect.stringMatching(/depth limit of 3/)]);
    expect(errorsOf(deep, { maxDepth: 5 })).toEqual([]);
  });

  it('reject more aliases than the limit, and name the limit', () => {
    const query = '{ a: node(id: "1") { id } b: node(id: "2") { id } c: node(id: "3") { id } }';
    expect(errorsOf(query, { maxAliases: 2 })).toEqual([expect.stringMatching(/aliases limit of 2/i)]);
    expect(errorsOf(query, { maxAliases: 3 })).toEqual([]);
  });

  it('reject more directives than the limit, and a query costlier than the limit', () => {
    expect(
      errorsOf('{ graph { version @include(if: true) loadedAt @skip(if: false) } }', { maxDirectives: 1 }),
    ).toEqual([expect.stringMatching(/directives limit of 1/i)]);
    expect(errorsOf('{ resolution(id: "a") { sections { provisions { id label } } } }', { maxCost: 10 })).toEqual([
      expect.stringMatching(/cost limit of 10/i),
    ]);
  });

  it('are read from the environment, with a clear error for a bad value', () => {
    expect(readConfig({}).limits).toEqual(DEFAULT_LIMITS);
    expect(readConfig({ GRAPHQL_MAX_DEPTH: '7', GRAPHQL_MAX_COST: '900' }).limits).toMatchObject({
      maxDepth: 7,
      maxCost: 900,
    });
    expect(() => readConfig({ GRAPHQL_MAX_DEPTH: 'deep' })).toThrow(
      'GRAPHQL_MAX_DEPTH must be an integer from 1 to 100, got "deep"',
    );
    expect(readConfig({ HTTP_MAX_BODY_BYTES: '5000' }).maxBodyBytes).toBe(5000);
  });
});
