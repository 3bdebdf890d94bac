/**
 * Configuration from the environment, read once at start-up. Every value has a default that
 * runs the service on this machine with the embedded Neo4j; NEO4J_URI switches to an external one.
 */
import { DEFAULT_LIMITS, type RequestLimits } from './api/limits';
import { type AdmissionLimits, DEFAULT_ADMISSION } from './http/admission';
import { type CorsOrigins, parseCorsOrigins } from './http/cors';
import type { ResponseCacheOptions } from './http/response-cache';
import { DEFAULT_TIMEOUTS, type HttpTimeouts } from './http/timeouts';

export interface Neo4jConfig {
  /** null: start the local embedded Neo4j (neo4j-local/) and use it. */
  uri: string | null;
  user: string;
  password: string;
  database: string;
  /** Port of the local embedded Neo4j when uri is null. */
  localPort: number;
}

export interface Config {
  port: number;
  /** Listening address (HOST). */
  host: string;
  /** HTTP_HEADERS_TIMEOUT_MS, HTTP_REQUEST_TIMEOUT_MS, HTTP_KEEP_ALIVE_TIMEOUT_MS. */
  timeouts: HttpTimeouts;
  /** Time a request may take from arrival to answer (REQUEST_BUDGET_MS). */
  requestBudgetMs: number;
  /** DB_MAX_CONCURRENT, DB_MAX_HEAVY, DB_MAX_HEAVY_NODES, DB_MAX_QUEUED, DB_MAX_WAIT_MS, INTROSPECTION_REST. */
  admission: AdmissionLimits;
  /** Largest answer sent (HTTP_MAX_RESPONSE_BYTES). */
  maxResponseBytes: number;
  /** Limits on a GraphQL request (GRAPHQL_MAX_*). */
  limits: RequestLimits;
  /**
   * When a root field sends its look-ahead statement (LOOKAHEAD): `planned` (default) once Neo4j
   * has planned its text, warmed up off the request path; `always` at once, planning included.
   */
  lookAhead: 'planned' | 'always';
  /**
   * With `lookAhead` planned, how many requests of a shape make its statement worth planning
   * (LOOKAHEAD_AFTER, default 2: a shape that comes back); the earlier ones go through the loaders.
   */
  lookAheadAfter: number;
  /** Largest accepted HTTP request body, in bytes. */
  maxBodyBytes: number;
  neo4j: Neo4jConfig;
  logLevel: string;
  production: boolean;
  /** What node URIs start with (PUBLIC_BASE_URI); null: http://localhost:<port>. */
  publicBaseUri: string | null;
  /** Timeout and row limit of /sparql (SPARQL_TIMEOUT_MS, SPARQL_MAX_ROWS). */
  sparql: { timeoutMs: number; maxRows: number };
  /** What frontends on other origins may do, and how answers are cached (see src/http/). */
  http: HttpConfig;
}

export interface HttpConfig {
  /** Origins that may read answers (CORS_ORIGINS): `*` or a list. */
  corsOrigins: CorsOrigins;
  /** max-age of a successful query answer, in seconds (HTTP_CACHE_MAX_AGE). */
  cacheMaxAgeSeconds: number;
  /** How often the graph version is read again, in ms (GRAPH_VERSION_REFRESH_MS; 0: only at start). */
  graphVersionRefreshMs: number;
  /** Refuse any document that is not in the trusted-document manifest (TRUSTED_DOCUMENTS_ONLY). */
  trustedDocumentsOnly: boolean;
  /** Complete answers kept under the graph version (RESPONSE_CACHE, RESPONSE_CACHE_MAX_BYTES); null: off. */
  responseCache: ResponseCacheOptions | null;
}

/** The response cache's default budget: 32 MiB. */
export const DEFAULT_RESPONSE_CACHE_BYTES = 33_554_432;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** An http(s) URL with no path, query or fragment, without its trailing slash; null when unset. */
function baseUri(env: NodeJS.ProcessEnv, name: string): string | null {
  const raw = env[name]?.trim();
  if (!raw) return null;
  let url: URL | null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (
    !url ||
    !/^https?:$/.test(url.protocol) ||
    url.pathname.replace(/\/$/, '') !== '' ||
    url.search ||
    url.hash ||
    url.username
  ) {
    throw new ConfigError(
      `${name} must be an http(s) URL with no path, query or credentials, e.g. https://resolutions.example.org, got "${raw}"`,
    );
  }
  return `${url.protocol}//${url.host}`;
}

/** The URI without the user and password it may carry, for messages and logs. */
export function redactUri(uri: string): string {
  return uri.replace(/^([a-z0-9+.-]*:\/\/)[^@/?#]*@/i, '$1***@');
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const uri = env.NEO4J_URI && env.NEO4J_URI.trim() !== '' ? env.NEO4J_URI.trim() : null;
  if (uri !== null && !/^(neo4j|bolt)(\+s|\+ssc)?:\/\//.test(uri)) {
    throw new ConfigError(
      `NEO4J_URI must start with neo4j://, bolt:// (optionally +s or +ssc), got "${redactUri(uri)}"`,
    );
  }
  return {
    port: integer(env, 'PORT', 4000, 0, 65535),
    host: env.HOST && env.HOST.trim() !== '' ? env.HOST.trim() : '0.0.0.0',
    timeouts: {
      headersMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', DEFAULT_TIMEOUTS.headersMs, 100, 600_000),
      requestMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', DEFAULT_TIMEOUTS.requestMs, 100, 3_600_000),
      keepAliveMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', DEFAULT_TIMEOUTS.keepAliveMs, 100, 600_000),
    },
    requestBudgetMs: integer(env, 'REQUEST_BUDGET_MS', 10_000, 100, 600_000),
    admission: {
      maxConcurrent: integer(env, 'DB_MAX_CONCURRENT', DEFAULT_ADMISSION.maxConcurrent, 1, 1_000),
      maxHeavy: integer(env, 'DB_MAX_HEAVY', DEFAULT_ADMISSION.maxHeavy, 1, 1_000),
      maxHeavyNodes: integer(env, 'DB_MAX_HEAVY_NODES', DEFAULT_ADMISSION.maxHeavyNodes, 1, 10_000_000),
      maxQueued: integer(env, 'DB_MAX_QUEUED', DEFAULT_ADMISSION.maxQueued, 0, 100_000),
      maxWaitMs: integer(env, 'DB_MAX_WAIT_MS', DEFAULT_ADMISSION.maxWaitMs, 1, 600_000),
      schemaRest: integer(env, 'INTROSPECTION_REST', DEFAULT_ADMISSION.schemaRest, 0, 1_000),
    },
    maxResponseBytes: integer(env, 'HTTP_MAX_RESPONSE_BYTES', 1_000_000, 1_000, 1_000_000_000),
    limits: {
      maxDepth: integer(env, 'GRAPHQL_MAX_DEPTH', DEFAULT_LIMITS.maxDepth, 1, 100),
      maxAliases: integer(env, 'GRAPHQL_MAX_ALIASES', DEFAULT_LIMITS.maxAliases, 0, 1_000),
      maxDirectives: integer(env, 'GRAPHQL_MAX_DIRECTIVES', DEFAULT_LIMITS.maxDirectives, 0, 1_000),
      maxTokens: integer(env, 'GRAPHQL_MAX_TOKENS', DEFAULT_LIMITS.maxTokens, 100, 1_000_000),
      maxCost: integer(env, 'GRAPHQL_MAX_COST', DEFAULT_LIMITS.maxCost, 10, 10_000_000),
      maxNodes: integer(env, 'GRAPHQL_MAX_NODES', DEFAULT_LIMITS.maxNodes, 1, 10_000_000),
      heavyNodes: integer(env, 'GRAPHQL_HEAVY_NODES', DEFAULT_LIMITS.heavyNodes, 0, 10_000_000),
    },
    maxBodyBytes: integer(env, 'HTTP_MAX_BODY_BYTES', 100_000, 1_000, 100_000_000),
    lookAhead: lookAhead(env),
    lookAheadAfter: integer(env, 'LOOKAHEAD_AFTER', 2, 1, 1_000_000),
    neo4j: {
      uri,
      user: env.NEO4J_USER ?? 'neo4j',
      password: env.NEO4J_PASSWORD ?? 'password',
      database: env.NEO4J_DATABASE ?? 'neo4j',
      localPort: integer(env, 'NEO4J_LOCAL_PORT', 7687, 1, 65535),
    },
    logLevel: env.LOG_LEVEL ?? 'info',
    production: env.NODE_ENV === 'production',
    publicBaseUri: baseUri(env, 'PUBLIC_BASE_URI'),
    sparql: {
      timeoutMs: integer(env, 'SPARQL_TIMEOUT_MS', 5_000, 100, 600_000),
      maxRows: integer(env, 'SPARQL_MAX_ROWS', 10_000, 1, 1_000_000),
    },
    http: {
      corsOrigins: corsOrigins(env),
      cacheMaxAgeSeconds: integer(env, 'HTTP_CACHE_MAX_AGE', 60, 0, 31_536_000),
      graphVersionRefreshMs: integer(env, 'GRAPH_VERSION_REFRESH_MS', 10_000, 0, 86_400_000),
      trustedDocumentsOnly: flag(env, 'TRUSTED_DOCUMENTS_ONLY'),
      responseCache: responseCache(env),
    },
  };
}

function corsOrigins(env: NodeJS.ProcessEnv): CorsOrigins {
  const raw = env.CORS_ORIGINS;
  if (raw === undefined || raw.trim() === '') return '*';
  const parsed = parseCorsOrigins(raw);
  if (parsed !== '*' && !Array.isArray(parsed)) {
    throw new ConfigError(
      `CORS_ORIGINS must be * or origins like https://example.org separated by commas, got "${parsed.invalid}"`,
    );
  }
  return parsed;
}

function responseCache(env: NodeJS.ProcessEnv): ResponseCacheOptions | null {
  const raw = (env.RESPONSE_CACHE ?? '').trim();
  const maxBytes = integer(env, 'RESPONSE_CACHE_MAX_BYTES', DEFAULT_RESPONSE_CACHE_BYTES, 100_000, 100_000_000_000);
  if (raw === '' || raw === 'on') return { maxBytes };
  if (raw === 'off') return null;
  throw new ConfigError(`RESPONSE_CACHE must be on or off, got "${raw}"`);
}

function lookAhead(env: NodeJS.ProcessEnv): 'planned' | 'always' {
  const raw = (env.LOOKAHEAD ?? '').trim();
  if (raw === '' || raw === 'planned') return 'planned';
  if (raw === 'always') return raw;
  throw new ConfigError(`LOOKAHEAD must be planned or always, got "${raw}"`);
}

function flag(env: NodeJS.ProcessEnv, name: string): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}
