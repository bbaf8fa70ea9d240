import { existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, maskError, type YogaServerInstance } from 'graphql-yoga';
import sirv from 'sirv';
import { createContext, type AppContext, type AppDeps } from './context.js';
import { WEB_DIST } from './env.js';
import { buildSchema } from './modules/index.js';
import { openEmbeddedStore } from './store/embedded/embedded-store.js';
import { loadDatasetFile } from './store/create-store.js';
import { StoreUnavailableError, type GraphStore } from './store/graph-store.js';

export type Yoga = YogaServerInstance<Record<string, unknown>, AppContext>;

/** The GraphQL endpoint over a store: schema, per-request context, limits, error masking. */
export function createGraphQL(deps: AppDeps): Yoga {
  return createYoga<Record<string, unknown>, AppContext>({
    schema: buildSchema(),
    context: createContext(deps),
    graphqlEndpoint: '/graphql',
    graphiql: { title: 'Battery raw-materials graph' },
    landingPage: false,
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: 12 },
        maxAliases: { n: 30 },
        maxDirectives: { n: 20 },
        maxTokens: { n: 4000 },
        costLimit: { maxCost: 50_000 },
        blockFieldSuggestion: { enabled: false },
      }),
    ],
    maskedErrors: {
      maskError(error, message, isDev) {
        const original = error instanceof GraphQLError ? error.originalError : error;
        if (original instanceof StoreUnavailableError)
          return new GraphQLError(
            `The data store is unavailable (${original.message}). The API reconnects by itself; try again shortly.`,
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
  const yoga = createGraphQL({ store, editorToken: options.editorToken ?? null });
  const webDist = options.webDist ?? WEB_DIST;
  const serveWeb = existsSync(webDist) ? sirv(webDist, { single: true, etag: true, gzip: true }) : null;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/graphql' || path.startsWith('/graphql/')) {
      void yoga(req, res);
      return;
    }
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
