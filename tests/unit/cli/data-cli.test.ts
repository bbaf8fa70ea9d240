import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runDataCli } from '../../../api/src/cli/data.js';
import { fixture } from '../../helpers.js';

const SMALL = new URL('../../fixtures/small.json', import.meta.url).pathname;

function capture() {
  const lines: string[] = [];
  const errors: string[] = [];
  return { out: { log: (l: string) => lines.push(l), error: (l: string) => errors.push(l) }, lines, errors };
}

describe('npm run data', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cli-'));
    process.env['DATA_DIR'] = join(dir, 'data');
    process.env['DATASET'] = SMALL;
    delete process.env['NEO4J_URI'];
  });
  afterEach(() => {
    process.env = { ...saved };
  });

  it('validate: a valid dataset exits 0 and prints the row counts', async () => {
    const c = capture();
    expect(await runDataCli(['validate', SMALL], c.out)).toBe(EXIT.ok);
    expect(c.lines.join('\n')).toMatch(/valid \(1 file\)[\s\S]*facilities\s+5/);
  });

  it('validate: an invalid dataset exits 1 and names each bad row where it is in the file', async () => {
    const bad = fixture('small.json');
    bad.facilities[2]!.country = 'ZZ';
    bad.capacities[0]!.unit = 'MWh';
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify(bad));
    const c = capture();
    expect(await runDataCli(['validate', file], c.out)).toBe(EXIT.invalid);
    expect(c.errors).toEqual([
      '2 errors:',
      `  ${file} /facilities/2/country: unknown country id "ZZ" (found: ZZ)`,
      `  ${file} /capacities/0/unit: unit must be "GWh", the unit of material "cells" (found: MWh)`,
    ]);
  });

  it('exits 2 on a usage error or an unreadable file', async () => {
    const c = capture();
    expect(await runDataCli(['frobnicate', 'x'], c.out)).toBe(EXIT.usage);
    expect(c.errors[0]).toContain('Usage: npm run data');
    expect(await runDataCli(['validate', join(dir, 'missing.json')], c.out)).toBe(EXIT.usage);
    expect(c.errors.at(-1)).toContain('cannot read dataset');
  });

  it('load: an invalid document writes nothing', async () => {
    const file = join(dir, 'bad.json');
    await writeFile(
      file,
      JSON.stringify({ version: 1, facilities: [{ ...fixture('small.json').facilities[0]!, operator: 'co-nobody' }] }),
    );
    const c = capture();
    expect(await runDataCli(['load', file], c.out)).toBe(EXIT.invalid);
    expect(c.errors.at(-1)).toBe('Nothing was written.');
    expect(existsSync(join(dir, 'data', 'dataset.json'))).toBe(false);
  });

  it('load then export: the export holds what was loaded', async () => {
    const patch = join(dir, 'patch.json');
    await writeFile(
      patch,
      JSON.stringify({
        version: 1,
        facilities: [{ ...fixture('small.json').facilities[0]!, status: 'STOPPED', statusDate: '2026-02' }],
      }),
    );
    const c = capture();
    expect(await runDataCli(['load', patch], c.out)).toBe(EXIT.ok);
    expect(c.lines[0]).toContain('Loaded');
    const out = join(dir, 'export.json');
    expect(await runDataCli(['export', out], c.out)).toBe(EXIT.ok);
    const exported = JSON.parse(await readFile(out, 'utf8')) as ReturnType<typeof fixture>;
    expect(exported.facilities.find((f) => f.id === 'cell-alpha-berlin')).toMatchObject({
      status: 'STOPPED',
      statusDate: '2026-02',
    });
    expect(exported.facilities).toHaveLength(5);
  });

  it('export --csv writes a CSV folder that reads back to the same dataset', async () => {
    const c = capture();
    const folder = join(dir, 'csv-export');
    expect(await runDataCli(['export', folder, '--csv'], c.out)).toBe(EXIT.ok);
    const { readDatasetPath } = await import('../../../api/src/dataset/read.js');
    const { validateDataset } = await import('../../../api/src/dataset/validate.js');
    const back = validateDataset((await readDatasetPath(folder)).document);
    expect(back.ok && back.dataset).toEqual(fixture('small.json'));
  });
});
