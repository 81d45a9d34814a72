/**
 * A tiny client-side router on the History API: enough for a few pages, no dependency.
 * `useLocation()` re-renders on `navigate()` and on the browser's back/forward buttons.
 */
import { useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** Goes to `to` (a path with an optional query) without reloading the page. */
export function navigate(to: string): void {
  window.history.pushState(null, '', to);
  listeners.forEach((listener) => listener());
}

/** The current path and query string (`/connect/callback?error=…`). */
export function useLocation(): { readonly pathname: string; readonly search: string } {
  const href = useSyncExternalStore(
    subscribe,
    () => window.location.pathname + window.location.search,
  );
  const url = new URL(href, window.location.origin);
  return { pathname: url.pathname, search: url.search };
}

/** An `<a>` that navigates in the page; modified clicks (new tab…) stay the browser's. */
export function Link({ to, children }: { readonly to: string; readonly children: ReactNode }) {
  function onClick(event: MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(to);
  }
  return (
    <a href={to} onClick={onClick}>
      {children}
    </a>
  );
}
