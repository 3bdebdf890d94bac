import { GraphQLError } from 'graphql';
import { formatError } from '../../../src/api';
import { integerArgument, searchTextArgument } from '../../../src/api/arguments';
import {
  BadUserInputError,
  ErrorCode,
  InternalServerError,
  isUnavailable,
  ServiceUnavailableError,
  toApiError,
} from '../../../src/api/errors';

describe('typed errors', () => {
  it('extend GraphQLError with one code each', () => {
    expect(new BadUserInputError('x')).toBeInstanceOf(GraphQLError);
    expect(new BadUserInputError('x').extensions.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(new ServiceUnavailableError().extensions.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(new InternalServerError().extensions.code).toBe(ErrorCode.INTERNAL_SERVER_ERROR);
  });
});

describe('Neo4j being unreachable', () => {
  it.each([
    [{ code: 'ServiceUnavailable', message: 'Could not perform discovery' }],
    [{ code: 'SessionExpired', message: 'gone' }],
    [{ code: 'ECONNREFUSED', message: 'connect' }],
    [new Error('connect ECONNREFUSED 127.0.0.1:1')],
  ])('is recognized in %p', (error) => {
    expect(isUnavailable(error)).toBe(true);
    expect(toApiError(error)).toBeInstanceOf(ServiceUnavailableError);
  });

  it('is not confused with a bad query', () => {
    const syntax = { code: 'Neo.ClientError.Statement.SyntaxError', message: 'Invalid input' };
    expect(isUnavailable(syntax)).toBe(false);
    expect(toApiError(syntax)).toBe(syntax);
  });
});

describe('formatError', () => {
  it('hides the details of unknown errors behind INTERNAL_SERVER_ERROR', () => {
    const leaked = new GraphQLError('Neo4jError: Invalid input near MATCH (n:Secret)', {
      extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at secret.ts:1'] },
    });
    const formatted = formatError(leaked.toJSON(), leaked);
    expect(formatted).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('keeps the message and code of typed errors', () => {
    const error = new BadUserInputError('expected "first" to be an integer from 0 to 100, got 101', 'first');
    expect(formatError(error.toJSON(), error)).toMatchObject({
      message: 'expected "first" to be an integer from 0 to 100, got 101',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('reports an unreachable Neo4j as SERVICE_UNAVAILABLE', () => {
    const original = Object.assign(new Error('Could not perform discovery. No routing servers available.'), {
      code: 'ServiceUnavailable',
    });
    const wrapped = new GraphQLError(original.message, { originalError: original, path: ['search'] });
    expect(formatError(wrapped.toJSON(), wrapped).extensions?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    expect(formatError(wrapped.toJSON(), wrapped).message).not.toContain('routing');
  });

  it("passes the client's own mistakes through", () => {
    const invalid = new GraphQLError('Cannot query field "nope" on type "Query".', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(formatError(invalid.toJSON(), invalid)).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  });
});

describe('argument checks', () => {
  it('say what was expected and what was received', () => {
    expect(() => integerArgument('depth', 4, { min: 0, max: 3 })).toThrow(
      'expected "depth" to be an integer from 0 to 3, got 4',
    );
    expect(() => searchTextArgument('   ')).toThrow(
      'expected "text" to hold at least one non-blank character, got "   "',
    );
    expect(searchTextArgument(' 口译 ')).toBe('口译');
    expect(() => searchTextArgument('字'.repeat(201))).toThrow(
      'expected "text" to be at most 200 characters long, got 201',
    );
  });
});
