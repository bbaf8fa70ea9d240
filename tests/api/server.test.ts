import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET, REPO_ROOT, datasetNotice, parseEnv } from '../../api/src/env.js';
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
      /PORT[\s\S]*NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI[\s\S]*EDITOR_TOKEN: must be at least 16 characters/,
    );
  });

  it('refuses weak editor tokens ("password" was accepted)', () => {
    expect(() => parseEnv({ EDITOR_TOKEN: 'password' })).toThrow(/EDITOR_TOKEN: must be at least 16 characters/);
    expect(() => parseEnv({ EDITOR_TOKEN: 'aaaaaaaabbbbbbbbcccc' })).toThrow(/at least 8 different characters/);
    expect(parseEnv({ EDITOR_TOKEN: '3f9c1a7be2d84c60a5' }).editorToken).toBe('3f9c1a7be2d84c60a5');
  });

  it('says so when DATASET is shadowed by the data file already in DATA_DIR (it was silently ignored)', () => {
    const env = parseEnv({ DATASET: '/tmp/new.json', DATA_DIR: '/tmp/d' });
    expect(datasetNotice(env, true)).toMatch(/not DATASET=\/tmp\/new\.json as such.*move \/tmp\/d\/dataset\.json away/);
    expect(datasetNotice(env, false)).toBeNull();
    expect(datasetNotice(parseEnv({ DATA_DIR: '/tmp/d' }), true)).toBeNull();
  });

  it('listens on loopback by default (it bound 0.0.0.0); HOST opts into the network', () => {
    expect(parseEnv({}).host).toBe('127.0.0.1');
    expect(parseEnv({ HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
  });

  it('turns GraphiQL and introspection off with NODE_ENV=production unless enabled', () => {
    expect(parseEnv({})).toMatchObject({ graphiql: true, introspection: true });
    expect(parseEnv({ NODE_ENV: 'production' })).toMatchObject({ graphiql: false, introspection: false });
    expect(parseEnv({ NODE_ENV: 'production', GRAPHIQL: 'true' })).toMatchObject({
      graphiql: true,
      introspection: true,
    });
    expect(parseEnv({ NODE_ENV: 'production', INTROSPECTION: 'true' })).toMatchObject({
      graphiql: false,
      introspection: true,
    });
  });

  it('has CORS off by default and reads an allow-list', () => {
    expect(parseEnv({}).corsOrigins).toEqual([]);
    expect(parseEnv({ CORS_ORIGINS: 'https://a.example, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(() => parseEnv({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS: each origin must look like/);
  });
});

describe('the HTTP front door (issue 13 §8, §9)', () => {
  const start = (extra: Parameters<typeof startServer>[0] = {}) =>
    startServer({ port: 0, datasetPath: SMALL, webDist: '/nonexistent', ...extra });
  const post = (url: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it('sends no CORS headers by default (it reflected any origin with credentials); allow-listed origins only', async () => {
    const closed = await start();
    const open = await start({ graphql: { corsOrigins: ['https://app.example'] } });
    try {
      const query = JSON.stringify({ query: '{ materials { id } }' });
      const evil = await post(closed.url, query, { origin: 'https://evil.example' });
      expect(evil.headers.get('access-control-allow-origin')).toBeNull();
      expect(evil.headers.get('access-control-allow-credentials')).toBeNull();
      const allowed = await post(open.url, query, { origin: 'https://app.example' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
      const other = await post(open.url, query, { origin: 'https://evil.example' });
      expect(other.headers.get('access-control-allow-origin')).not.toBe('https://evil.example');
    } finally {
      await closed.close();
      await open.close();
    }
  });

  it('sets security headers on every response (CSP with frame-ancestors, nosniff)', async () => {
    const server = await start();
    try {
      for (const res of [await fetch(`${server.url}/`), await post(server.url, '{"query":"{ materials { id } }"}')]) {
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
        expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      }
    } finally {
      await server.close();
    }
  });

  it('serves no GraphiQL page when it is off', async () => {
    const server = await start({ graphql: { graphiql: false } });
    try {
      const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await res.text()).not.toMatch(/graphiql/i);
    } finally {
      await server.close();
    }
  });

  it('rate-limits anonymous requests per client with 429 and Retry-After; the editor is not limited', async () => {
    const server = await start({ rateLimit: { perMinute: 60, burst: 3 }, editorToken: 'rate-limit-editor-token' });
    try {
      const body = JSON.stringify({ query: '{ materials { id } }' });
      const statuses = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(server.url, body)).status);
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await post(server.url, body);
      expect(limited.headers.get('retry-after')).toBe('1');
      expect(
        ((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
      ).toBe('RATE_LIMITED');
      const editor = await post(server.url, body, { authorization: 'Bearer rate-limit-editor-token' });
      expect(editor.status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers a body over the cap with 413 and says what to do (the 25 MB cap was undocumented)', async () => {
    const server = await start({ graphql: { maxBodyBytes: 1024 } });
    try {
      const res = await post(server.url, JSON.stringify({ query: '{ materials { id } }', pad: 'x'.repeat(4096) }));
      expect(res.status).toBe(413);
      const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
      expect(body.errors[0]?.message).toMatch(/limit is 0\.0 MB \(MAX_BODY_MB\).*npm run data -- load/);
    } finally {
      await server.close();
    }
  });

  it('cuts off a slow body after the request timeout (it held the connection for 300 s)', async () => {
    const server = await start({ requestTimeoutMs: 1000 });
    const { request } = await import('node:http');
    try {
      const started = Date.now();
      const status = await new Promise<number | string>((resolve) => {
        const req = request(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': '100000' },
        });
        req.on('response', (res) => resolve(res.statusCode ?? 0));
        req.on('error', (error) => resolve(error.message));
        req.write('{"query":');
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect([408, 'socket hang up']).toContain(status);
    } finally {
      await server.close();
    }
  });
});
