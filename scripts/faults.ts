/**
 * `npm run faults`: repeats the issue-13 probe against real server processes on loopback, bounded (about a
 * minute): kill -9 during imports, a full disk on a small tmpfs (when the machine allows mounting one),
 * overlapping imports and CLI loads, corrupted data files. Prints what it tried and whether anything was lost;
 * exits 1 if anything was.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '../bench/generate.js';
import { REPO_ROOT } from '../api/src/env.js';

const TOKEN = 'faults-editor-token-0123456789';
const SMALL = join(REPO_ROOT, 'tests', 'fixtures', 'small.json');
/** `node --import tsx`, not the tsx wrapper: kill -9 must hit the server process itself, not a parent of it. */
const NODE_TSX = ['--import', 'tsx'];
const results: { what: string; ok: boolean; detail: string }[] = [];

function record(what: string, ok: boolean, detail: string): void {
  results.push({ what, ok, detail });
  console.log(`${ok ? 'ok  ' : 'LOST'} ${what}: ${detail}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Server {
  child: ChildProcess;
  url: string;
  output: () => string;
}

async function startServer(dataDir: string, timeoutMs = 30_000): Promise<Server | { failed: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...NODE_TSX, join(REPO_ROOT, 'api', 'src', 'main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATASET: SMALL,
      EDITOR_TOKEN: TOKEN,
      RATE_LIMIT_PER_MINUTE: '0',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) return { failed: out.trim() };
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, url, output: () => out };
    await sleep(100);
  }
  child.kill('SIGKILL');
  return { failed: `did not answer within ${timeoutMs} ms: ${out.trim()}` };
}

async function stop(server: Server, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill(signal);
  await exited;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function gql(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
}

const IMPORT =
  'mutation($d: JSON!, $r: Boolean) { importDataset(document: $d, replace: $r) { ok errors { path message } } }';

async function facilityCount(url: string): Promise<number> {
  const r = await gql(url, '{ facilities { totalCount } }');
  return (r.data?.['facilities'] as { totalCount: number }).totalCount;
}

async function leftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((n) => n.endsWith('.tmp') || n.endsWith('.lock'));
}

async function killDuringImports(trials: number): Promise<void> {
  const big = generateDataset(3000, 7);
  for (let t = 0; t < trials; t++) {
    const dir = await mkdtemp(join(tmpdir(), 'faults-kill-'));
    const server = await startServer(dir);
    if ('failed' in server) {
      record(`kill -9 #${t + 1}`, false, `server did not start: ${server.failed}`);
      continue;
    }
    const before = await facilityCount(server.url);
    // Odd trials: kill a fixed time after sending; even ones: the moment the temporary data file appears.
    const duringWrite = t % 2 === 1;
    const delay = duringWrite ? (t - 1) * 3 : 150 + t * 250;
    const sent = Date.now();
    void gql(server.url, IMPORT, { d: big, r: true }).catch(() => undefined);
    if (duringWrite)
      while (Date.now() - sent < 10_000 && !(await readdir(dir)).some((n) => n.endsWith('.tmp'))) await sleep(1);
    await sleep(delay);
    await stop(server, 'SIGKILL');
    const temporaries = await readdir(dir);
    const again = await startServer(dir);
    if ('failed' in again) {
      record(`kill -9 #${t + 1} after ${delay} ms`, false, `restart refused: ${again.failed}`);
      continue;
    }
    const after = await facilityCount(again.url);
    const left = await leftovers(dir);
    await stop(again);
    const ok = (after === before || after === big.facilities.length) && left.length === 0;
    record(
      `kill -9 #${t + 1} ${duringWrite ? `${delay} ms into writing the data file` : `${delay} ms after sending`} (a ${big.facilities.length}-facility import)`,
      ok,
      `restart serves ${after} facilities (before ${before}); files after the kill: ${temporaries.join(', ') || 'none'}; ` +
        `temp/lock files after restart: ${left.join(', ') || 'none'}`,
    );
    await rm(dir, { recursive: true, force: true });
  }
}

/** co-alpha's owners hold 0.5 in the small fixture: 0.4 and 0.35 pass alone, not together. */
const owner = (id: string, share: number) => ({
  version: 2,
  companies: [{ id, name: id, country: 'DE', sources: ['src-a'] }],
  ownership: [{ owner: id, owned: 'co-alpha', share, sources: ['src-a'] }],
});

async function ownersOfAlpha(url: string): Promise<number> {
  const r = await gql(url, '{ company(id: "co-alpha") { owners { share } } }');
  const owners = (r.data?.['company'] as { owners: { share: number }[] }).owners;
  return owners.reduce((s, o) => s + o.share, 0);
}

async function overlappingImports(trials: number): Promise<void> {
  for (let t = 0; t < trials; t++) {
    const dir = await mkdtemp(join(tmpdir(), 'faults-overlap-'));
    const server = await startServer(dir);
    if ('failed' in server) {
      record(`overlapping imports #${t + 1}`, false, server.failed);
      continue;
    }
    const [a, b] = await Promise.all([
      gql(server.url, IMPORT, { d: owner(`co-x${t}`, 0.4) }),
      gql(server.url, IMPORT, { d: owner(`co-y${t}`, 0.35) }),
    ]);
    const oks = [a, b].map((r) => (r.data?.['importDataset'] as { ok: boolean } | undefined)?.ok);
    const sum = await ownersOfAlpha(server.url);
    await stop(server);
    const restart = await startServer(dir);
    const restarted = !('failed' in restart);
    if (restarted) await stop(restart);
    record(
      `overlapping imports #${t + 1}`,
      oks.filter(Boolean).length === 1 && sum <= 1 + 1e-9 && restarted,
      `accepted ${JSON.stringify(oks)}, owners of co-alpha hold ${sum.toFixed(2)}, restart ${restarted ? 'ok' : 'refused'}`,
    );
    await rm(dir, { recursive: true, force: true });
  }
}

async function cliLoadWhileServing(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'faults-cli-'));
  const server = await startServer(dir);
  if ('failed' in server) {
    record('CLI load while the server runs', false, server.failed);
    return;
  }
  const doc = join(dir, 'japan.json');
  await writeFile(doc, JSON.stringify({ version: 2, regions: [{ id: 'JAPAN', name: 'Japan' }] }));
  // The CLI and the server write at the same moment.
  const cli = spawn(process.execPath, [...NODE_TSX, join(REPO_ROOT, 'api', 'src', 'cli', 'data.ts'), 'load', doc], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dir, DATASET: SMALL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let cliOut = '';
  cli.stdout.on('data', (b: Buffer) => (cliOut += b.toString()));
  cli.stderr.on('data', (b: Buffer) => (cliOut += b.toString()));
  const serverImport = gql(server.url, IMPORT, { d: { version: 2, regions: [{ id: 'INDIA', name: 'India' }] } });
  const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
  await serverImport;
  await sleep(1500);
  const served = JSON.stringify((await gql(server.url, '{ regions { id } }')).data);
  await stop(server);
  const onDisk = await readFile(join(dir, 'dataset.json'), 'utf8');
  const ok =
    code === 0 &&
    served.includes('JAPAN') &&
    served.includes('INDIA') &&
    onDisk.includes('JAPAN') &&
    onDisk.includes('INDIA');
  record(
    'CLI load while the server imports',
    ok,
    `CLI exit ${code}; the server serves JAPAN ${served.includes('JAPAN')}, INDIA ${served.includes('INDIA')}; ` +
      `the data file holds both ${onDisk.includes('JAPAN') && onDisk.includes('INDIA')}`,
  );
  if (!ok) console.log(cliOut);
  await rm(dir, { recursive: true, force: true });
}

async function fullDisk(): Promise<void> {
  const mount = await mkdtemp(join(tmpdir(), 'faults-tmpfs-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
  if (mounted.status !== 0) {
    console.log(`skip full disk: cannot mount a tmpfs here (${mounted.stderr.toString().trim() || 'not root'})`);
    return;
  }
  try {
    const dir = join(mount, 'data');
    await mkdir(dir);
    const server = await startServer(dir);
    if ('failed' in server) {
      record('full disk', false, server.failed);
      return;
    }
    const first = await gql(server.url, IMPORT, { d: { version: 2, regions: [{ id: 'FIRST', name: 'First' }] } });
    const before = await readFile(join(dir, 'dataset.json'), 'utf8');
    // Fill the disk but ~60 kB, then import a document bigger than that.
    const filler = join(mount, 'filler');
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=4k', 'count=2000'], { stdio: 'ignore' });
    await rm(filler);
    const free = spawnSync('df', ['-B1', '--output=avail', mount]).stdout.toString().trim().split('\n').pop() ?? '0';
    spawnSync('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1', `count=${Math.max(0, Number(free) - 60_000)}`], {
      stdio: 'ignore',
    });
    const full = await gql(server.url, IMPORT, { d: generateDataset(200, 3), r: true });
    const code = full.errors?.[0]?.extensions?.code;
    const left = await leftovers(dir);
    const same = (await readFile(join(dir, 'dataset.json'), 'utf8')) === before;
    await rm(filler);
    const after = await gql(server.url, IMPORT, { d: { version: 2, regions: [{ id: 'AFTER', name: 'After' }] } });
    await stop(server);
    const ok =
      (first.data?.['importDataset'] as { ok: boolean }).ok &&
      code === 'INSUFFICIENT_STORAGE' &&
      left.length === 0 &&
      same &&
      (after.data?.['importDataset'] as { ok: boolean } | undefined)?.ok === true;
    record(
      'full disk (2 MB tmpfs)',
      ok === true,
      `import on a full disk answered ${code} ("${full.errors?.[0]?.message ?? ''}"); temp files left: ${left.length}; ` +
        `data file unchanged ${same}; the next import after freeing space ok ${String((after.data?.['importDataset'] as { ok: boolean } | undefined)?.ok)}`,
    );
  } finally {
    spawnSync('umount', [mount]);
    await rm(mount, { recursive: true, force: true });
  }
}

async function corruptedFiles(): Promise<void> {
  const cases: Record<string, string> = {
    truncated: '{"version": 2, "sources": [{"id": "a"',
    'not JSON': '\u0000\u0001garbage',
    empty: '',
    'null where rows go': '{"version": 2, "facilities": null}',
    'a number out of range': '{"version": 2, "sources": [{"id": "a", "title": "t", "publisher": "p", "year": 1e400}]}',
    'wrong version': '{"version": 9}',
  };
  for (const [name, text] of Object.entries(cases)) {
    const dir = await mkdtemp(join(tmpdir(), 'faults-corrupt-'));
    await writeFile(join(dir, 'dataset.json'), text);
    const server = await startServer(dir, 20_000);
    const refused = 'failed' in server;
    if (!refused) await stop(server);
    const untouched = (await readFile(join(dir, 'dataset.json'), 'utf8')) === text;
    const message = refused ? (server.failed.split('\n').pop() ?? '') : 'started';
    record(
      `corrupted data file (${name})`,
      refused && untouched && message.includes('dataset.json') && !/\n\s+at /.test(message),
      `${refused ? 'refused to start' : 'STARTED'}; file untouched ${untouched}; said: ${message.slice(0, 160)}`,
    );
    await rm(dir, { recursive: true, force: true });
  }
}

const started = Date.now();
console.log('npm run faults: real server processes on 127.0.0.1, temporary DATA_DIRs');
await killDuringImports(6);
await overlappingImports(3);
await cliLoadWhileServing();
await fullDisk();
await corruptedFiles();
const lost = results.filter((r) => !r.ok);
console.log(
  `\n${results.length} faults tried in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
    (lost.length === 0 ? 'nothing was lost.' : `${lost.length} LOST: ${lost.map((r) => r.what).join('; ')}`),
);
process.exit(lost.length === 0 ? 0 : 1);
