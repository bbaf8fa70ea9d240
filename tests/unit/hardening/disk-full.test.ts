import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGraphQL } from '../../../api/src/server.js';
import { DATA_FILE_NAME, openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { fixture } from '../../helpers.js';

const disk = vi.hoisted(() => ({ full: false }));

// Every temporary data file written while `disk.full` gets a few bytes, then ENOSPC, as on a full disk.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  return {
    ...actual,
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (!disk.full || !String(args[0]).endsWith('.tmp')) return handle;
      return new Proxy(handle, {
        get(target, property) {
          if (property === 'writeFile')
            return async () => {
              await target.write('{"version": 1, "sources": [');
              throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
            };
          const value = Reflect.get(target, property) as unknown;
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  };
});

afterEach(() => {
  disk.full = false;
});

describe('a full disk (issue 13 §5)', () => {
  it('leaves no partial temp file, keeps the data, says so, and the next import works', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'disk-full-'));
    const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    const yoga = createGraphQL({ store, editorToken: 'disk-full-editor-token' });
    const importRegion = async (id: string) => {
      const res = await yoga.fetch('http://api.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer disk-full-editor-token' },
        body: JSON.stringify({
          query: 'mutation($d: JSON!) { importDataset(document: $d) { ok } }',
          variables: { d: { version: 1, regions: [{ id, name: id }] } },
        }),
      });
      return (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string } }[] };
    };
    expect((await importRegion('FIRST')).data).toEqual({ importDataset: { ok: true } });
    const before = await readFile(join(dir, DATA_FILE_NAME), 'utf8');

    disk.full = true;
    const failed = await importRegion('SECOND');
    expect(failed.errors?.[0]?.extensions.code).toBe('INSUFFICIENT_STORAGE');
    expect(failed.errors?.[0]?.message).toMatch(/is full \(ENOSPC\): nothing was written and the data is as it was/);
    expect(await readdir(dir)).toEqual([DATA_FILE_NAME]);
    expect(await readFile(join(dir, DATA_FILE_NAME), 'utf8')).toBe(before);
    expect((await store.listRegions()).map((r) => r.id)).not.toContain('SECOND');

    disk.full = false;
    expect((await importRegion('THIRD')).data).toEqual({ importDataset: { ok: true } });
    expect((await store.listRegions()).map((r) => r.id)).toEqual(expect.arrayContaining(['FIRST', 'THIRD']));
    await store.close();
  });
});
