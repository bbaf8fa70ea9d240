import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import { createContext, type AppContext, type AppDeps } from './context.js';
import { WEB_DIST } from './env.js';
import { limitArguments } from './hardening/argument-limits.js';
import { limitPlugins } from './hardening/graphql-limits.js';
import { APP_CSP, GRAPHIQL_CSP, RateLimiter, sendGraphQLError, setSecurityHeaders } from './hardening/http-security.js';
import { buildSchema } from './modules/index.js';
import { openEmbeddedStore } from './store/embedded/embedded-store.js';
import { loadDatasetFile } from './store/create-store.js';
import { DataFileLockedError, DiskFullError } from './store/embedded/atomic-file.js';
import { DataChangedError, StoreLimitError, StoreUnavailableError, type GraphStore } from './store/graph-store.js';

export type Yoga = YogaServerInstance<Record<string, unknown>, AppContext>;

/** How the endpoint is exposed; the defaults are the safe ones (tests and `npm start` pass the environment's). */
export interface GraphQLOptions {
  /** GraphiQL at GET /graphql (default true; `NODE_ENV=production` turns it off unless `GRAPHIQL=true`). */
  graphiql?: boolean;
  /** Introspection queries (default: like `graphiql`). */
  introspection?: boolean;
  /** Origins allowed by CORS; empty (default): no CORS headers, so browsers on other origins cannot call. */
  corsOrigins?: readonly string[];
  /** Answer a query still running after this with TIMEOUT; 0 disables (default 10 s). */
  executionTimeoutMs?: number;
  /** Largest request body (default 25 MB). */
  maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 25 * 1024 * 1024;

/** The GraphQL endpoint over a store: schema, per-request context, limits, error masking. */
export function createGraphQL(deps: AppDeps, options: GraphQLOptions = {}): Yoga {
  const schema = limitArguments(buildSchema());
  const graphiql = options.graphiql ?? true;
  const corsOrigins = options.corsOrigins ?? [];
  return createYoga<Record<string, unknown>, AppContext>({
    schema,
    context: createContext(deps),
    graphqlEndpoint: '/graphql',
    graphiql: graphiql ? { title: 'Battery raw-materials graph' } : false,
    // GraphiQL from the installed package (its bundle inlined in the page), not yoga's default page that loads it
    // from unpkg: the editor works without internet and under a CSP that names no CDN.
    renderGraphiQL,
    landingPage: false,
    cors: corsOrigins.length > 0 ? { origin: [...corsOrigins], credentials: false, methods: ['GET', 'POST'] } : false,
    maxRequestBodySize: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    plugins: limitPlugins(schema, {
      introspection: options.introspection ?? graphiql,
      executionTimeoutMs: options.executionTimeoutMs ?? 10_000,
    }),
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof DiskFullError)
          return new GraphQLError(original.message, { extensions: { code: 'INSUFFICIENT_STORAGE' } });
        if (original instanceof DataFileLockedError || original instanceof DataChangedError)
          return new GraphQLError(
            original instanceof DataChangedError
              ? 'The data kept changing while this import was being validated; nothing was written. Try again.'
              : original.message,
            { extensions: { code: 'DATA_BUSY' } },
          );
        if (original instanceof StoreLimitError)
          return new GraphQLError(withoutAddresses(original.message), { extensions: { code: 'TOO_LARGE' } });
        if (original instanceof StoreUnavailableError)
          return new GraphQLError(
            `The data store is unavailable (${withoutAddresses(original.message)}). The API reconnects by itself; ` +
              `try again shortly.`,
            { extensions: { code: 'STORE_UNAVAILABLE' } },
          );
        return maskError(error, message, isDev);
      },
    },
  });
}

export interface ServerOptions {
  /** 0 picks a free port. Default 4000. */
  port?: number;
  host?: string;
  /** Use this store (else an embedded store on `datasetPath`). */
  store?: GraphStore;
  /** The dataset the embedded store starts from. Default: the bundled data. */
  datasetPath?: string;
  /** Where the embedded store keeps edits; without it, edits stay in memory. */
  dataDir?: string;
  editorToken?: string | null;
  /** Folder of the built web app. Default: web/dist. */
  webDist?: string;
  /** Anonymous requests per client (remote address); null or absent: no limit (tests). */
  rateLimit?: { perMinute: number; burst: number } | null;
  /** A client that has not sent its whole request after this is cut off (default 30 s). */
  requestTimeoutMs?: number;
  /** GraphiQL, introspection, CORS, timeout and body cap: see {@link GraphQLOptions}. */
  graphql?: GraphQLOptions;
}

export interface RunningServer {
  url: string;
  store: GraphStore;
  yoga: Yoga;
  close(): Promise<void>;
}

/** Serves `/graphql` and, when built, the web app at `/` (unknown paths fall back to index.html). */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const store =
    options.store ??
    (await openEmbeddedStore({
      seed: await loadDatasetFile(options.datasetPath ?? (await import('./env.js')).BUNDLED_DATASET),
      dataDir: options.dataDir,
    }));
  const editorToken = options.editorToken ?? null;
  const graphqlOptions = options.graphql ?? {};
  const yoga = createGraphQL({ store, editorToken }, graphqlOptions);
  const maxBodyBytes = graphqlOptions.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const limiter = options.rateLimit ? new RateLimiter(options.rateLimit) : null;
  const webDist = options.webDist ?? WEB_DIST;
  const serveWeb = existsSync(webDist) ? sirv(webDist, { single: true, etag: true, gzip: true }) : null;
  // A slow client (or a slow body) is cut off instead of holding a connection for Node's default 300 s.
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const timeouts = {
    requestTimeout,
    headersTimeout: Math.min(requestTimeout, 20_000),
    connectionsCheckingInterval: Math.min(requestTimeout / 2, 5_000),
  };
  const server = createServer(timeouts, (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
      setSecurityHeaders(res, wantsPage && graphqlOptions.graphiql !== false ? GRAPHIQL_CSP : APP_CSP);
      if (limiter && !isEditorRequest(req, editorToken)) {
        const wait = limiter.take(req.socket.remoteAddress ?? 'unknown');
        if (wait > 0) {
          sendGraphQLError(
            res,
            429,
            'RATE_LIMITED',
            `Too many requests from this address; try again in ${wait} s (the limit is ` +
              `${options.rateLimit?.perMinute} per minute, RATE_LIMIT_PER_MINUTE).`,
            { 'retry-after': String(wait) },
          );
          return;
        }
      }
      const length = Number(req.headers['content-length']);
      if (Number.isFinite(length) && length > maxBodyBytes) {
        sendGraphQLError(res, 413, 'REQUEST_ENTITY_TOO_LARGE', bodyTooLarge(length, maxBodyBytes), {
          connection: 'close',
        });
        req.resume();
        return;
      }
      void yoga(req, res);
      return;
    }
    setSecurityHeaders(res);
    if (path === '/healthz') {
      store.ping().then(
        () => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'),
        (error: unknown) =>
          res.writeHead(503, { 'content-type': 'text/plain' }).end(`store unavailable: ${(error as Error).message}`),
      );
      return;
    }
    if (serveWeb) {
      serveWeb(req, res, () => {
        res.writeHead(404).end('not found');
      });
      return;
    }
    res
      .writeHead(404, { 'content-type': 'text/plain' })
      .end('The web app is not built: run `npm run build -w web` (npm start does it). GraphQL is at /graphql.');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4000, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    yoga,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (!options.store) await store.close();
    },
  };
}

/** The message of a 413: the size, the limit, and where big datasets go instead. */
export function bodyTooLarge(length: number, limit: number): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return (
    `The request body is ${mb(length)}; the limit is ${mb(limit)} (MAX_BODY_MB). Load a dataset this big with ` +
    `the CLI instead (npm run data -- load PATH), or raise MAX_BODY_MB.`
  );
}

/** The editor is not rate limited: a bearer token equal to the editor token (checked in constant time). */
function isEditorRequest(req: IncomingMessage, editorToken: string | null): boolean {
  if (editorToken === null) return false;
  const match = /^Bearer\s+(.+)$/i.exec((req.headers.authorization ?? '').trim());
  if (!match?.[1]) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(editorToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A driver's message with internal host names, IP addresses and ports taken out (`neo4j-core-2.internal:7687`,
 * `10.0.3.4:7687`, `bolt://…`): an anonymous client learns that the store is down, not where it lives.
 */
export function withoutAddresses(message: string): string {
  return message
    .replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s,;)'"]+/gi, '<address>')
    .replace(/\[[0-9a-f:]+\](:\d+)?/gi, '<address>')
    .replace(/\b(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?\b/g, '<address>')
    .replace(/\b[a-z0-9-]+(?:\.[a-z0-9-]+)*:\d{2,5}\b/gi, '<address>');
}
