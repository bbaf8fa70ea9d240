import { useCallback, useSyncExternalStore } from 'react';

/** A patch to the query string: a value sets the key, an array sets it repeated-free as `a,b`, null removes it. */
export type UrlPatch = Record<string, string | number | readonly string[] | null | undefined>;

const CHANGE = 'urlstatechange';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGE, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGE, onChange);
  };
}

const snapshot = () => window.location.pathname + window.location.search;

/**
 * Parameters that belong to the whole app rather than one view: going to another view keeps them (unless the
 * patch sets them). `scenario` is the one scenario every analytic view computes under (CONTRACT: one for all views).
 */
export const APP_PARAMS = ['scenario'] as const;

/** The app-wide parameters of a query string, as a patch (pure; exported for tests). */
export function appParams(search: string): UrlPatch {
  const params = new URLSearchParams(search);
  return Object.fromEntries(APP_PARAMS.map((key) => [key, params.get(key)]));
}

/** Applies a patch to a query string (pure; exported for tests). Empty strings and empty lists remove the key. */
export function applyPatch(search: string, patch: UrlPatch): string {
  const params = new URLSearchParams(search);
  for (const [key, value] of Object.entries(patch)) {
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      params.delete(key);
    else params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  params.sort();
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Reads a comma-separated list parameter. */
export function listParam(params: URLSearchParams, key: string): string[] {
  const value = params.get(key);
  return value ? value.split(',').filter(Boolean) : [];
}

export interface UrlState {
  /** The view's path: `/`, `/dependency`, `/targets`, `/ownership`. */
  path: string;
  params: URLSearchParams;
  /** Changes query parameters of the current view. `replace` for continuous input (sliders, typing). */
  set(patch: UrlPatch, options?: { replace?: boolean }): void;
  /** Goes to another view (a new history entry) with the given parameters and the app-wide ones (`scenario`). */
  go(path: string, patch?: UrlPatch): void;
}

/**
 * The one place view state lives: the URL. Every view reads its state from here and writes through `set`, so a
 * link reproduces the view and back/forward walk through the changes.
 */
export function useUrlState(): UrlState {
  const current = useSyncExternalStore(subscribe, snapshot, snapshot);
  const [path = '/', search = ''] = current.split(/(?=\?)/);
  const set = useCallback((patch: UrlPatch, options?: { replace?: boolean }) => {
    const next = window.location.pathname + applyPatch(window.location.search, patch);
    if (next === snapshot()) return;
    if (options?.replace) window.history.replaceState(null, '', next);
    else window.history.pushState(null, '', next);
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  const go = useCallback((to: string, patch: UrlPatch = {}) => {
    window.history.pushState(null, '', to + applyPatch('', { ...appParams(window.location.search), ...patch }));
    window.dispatchEvent(new Event(CHANGE));
  }, []);
  return { path, params: new URLSearchParams(search), set, go };
}
