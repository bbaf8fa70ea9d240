import { datasetNotice, parseEnv } from './env.js';
import { createStore } from './store/create-store.js';
import type { EmbeddedStore } from './store/embedded/embedded-store.js';
import { startServer } from './server.js';

/** `npm start`: the API and the web app on one port, on the store the environment names. */
async function main(): Promise<void> {
  const env = parseEnv();
  const store = await createStore(env, {
    watch: true,
    onReloadError: (error) => console.error(`The data file changed but could not be read back: ${error.message}`),
  });
  const server = await startServer({
    port: env.port,
    host: env.host,
    store,
    editorToken: env.editorToken,
    rateLimit: env.rateLimit,
    requestTimeoutMs: env.requestTimeoutMs,
    graphql: {
      graphiql: env.graphiql,
      introspection: env.introspection,
      corsOrigins: env.corsOrigins,
      executionTimeoutMs: env.executionTimeoutMs,
      maxBodyBytes: env.maxBodyBytes,
    },
  });
  // DATASET is read only when DATA_DIR holds no data file yet: say which one is served.
  const fromDataFile = store.kind === 'embedded' && (store as EmbeddedStore).openedFromDataFile;
  const where =
    store.kind === 'neo4j'
      ? `Neo4j at ${env.neo4j?.uri}`
      : fromDataFile
        ? `the embedded store's data file in ${env.dataDir} (edits kept since its first start)`
        : `the embedded store (dataset ${env.datasetPath}; edits kept in ${env.dataDir})`;
  console.log(`Battery raw-materials graph on ${where}`);
  const notice = datasetNotice(env, fromDataFile);
  if (notice) console.warn(`  ${notice}`);
  const shown = env.host === '0.0.0.0' || env.host === '::' ? 'localhost' : env.host;
  console.log(
    `  web app   http://${shown}:${env.port}/  (listening on ${env.host}; HOST=0.0.0.0 to serve the network)`,
  );
  console.log(`  GraphQL   http://${shown}:${env.port}/graphql${env.graphiql ? ' (GraphiQL on)' : ''}`);
  console.log(env.editorToken ? '  mutations enabled (EDITOR_TOKEN set)' : '  mutations disabled (set EDITOR_TOKEN)');
  const stop = async (signal: string) => {
    console.log(`${signal}: shutting down`);
    await server.close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
