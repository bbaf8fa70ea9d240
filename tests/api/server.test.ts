import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET, REPO_ROOT, parseEnv } from '../../api/src/env.js';
import { startServer } from '../../api/src/server.js';

const SMALL = new URL('../fixtures/small.json', import.meta.url).pathname;

describe('startServer', () => {
  it('serves another dataset over HTTP, keeps edits in DATA_DIR, and reports health', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'server-'));
    const server = await startServer({
      port: 0,
      datasetPath: SMALL,
      dataDir,
      editorToken: 'http-test-token',
      webDist: join(dataDir, 'no-web'),
    });
    try {
      const post = (query: string, token?: string) =>
        fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query }),
        }).then((r) => r.json() as Promise<{ data: Record<string, unknown> }>);
      expect((await post('{ facilities { totalCount } }')).data).toEqual({ facilities: { totalCount: 5 } });
      const imported = await post(
        'mutation { importDataset(document: {version: 1, regions: [{id: "JAPAN", name: "Japan"}]}) { ok counts } }',
        'http-test-token',
      );
      expect(imported.data).toMatchObject({ importDataset: { ok: true, counts: { regions: 1 } } });
      expect(await (await fetch(`${server.url}/healthz`)).text()).toBe('ok');
      const root = await fetch(`${server.url}/`);
      expect(root.status).toBe(404);
      expect(await root.text()).toContain('npm run build -w web');
    } finally {
      await server.close();
    }
    // A restart on the same DATA_DIR serves the edit.
    const again = await startServer({ port: 0, datasetPath: SMALL, dataDir });
    try {
      const res = await fetch(`${again.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ regions { id } }' }),
      });
      expect(JSON.stringify(await res.json())).toContain('JAPAN');
    } finally {
      await again.close();
    }
  });

  it('refuses to start on an invalid dataset, naming the rows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bad-'));
    const { writeFile } = await import('node:fs/promises');
    await writeFile(
      join(dir, 'bad.json'),
      JSON.stringify({ version: 1, countries: [{ id: 'DE', name: 'Germany', eu: true, oecd: true, regions: ['EU'] }] }),
    );
    await expect(startServer({ port: 0, datasetPath: join(dir, 'bad.json') })).rejects.toThrow(
      /bad\.json \/countries\/0\/regions\/0: unknown region id "EU"/,
    );
  });
});

describe('parseEnv', () => {
  it('defaults to the bundled data on port 4000 with a data folder of its own', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      port: 4000,
      datasetPath: BUNDLED_DATASET,
      dataDir: join(REPO_ROOT, '.data', 'bundled'),
      neo4j: null,
      editorToken: null,
    });
  });

  it('gives DATASET its own data folder, so switching datasets never serves another one’s edits', () => {
    const a = parseEnv({ DATASET: '/tmp/a.json' });
    const b = parseEnv({ DATASET: '/tmp/b.json' });
    expect(a.datasetPath).toBe('/tmp/a.json');
    expect(a.dataDir).toMatch(/\.data\/a-[0-9a-f]{8}$/);
    expect(b.dataDir).not.toBe(a.dataDir);
    expect(parseEnv({ DATASET: '/tmp/a.json', DATA_DIR: '/tmp/d' }).dataDir).toBe('/tmp/d');
  });

  it('reads Neo4j settings and names every bad variable', () => {
    expect(parseEnv({ NEO4J_URI: 'neo4j+s://x.databases.neo4j.io', NEO4J_PASSWORD: 'pw' }).neo4j).toEqual({
      uri: 'neo4j+s://x.databases.neo4j.io',
      user: 'neo4j',
      password: 'pw',
      batchSize: 5000,
    });
    expect(() => parseEnv({ PORT: 'eighty', NEO4J_URI: 'http://x', EDITOR_TOKEN: 'short' })).toThrow(
      /PORT[\s\S]*NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI[\s\S]*EDITOR_TOKEN: must be at least 8 characters/,
    );
  });
});
