/**
 * Routing in the browser: the path is the state. Links are plain <a href> (so that they open
 * in a new tab, can be copied and are reached by keyboard); a click without modifier keys on a
 * same-origin link is handled here with pushState instead of a page load.
 *
 *   /                     home and search (?q=…)
 *   /r/<resolution id>    the reader; #<node id> marks a paragraph, annex item or section
 *   /a/<actor id>         the actor page (?sub=1 includes its parts)
 *   /g/<node id>          the graph around a node (?depth=&limit=), the id percent-encoded
 *   /n/<node id>          any node: asks the API what it is and replaces itself with its page
 */
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  path: string;
  search: URLSearchParams;
  hash: string;
}

const listeners = new Set<() => void>();

function read(): Location {
  return {
    path: window.location.pathname,
    search: new URLSearchParams(window.location.search),
    hash: decodeHash(window.location.hash),
  };
}

function decodeHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return hash.slice(1);
  }
}

export function navigate(href: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  for (const listener of listeners) listener();
}

export function useLocation(): Location {
  const [location, setLocation] = useState(read);
  useEffect(() => {
    const update = () => setLocation(read());
    listeners.add(update);
    window.addEventListener('popstate', update);
    window.addEventListener('hashchange', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
      window.removeEventListener('hashchange', update);
    };
  }, []);
  return location;
}

/** The id after a route's prefix: `/g/WTSA-44%2Fs8` and `/g/WTSA-44/s8` both give `WTSA-44/s8`. */
export function idAfter(path: string, prefix: string): string | null {
  if (!path.startsWith(prefix)) return null;
  const rest = path.slice(prefix.length);
  if (!rest) return null;
  try {
    return decodeURIComponent(rest);
  } catch {
    return null;
  }
}

export const paths = {
  reader: (id: string, anchor?: string) => `/r/${encodeURIComponent(id)}${anchor ? `#${anchorFor(anchor)}` : ''}`,
  actor: (id: string) => `/a/${encodeURIComponent(id)}`,
  graph: (id: string) => `/g/${encodeURIComponent(id)}`,
  node: (id: string) => `/n/${encodeURIComponent(id)}`,
};

/** A node id as a fragment: its `/` stay readable, anything else a fragment cannot hold is escaped. */
export function anchorFor(id: string): string {
  return encodeURIComponent(id).replace(/%2F/g, '/');
}

/** Handles clicks on same-origin links in the page without reloading it. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey
    )
      return;
    const anchor = (event.target as Element).closest('a');
    if (!anchor || anchor.target || anchor.hasAttribute('download') || anchor.dataset.reload !== undefined) return;
    const url = new URL(anchor.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname === '/graphiql' || url.pathname === '/graphql') return;
    event.preventDefault();
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) {
      history.pushState(null, '', url.hash);
      for (const listener of listeners) listener();
      return;
    }
    navigate(url.pathname + url.search + url.hash);
  });
}
