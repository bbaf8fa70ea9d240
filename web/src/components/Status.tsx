import type { ReactNode } from 'react';

/** A spinner line for content on its way. */
export function Loading({ what }: { what: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> Loading {what}…
    </div>
  );
}

/** What went wrong, in the API's words, and what to try. */
export function ErrorBox({ error, what }: { error: Error; what: string }) {
  return (
    <div className="state state-error" role="alert">
      <strong>Could not load {what}.</strong> {error.message}
      <div className="hint">Check the filters, or reload the page; the link keeps your view.</div>
    </div>
  );
}

/** Nothing to show, with a hint about why and what to do. */
export function Empty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <strong>{title}</strong>
      {children && <div className="hint">{children}</div>}
    </div>
  );
}
