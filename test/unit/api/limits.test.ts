import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { loadTypeDefs } from '../../../src/api';
import { aliasLimitRule, depthLimitRule, readOnlyRule } from '../../../src/api/limits';

const schema = buildSchema(loadTypeDefs());
const errorsOf = (query: string, rules = [readOnlyRule, depthLimitRule(4), aliasLimitRule(2)]) =>
  validate(schema, parse(query), [...specifiedRules, ...rules]).map((error) => error.message);

describe('request limits', () => {
  it('accept a query within the limits', () => {
    expect(errorsOf('{ resolution(id: "WTSA-44") { sections { provisions { id } } } }')).toEqual([]);
  });

  it('reject a mutation or a subscription: the API is read-only', () => {
    expect(errorsOf('mutation { x }')).toContain('expected a query operation (the API is read-only), got a mutation');
    expect(errorsOf('subscription { x }')).toContain('expected a query operation (the API is read-only), got a subscription');
  });

  it('reject nesting deeper than the limit, counting fragments where they are spread', () => {
    const deep = '{ resolution(id: "a") { sections { provisions { children { id } } } } }';
    expect(errorsOf(deep)).toEqual(['expected fields nested at most 4 deep, got a depth of 5']);
    const viaFragment = '{ resolution(id: "a") { ...S } } fragment S on Resolution { sections { provisions { children { id } } } }';
    expect(errorsOf(viaFragment)).toEqual(['expected fields nested at most 4 deep, got a depth of 5']);
  });

  it('reject more aliases than the limit', () => {
    expect(errorsOf('{ a: node(id: "1") { id } b: node(id: "2") { id } c: node(id: "3") { id } }')).toEqual([
      'expected at most 2 aliased fields, got 3',
    ]);
  });
});
