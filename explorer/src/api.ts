/**
 * The explorer's only way to the data: the public GraphQL API at /graphql on the same origin,
 * through the documents in explorer/operations (POST, application/json).
 *
 * Language: every document takes `$lang`. When the page's language is not Chinese, the same
 * document is also asked in Chinese (the language of the loaded texts), and `withFallback`
 * keeps each text the page's language lacks, so that a page can show it marked as Chinese
 * rather than show nothing.
 */
import type { Lang } from './i18n';

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function request<T>(
  document: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: document, variables }),
    signal,
  });
  let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`the API answered ${response.status} without JSON`);
  }
  if (body.errors?.length)
    throw new ApiError(body.errors.map((e) => e.message).join('; '), body.errors[0]?.extensions?.code);
  if (!body.data) throw new ApiError(`the API answered ${response.status} without data`);
  return body.data;
}

/** The key under which an object keeps the Chinese texts its own language lacks. */
export const FALLBACK = '__zh';

/** A text to show, in the page's language, or in Chinese when that is all there is. */
export interface Shown {
  text: string;
  fallback: boolean;
}

/** `obj[key]` in the page's language, or its Chinese text marked as a fallback, or null. */
export function shown(obj: object | null | undefined, key: string): Shown | null {
  if (!obj) return null;
  const record = obj as Record<string, unknown>;
  const own = record[key];
  if (typeof own === 'string' && own !== '') return { text: own, fallback: false };
  const zh = (record[FALLBACK] as Record<string, unknown> | undefined)?.[key];
  if (typeof zh === 'string' && zh !== '') return { text: zh, fallback: true };
  return null;
}

/** Like `shown` for a list of texts (conditions, aliases). */
export function shownList(obj: object | null | undefined, key: string): { items: string[]; fallback: boolean } {
  if (!obj) return { items: [], fallback: false };
  const record = obj as Record<string, unknown>;
  const own = record[key];
  if (Array.isArray(own) && own.length) return { items: own as string[], fallback: false };
  const zh = (record[FALLBACK] as Record<string, unknown> | undefined)?.[key];
  if (Array.isArray(zh) && zh.length) return { items: zh as string[], fallback: true };
  return { items: [], fallback: false };
}

/**
 * Walks two answers to the same document (one in the page's language, one in Chinese) and
 * records, on each object of the first, the Chinese texts where the first has null. Lists are
 * paired by position; objects with ids must agree on them, or nothing is taken.
 */
export function withFallback<T>(primary: T, zh: unknown): T {
  if (Array.isArray(primary) && Array.isArray(zh)) {
    primary.forEach((item, i) => withFallback(item, zh[i]));
  } else if (isObject(primary) && isObject(zh)) {
    if ('id' in primary && 'id' in zh && primary.id !== zh.id) return primary;
    for (const [key, value] of Object.entries(primary)) {
      const other = zh[key];
      if (
        (value === null || (Array.isArray(value) && value.length === 0)) &&
        (typeof other === 'string' || isStringList(other))
      ) {
        (primary as Record<string, unknown>)[FALLBACK] ??= {} as Record<string, unknown>;
        ((primary as Record<string, unknown>)[FALLBACK] as Record<string, unknown>)[key] = other;
      } else if (typeof value === 'object' && value !== null) {
        withFallback(value, other);
      }
    }
  }
  return primary;
}

/** The document asked in `lang`, with Chinese fallbacks when `lang` is not Chinese. */
export async function requestIn<T>(
  document: string,
  variables: Record<string, unknown>,
  lang: Lang,
  signal?: AbortSignal,
): Promise<T> {
  if (lang === 'ZH') return request<T>(document, { ...variables, lang }, signal);
  const [primary, zh] = await Promise.all([
    request<T>(document, { ...variables, lang }, signal),
    request<T>(document, { ...variables, lang: 'ZH' }, signal),
  ]);
  return withFallback(primary, zh);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}
