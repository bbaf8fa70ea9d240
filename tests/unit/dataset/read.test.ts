import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetReadError, readDatasetPath } from '../../../api/src/dataset/read.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { fixture } from '../../helpers.js';

const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

describe('readDatasetPath', () => {
  it('reads the CSV-folder form into the same dataset as the JSON form', async () => {
    const source = await readDatasetPath(join(FIXTURES, 'csv-small'));
    const result = validateDataset(source.document);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.dataset).toEqual(fixture('small.json'));
  });

  it('locates an error in a CSV folder by file, line and column', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'csv-'));
    await writeFile(join(dir, 'sources.csv'), 'id,title,publisher,year\nsrc-a,A,P,2025\nsrc-b,B,P,twenty\n');
    const source = await readDatasetPath(dir);
    const result = validateDataset(source.document);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]).toMatchObject({ path: '/sources/1/year', value: 'twenty' });
      expect(source.locate(result.errors[0]!.path)).toBe(`${join(dir, 'sources.csv')} line 3, column year`);
    }
  });

  it('merges a folder of JSON parts and maps errors back to the part they came from', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parts-'));
    const small = fixture('small.json');
    await writeFile(
      join(dir, 'a.json'),
      JSON.stringify({ version: 1, sources: small.sources, regions: small.regions }),
    );
    await writeFile(
      join(dir, 'b.json'),
      JSON.stringify({ version: 1, regions: [{ id: 'XR', name: 'X' }, { id: 'YR' }], countries: small.countries }),
    );
    const source = await readDatasetPath(dir);
    expect(source.files.map((f) => f.slice(dir.length + 1))).toEqual(['a.json', 'b.json']);
    const result = validateDataset(source.document);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]!.path).toBe('/regions/4/name');
      expect(source.locate('/regions/4/name')).toBe(`${join(dir, 'b.json')} /regions/1/name`);
    }
  });

  it('says which file is not valid JSON, and refuses a folder mixing forms', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bad-'));
    await writeFile(join(dir, 'a.json'), '{"version": 1, "sources": [');
    await expect(readDatasetPath(dir)).rejects.toThrow(/a\.json: not valid JSON/);
    await writeFile(join(dir, 'sources.csv'), 'id\n');
    await expect(readDatasetPath(dir)).rejects.toBeInstanceOf(DatasetReadError);
    await expect(readDatasetPath(join(dir, 'missing.json'))).rejects.toThrow(/cannot read dataset/);
  });
});
