/**
 * The GraphQL API, as the server uses it: the SDL (schema/*.graphql), the resolvers, the
 * Apollo Server that serves them, and the per-request context factory. Everything else in
 * src/api is internal.
 */
import fs from 'node:fs';
import path from 'node:path';
import {
  ApolloServer,
  HeaderMap,
  type ApolloServerOptionsWithGateway,
  type ApolloServerOptionsWithTypeDefs,
  type ApolloServerPlugin,
} from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { printSchema, type ExecutionResult, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import { CompiledExecution } from './compiled-execution';
import { createContext, type Context, type RequestInfo, type RequestLogger } from './context';
import { ApiError, ErrorCode, isUnavailable, ServiceUnavailableError } from './errors';
import { armorProtection, DEFAULT_LIMITS, readOnlyRule, type RequestLimits } from './limits';
import { nodeBudgetPlugin, singleSchemaIntrospectionRule } from './node-budget';
import { resolvers } from './resolvers';
import { ManifestFirstCache, TRUSTED_MANIFEST, trustedDocumentsOnly } from './trusted-documents';

export { createContext, type Context, type RequestInfo, type RequestLogger };
export type { AdmissionTicket } from './node-budget';
export { ErrorCode } from './errors';
export { DEFAULT_LIMITS, type RequestLimits } from './limits';
export { resolvers };

/** The schema/ folder: found from this file upwards, so that it works from src/ and from a build. */
function schemaDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'schema');
    if (fs.existsSync(candidate) && fs.readdirSync(candidate).some((name) => name.endsWith('.graphql')))
      return candidate;
    if (path.dirname(dir) === dir)
      throw new Error(`expected a schema/ folder with .graphql files above ${__dirname}, found none`);
  }
}

/** The SDL: every schema/*.graphql file, in name order. */
export function loadTypeDefs(): string {
  const dir = schemaDir();
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => fs.readFileSync(path.join(dir, name), 'utf8'))
    .join('\n');
}

/** Codes that Apollo and graphql-js give to a client's mistakes: passed through as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_IN_LIST',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * The code of a client's mistake that Apollo reports without one of its own codes (an
 * unsupported persisted-query version, a hash that does not match the query, a malformed
 * persisted-query extension): the 4xx status it attaches says it is the client's doing.
 */
function clientCode(formatted: GraphQLFormattedError, error: unknown): string | null {
  const code = formatted.extensions?.code ?? (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return code;
  const status = (error as { extensions?: { http?: { status?: unknown } } } | null)?.extensions?.http?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return 'BAD_REQUEST';
  return null;
}

/**
 * What the client sees of an error: our typed errors and the client's own mistakes as they
 * are; Neo4j being unreachable as SERVICE_UNAVAILABLE; anything else as INTERNAL_SERVER_ERROR
 * with a fixed message, so that no internals (Cypher, stack, driver messages) leak.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const { message, locations, path: errorPath } = formatted;
  if (original instanceof ApiError) {
    return {
      message: original.message,
      locations,
      path: errorPath,
      extensions: { ...original.extensions, code: original.code },
    };
  }
  if (isUnavailable(original)) {
    const unavailable = new ServiceUnavailableError();
    return {
      message: unavailable.message,
      locations,
      path: errorPath,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const code = clientCode(formatted, error);
  if (code) return { message, locations, path: errorPath, extensions: { code } };
  return {
    message: 'Internal server error',
    locations,
    path: errorPath,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Whether the client is told what went wrong (so the details need not be logged). */
function isReported(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof ApiError) return original.code !== ErrorCode.INTERNAL_SERVER_ERROR;
  if (isUnavailable(original)) return true;
  return clientCode({ message: '' }, error) !== null;
}

/**
 * One structured log line per GraphQL request: request id, operation name, duration, database
 * round trips and the error codes returned (never variables: they may hold anything); and the
 * errors the client sees only as INTERNAL_SERVER_ERROR, logged with the request id. One plugin
 * for both: Apollo calls every plugin's hooks at each step of every request.
 */
const logRequests: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    const began = process.hrtime.bigint();
    return {
      async didEncounterErrors({ errors, contextValue, logger }) {
        for (const error of errors) {
          if (isReported(error)) continue;
          const details = { err: unwrapResolverError(error), path: error.path, requestId: contextValue.requestId };
          if (contextValue.logger) contextValue.logger.error(details, 'GraphQL request failed');
          else logger.error(details);
        }
      },
      async willSendResponse({ contextValue, operationName, response, errors }) {
        if (!contextValue.logger) return;
        const ms = Number(process.hrtime.bigint() - began) / 1e6;
        const codes = errors?.map(({ extensions }) =>
          typeof extensions?.code === 'string' ? extensions.code : 'INTERNAL_SERVER_ERROR',
        );
        contextValue.logger.info(
          {
            requestId: contextValue.requestId,
            operationName: operationName ?? null,
            ms: Math.round(ms * 10) / 10,
            roundTrips: contextValue.roundTrips.count,
            status: response.http.status ?? 200,
            ...(codes?.length ? { errors: [...new Set(codes)] } : {}),
          },
          'graphql request',
        );
      },
    };
  },
};

export type ApiServerOptions = Omit<ApolloServerOptionsWithTypeDefs<Context>, 'typeDefs' | 'resolvers'> & {
  /** Request limits (default DEFAULT_LIMITS; the server passes those of the environment). */
  limits?: RequestLimits;
  /** Production hides field suggestions ("Did you mean …?"). */
  production?: boolean;
  /** Refuse every document that is not in the trusted-document manifest (./trusted-documents). */
  trustedDocumentsOnly?: boolean;
  /**
   * How many times an operation is run by graphql-js before it is compiled (./compiled-execution.ts;
   * default DEFAULT_COMPILE_AFTER; Infinity: never).
   */
  compileAfter?: number;
};

/**
 * An operation is compiled the tenth time it is seen: a selection sent a few times (a
 * researcher's own query, an attacker's stream of shapes) costs no compilation (up to tens of
 * milliseconds for the largest contract operation) and never runs as fresh, unoptimised code,
 * while one a frontend sends again and again is compiled within its first seconds. With the
 * third sighting instead, shapes sent three or four times ran slower compiled than interpreted
 * (bench any-shape stream, two short runs side by side: 42.7 against 86.0 and 128.8 against
 * 170.4 answers/s on the pass that compiled them).
 */
export const DEFAULT_COMPILE_AFTER = 10;

/**
 * Apollo runs every operation through a gateway's executor when it has one: this one runs it
 * compiled, or through graphql-js (./compiled-execution.ts), over the schema Apollo would build
 * from the SDL and the resolvers. Apollo still parses, validates, applies every limit and runs
 * every plugin as without it.
 *
 * The operation runs one step earlier, in the plugin's `responseForOperation` (after every
 * limit and the admission queue, in `didResolveOperation`): a complete answer without errors is
 * handed to Apollo from there as it is, and Apollo skips its execution step, which per request
 * builds the gateway's view of the request, calls every plugin's execution hooks (no plugin here
 * has any) and negotiates the incremental-delivery format from Accept again. An answer with
 * errors (or an execution that throws) is kept for the executor, which Apollo then calls as
 * before: its errors are logged, formatted and given their status by Apollo as without the shortcut.
 */
function executingGateway(
  schema: GraphQLSchema,
  compileAfter: number,
): { gateway: ApolloServerOptionsWithGateway<Context>['gateway']; plugin: ApolloServerPlugin<Context> } {
  const execution = new CompiledExecution(schema, { compileAfter });
  // By the request's context: answers left to Apollo's execution step, and the executor that step calls.
  const deferred = new WeakMap<object, Promise<ExecutionResult>>();
  const plugin: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, queryHash, document, request, contextValue }) {
          if (!operation || queryHash === undefined) return null;
          const answer = execution.execute({
            documentKey: queryHash,
            document,
            operationName: request.operationName,
            variables: request.variables,
            context: contextValue,
          });
          const result = await answer.catch(() => null);
          if (!result || result.errors?.length || result.data === undefined) {
            deferred.set(contextValue, answer);
            return null;
          }
          return {
            http: { status: undefined, headers: new HeaderMap() },
            body: { kind: 'single', singleResult: result },
          };
        },
      };
    },
  };
  const gateway: ApolloServerOptionsWithGateway<Context>['gateway'] = {
    async load() {
      return {
        executor: (requestContext) => {
          const answer = deferred.get(requestContext.context);
          if (answer) {
            deferred.delete(requestContext.context);
            return answer;
          }
          return execution.execute({
            documentKey: requestContext.queryHash,
            document: requestContext.document,
            operationName: requestContext.request.operationName,
            variables: requestContext.request.variables,
            context: requestContext.context,
          });
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
  return { gateway, plugin };
}

/**
 * The Apollo Server for the API: schema-first, introspection on, read-only, with GraphQL
 * Armor's limits (./limits), no batched HTTP requests, queries over GET as well as POST,
 * automatic persisted queries (and, optionally, only the trusted documents), no stack traces in
 * responses, no cache-control hints, errors formatted as above, and operations compiled once
 * they come back (`compileAfter`).
 */
export function createApolloServer(options: ApiServerOptions = {}): ApolloServer<Context> {
  const {
    limits = DEFAULT_LIMITS,
    production = false,
    trustedDocumentsOnly: trustedOnly = false,
    compileAfter = DEFAULT_COMPILE_AFTER,
    plugins = [],
    validationRules = [],
    ...rest
  } = options;
  const armor = armorProtection(limits, { production });
  const manifest = TRUSTED_MANIFEST;
  const schema = makeExecutableSchema({
    typeDefs: [loadTypeDefs()],
    resolvers: resolvers as ApolloServerOptionsWithTypeDefs<Context>['resolvers'],
  });
  const executing = executingGateway(schema, compileAfter);
  return new ApolloServer<Context>({
    introspection: true,
    // Queries may come as a GET, as the GraphQL-over-HTTP spec and the clients' defaults send
    // them: the API is read-only and takes no credentials, so a cross-site GET can neither
    // change anything nor read what its sender could not fetch itself. What CSRF prevention
    // guards still holds: a POST runs only with a JSON body, which no form or simple
    // cross-site request can send without a preflight (src/http/graphql-route.ts).
    csrfPrevention: false,
    formatError,
    parseOptions: { maxTokens: limits.maxTokens },
    // Automatic persisted queries, with the trusted documents known from the start.
    persistedQueries: { cache: new ManifestFirstCache(manifest) },
    ...rest,
    allowBatchedHttpRequests: armor.allowBatchedHttpRequests,
    includeStacktraceInErrorResponses: armor.includeStacktraceInErrorResponses,
    validationRules: [readOnlyRule, singleSchemaIntrospectionRule, ...armor.validationRules, ...validationRules],
    // No cache hints are set or sent, and Apollo's default cache-control plugin would wrap
    // every resolver of the schema to collect them.
    // No landing page: Apollo's loads from CDNs; GraphiQL is self-hosted at /graphiql.
    plugins: [
      logRequests,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      // Apollo installs its inline-trace plugin unless told not to, and calls it on every request
      // to find that the schema is no federated subgraph.
      ApolloServerPluginInlineTraceDisabled(),
      ...(trustedOnly ? [trustedDocumentsOnly(manifest) as ApolloServerPlugin<Context>] : []),
      nodeBudgetPlugin<Context>(limits),
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      ...plugins,
      executing.plugin,
    ],
    gateway: executing.gateway,
  });
}
