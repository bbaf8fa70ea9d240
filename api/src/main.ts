import { parseEnv } from './env.js';
import { createStore } from './store/create-store.js';
import { startServer } from './server.js';

/** `npm start`: the API and the web app on one port, on the store the environment names. */
async function main(): Promise<void> {
  const env = parseEnv();
  const store = await createStore(env);
  const server = await startServer({ port: env.port, host: env.host, store, editorToken: env.editorToken });
  const where =
    store.kind === 'neo4j'
      ? `Neo4j at ${env.neo4j?.uri}`
      : `the embedded store (dataset ${env.datasetPath}; edits kept in ${env.dataDir})`;
  console.log(`Battery raw-materials graph on ${where}`);
  console.log(`  web app   http://localhost:${env.port}/`);
  console.log(`  GraphQL   http://localhost:${env.port}/graphql`);
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
