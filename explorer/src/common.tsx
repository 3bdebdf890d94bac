/** Pieces every page uses: loading an answer, showing a text with its language, copying a citation. */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ApiError, type Shown, shown } from './api';
import { label, type Lang } from './i18n';
import { paths } from './router';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; data: T };

/** Runs `load` whenever `key` changes; an earlier answer that arrives late is dropped. */
export function useLoad<T>(key: string, load: (signal: AbortSignal) => Promise<T>): Loaded<T> {
  const [result, setResult] = useState<{ key: string; loaded: Loaded<T> }>({ key, loaded: { state: 'loading' } });
  useEffect(() => {
    const controller = new AbortController();
    setResult({ key, loaded: { state: 'loading' } });
    load(controller.signal).then(
      (data) => !controller.signal.aborted && setResult({ key, loaded: { state: 'done', data } }),
      (error: Error) =>
        !controller.signal.aborted && setResult({ key, loaded: { state: 'error', message: messageOf(error) } }),
    );
    return () => controller.abort();
  }, [key]);
  return result.key === key ? result.loaded : { state: 'loading' };
}

/** What a failed request says to the reader: the API's own message, or the error's name and message. */
function messageOf(error: Error): string {
  return error instanceof ApiError ? error.message : `${error.name}: ${error.message}`;
}

export type PageInfo = { endCursor: string | null; hasNextPage: boolean };
export type Page<E> = { edges: E[]; pageInfo: PageInfo };

/**
 * The pages of a connection after its first, asked for one at a time and kept until `key`
 * changes (another query, language or filter): every edge so far, where the last page ended,
 * and the next page's request while it runs or when it failed.
 */
export function useMorePages<E>(
  key: string,
  first: Page<E> | null,
  fetchAfter: (after: string | null) => Promise<Page<E>>,
) {
  const [more, setMore] = useState<{ key: string } & Page<E>>();
  const [next, setNext] = useState<{ key: string } & Exclude<Loaded<never>, { state: 'done' }>>();
  const mine = more?.key === key ? more : undefined;
  const pending = next?.key === key ? next : undefined;
  const edges = [...(first?.edges ?? []), ...(mine?.edges ?? [])];
  const pageInfo = mine?.pageInfo ?? first?.pageInfo ?? { endCursor: null, hasNextPage: false };
  const loadMore = () => {
    setNext({ key, state: 'loading' });
    fetchAfter(pageInfo.endCursor).then(
      (page) => {
        setMore({ key, edges: [...(mine?.edges ?? []), ...page.edges], pageInfo: page.pageInfo });
        setNext(undefined);
      },
      (error: Error) => setNext({ key, state: 'error', message: messageOf(error) }),
    );
  };
  return { edges, pageInfo, pending, loadMore };
}

/** "Load more" under a list while there is a next page, with the failure of the last try if it failed. */
export function MoreButton({
  pages,
  total,
  lang,
}: {
  pages: ReturnType<typeof useMorePages<unknown>>;
  total: number;
  lang: Lang;
}) {
  const loading = pages.pending?.state === 'loading';
  return (
    <>
      {pages.pending?.state === 'error' && <Status loaded={pages.pending} lang={lang} />}
      {pages.pageInfo.hasNextPage && (
        <button type="button" class="more" disabled={loading} onClick={pages.loadMore}>
          {label(loading ? 'loading' : 'more', lang)} ({pages.edges.length} / {total})
        </button>
      )}
    </>
  );
}

export function Status({ loaded, lang }: { loaded: Loaded<unknown>; lang: Lang }) {
  if (loaded.state === 'loading')
    return (
      <p class="status" role="status">
        {label('loading', lang)}
      </p>
    );
  if (loaded.state === 'error')
    return (
      <div class="error" role="alert">
        <strong>{label('error', lang)}:</strong> {loaded.message}
      </div>
    );
  return null;
}

/** A text from the API; Chinese shown in place of a missing translation is marked as such. */
export function Text({ value, lang, fallbackText }: { value: Shown | null; lang: Lang; fallbackText?: string }) {
  if (!value) return fallbackText ? <span class="missing">{fallbackText}</span> : null;
  if (!value.fallback) return <>{value.text}</>;
  return (
    <span lang="zh-Hans" class="zh" title={label('zhOnly', lang)}>
      {value.text}
    </span>
  );
}

/** A text the API gives in Chinese whatever the page's language (search snippets). */
export function Zh({ children }: { children: ComponentChildren }) {
  return <span lang="zh-Hans">{children}</span>;
}

/**
 * A search snippet: the API wraps matches in <em>…</em> and escapes any other markup; it is
 * rebuilt here as text and <mark> elements, never parsed as HTML.
 */
export function Highlight({ html }: { html: string }) {
  const parts = html.split(/(<em>.*?<\/em>)/g).filter(Boolean);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('<em>') && part.endsWith('</em>') ? (
          <mark key={i}>{unescape(part.slice(4, -5))}</mark>
        ) : (
          unescape(part)
        ),
      )}
    </>
  );
}

function unescape(text: string): string {
  return text.replace(
    /&(lt|gt|amp|quot|#39|#x27);/g,
    (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'" })[name] ?? '',
  );
}

/** A button that copies a citation; where the clipboard is refused, it shows the text to select. */
export function CopyCitation({ citation, lang }: { citation: string; lang: Lang }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = () => {
    const done = navigator.clipboard?.writeText(citation);
    if (!done) return setState('failed');
    done.then(
      () => setState('copied'),
      () => setState('failed'),
    );
  };
  return (
    <span class="copy">
      <button
        type="button"
        class="small"
        onClick={copy}
        aria-label={`${label('copyCitation', lang)}: ${citation}`}
        data-citation={citation}
      >
        {state === 'copied' ? label('copied', lang) : label('copyCitation', lang)}
      </button>
      {state === 'failed' && (
        <span class="copy-text">
          {label('copyFailed', lang)}{' '}
          <input
            readOnly
            value={citation}
            aria-label={label('copyCitation', lang)}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </span>
  );
}

/** Sets the document's title and moves the focus to the page's heading after a navigation. */
export function usePageTitle(title: string | null, lang: Lang): void {
  useEffect(() => {
    document.title = title ? `${title} · ${label('appName', lang)}` : label('appName', lang);
  }, [title, lang]);
}

/** What a page shows for an id the graph does not hold. */
export function NotFound({ id, lang }: { id: string; lang: Lang }) {
  return (
    <>
      <h1>{label('notFound', lang)}</h1>
      <p>
        {label('noSuchNode', lang)} <code>{id}</code>.
      </p>
    </>
  );
}

/** Actors as links to their pages, separated by commas. */
export function ActorLinks({ actors, lang }: { actors: { id: string }[]; lang: Lang }) {
  return (
    <>
      {actors.map((a, i) => (
        <span key={a.id}>
          {i > 0 && ', '}
          <a href={paths.actor(a.id)}>
            <Text value={shown(a, 'name')} lang={lang} fallbackText={a.id} />
          </a>
        </span>
      ))}
    </>
  );
}
