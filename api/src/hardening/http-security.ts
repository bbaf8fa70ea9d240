import type { ServerResponse } from 'node:http';

/**
 * Content-Security-Policy of the web app (vite build: module scripts from the same origin, no inline script;
 * React and cytoscape set styles through the DOM, a few libraries add `<style>` elements; the favicon and
 * exported images are `data:`/`blob:` URLs). `frame-ancestors 'none'`: the app is never framed.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL's page (@graphql-yoga/render-graphiql) carries its whole bundle inline, so it needs inline script and
 * style and nothing from another origin; its editor starts workers from blob: URLs.
 */
export const GRAPHIQL_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers every response carries. */
export function setSecurityHeaders(res: ServerResponse, csp: string = APP_CSP): void {
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export interface RateLimitOptions {
  /** Requests a client may make per minute, on average. */
  perMinute: number;
  /** Requests a client may make at once before the average applies. */
  burst: number;
  /** Clients remembered at most (the oldest are forgotten first). */
  maxClients?: number;
}

/**
 * Token bucket per client (the remote address): each request takes a token, tokens come back at
 * `perMinute / 60` per second up to `burst`. `take` answers how many seconds to wait when the bucket is empty.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly perMs: number;
  private readonly maxClients: number;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {
    this.perMs = options.perMinute / 60_000;
    this.maxClients = options.maxClients ?? 10_000;
  }

  /** Takes one token for `client`: 0 when allowed, else the seconds until the next token. */
  take(client: string): number {
    const now = this.now();
    const bucket = this.buckets.get(client) ?? { tokens: this.options.burst, at: now };
    bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.at) * this.perMs);
    bucket.at = now;
    // Re-insert so the map's order is least recently seen first.
    this.buckets.delete(client);
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - bucket.tokens) / this.perMs / 1000);
  }
}

/** Writes a GraphQL-shaped JSON error response (for answers given before yoga sees the request). */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}
