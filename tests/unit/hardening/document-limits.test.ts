import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXIT, runDataCli } from '../../../api/src/cli/data.js';
import { documentLimitErrors, focusAnyOfErrors } from '../../../api/src/dataset/limits.js';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { validateDataset } from '../../../api/src/dataset/validate.js';
import { createGraphQL } from '../../../api/src/server.js';
import { openEmbeddedStore } from '../../../api/src/store/embedded/embedded-store.js';
import { fixture } from '../../helpers.js';

const errorsOf = (document: unknown) => {
  const result = validateDataset(document);
  return result.ok ? [] : result.errors;
};

/** A deep copy of the small fixture with `edit` applied to it. */
function small(edit: (d: Dataset & Record<string, unknown>) => void): unknown {
  const d = fixture('small.json') as Dataset & Record<string, unknown>;
  edit(d);
  return d;
}

describe('numbers in a dataset (issue 13 §2)', () => {
  it('1e400 is rejected with its path (it was stored as null and the server refused to start)', () => {
    const document = JSON.parse(
      JSON.stringify(small(() => undefined)).replace('"value":', '"value":1e400,"x":'),
    ) as unknown;
    expect(errorsOf(document)[0]).toMatchObject({
      path: '/capacities/0/value',
      value: 'Infinity',
      message: expect.stringMatching(/must be a finite number/),
    });
  });

  it('1e308 is rejected as out of range (sums overflowed and dependencyMatrix answered null)', () => {
    const errors = errorsOf(small((d) => (d.capacities[0]!.value = 1e308)));
    expect(errors).toEqual([
      { path: '/capacities/0/value', value: '1e+308', message: expect.stringMatching(/out of range.*10\^12/) },
    ]);
  });

  it('importDataset with 1e400 in the request body answers the path and writes nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limits-'));
    const store = await openEmbeddedStore({ seed: fixture('small.json'), dataDir: dir });
    const yoga = createGraphQL({ store, editorToken: 'limits-editor-token-1' });
    const body =
      '{"query":"mutation($d: JSON!) { importDataset(document: $d) { ok errors { path message } } }",' +
      '"variables":{"d":{"version":2,"production":[{"country":"DE","material":"lithium","stage":"EXTRACTION",' +
      '"year":2024,"value":1e400,"unit":"t Li","sources":["src-a"]}]}}}';
    const res = await yoga.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer limits-editor-token-1' },
      body,
    });
    const json = (await res.json()) as {
      data: { importDataset: { ok: boolean; errors: { path: string; message: string }[] } };
    };
    expect(json.data.importDataset.ok).toBe(false);
    expect(json.data.importDataset.errors[0]?.path).toBe('/production/0/value');
    expect(await readdir(dir)).toEqual([]);
    await store.close();
  });
});

describe('shapes JSON allows but a dataset never needs (issue 13 §9)', () => {
  it('a __proto__ key is rejected with its path (it crashed with a TypeError)', () => {
    const document = JSON.parse(
      '{"version": 2, "__proto__": [], "sources": [{"id": "a", "__proto__": {}}]}',
    ) as unknown;
    expect(errorsOf(document)).toEqual([
      { path: '/__proto__', value: null, message: '"__proto__" is not allowed as a field name' },
      { path: '/sources/0/__proto__', value: null, message: '"__proto__" is not allowed as a field name' },
    ]);
  });

  it('a value nested 100,000 levels deep is rejected cleanly (it ended in a stack overflow)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const errors = errorsOf(small((d) => (d.sources[0]!.notes = deep as string)));
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/nested too deeply: a dataset nests at most 16 levels/);
    expect(errors[0]?.path.startsWith('/sources/0/notes/0/0/')).toBe(true);
  });

  it('a string of a million characters is rejected', () => {
    const errors = documentLimitErrors({ sources: [{ notes: 'x'.repeat(1_000_000) }] });
    expect(errors[0]).toMatchObject({ path: '/sources/0/notes', message: 'is too long: at most 10000 characters' });
  });

  it('the CLI reports a __proto__ key and deep nesting in a sentence, exit 1 (it printed a stack trace)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limits-cli-'));
    const file = join(dir, 'bad.json');
    await writeFile(file, `{"version": 2, "__proto__": [], "sources": ${'['.repeat(5000)}${']'.repeat(5000)}}`);
    const errors: string[] = [];
    const code = await runDataCli(['validate', file], { log: () => undefined, error: (l) => errors.push(l) });
    expect(code).toBe(EXIT.invalid);
    expect(errors.join('\n')).toMatch(/bad\.json \/__proto__: "__proto__" is not allowed as a field name/);
    expect(errors.join('\n')).toMatch(/nested too deeply/);
    expect(errors.join('\n')).not.toMatch(/\n\s+at /);
  });
});

describe('a __proto__ key in a folder of JSON parts (issue 13 §9)', () => {
  it('is refused naming the file (merging the parts crashed with a TypeError)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'limits-parts-'));
    await writeFile(join(dir, 'a.json'), '{"version": 2, "sources": []}');
    await writeFile(join(dir, 'b.json'), '{"__proto__": [{"id": "x"}]}');
    const errors: string[] = [];
    const code = await runDataCli(['validate', dir], { log: () => undefined, error: (l) => errors.push(l) });
    expect(code).toBe(EXIT.usage);
    expect(errors.join('\n')).toMatch(/b\.json: "__proto__" is not allowed as a key/);
  });
});

describe('rules the validator had missed (issue 13 §9)', () => {
  it('source accessed dates must be real dates', () => {
    expect(errorsOf(small((d) => (d.sources[0]!.accessed = '2024-02-30')))).toEqual([
      { path: '/sources/0/accessed', value: '2024-02-30', message: 'is not a real date (YYYY, YYYY-MM or YYYY-MM-DD)' },
    ]);
  });

  it("an added facility's sources must be known", () => {
    const document = small((d) => {
      d.scenarios = [
        {
          id: 'sc-new',
          name: 'New plant',
          overrides: [
            {
              addFacility: {
                id: 'cell-new',
                name: 'New',
                type: 'CELL_PLANT',
                stage: 'CELL',
                country: 'DE',
                status: 'PLANNED',
                capacities: [{ material: 'cells', year: 2030, value: 10, unit: 'GWh' }],
                sources: ['src-nowhere'],
              },
            },
          ],
        },
      ] as Dataset['scenarios'];
    });
    expect(errorsOf(document)).toEqual([
      {
        path: '/scenarios/0/overrides/0/addFacility/sources/0',
        value: 'src-nowhere',
        message: 'unknown source id "src-nowhere"',
      },
    ]);
  });

  it('a bad scenario override names the real mistake first (it gave 14 errors, the real one ninth)', () => {
    const document = small((d) => {
      d.scenarios = [
        {
          id: 'sc-bad',
          name: 'Bad',
          overrides: [
            {
              addFacility: {
                id: 'cell-new',
                name: 'New',
                type: 'CELL_PLANT',
                stage: 'CELL',
                country: 'DE',
                status: 'PLANNED',
                capacities: [{ material: 'cells', year: 2030, value: -5, unit: 'GWh' }],
              },
            },
          ],
        },
      ] as Dataset['scenarios'];
    });
    expect(errorsOf(document)).toEqual([
      { path: '/scenarios/0/overrides/0/addFacility/capacities/0/value', value: '-5', message: 'must be >= 0' },
    ]);
  });

  it('a cut above 1 gets its one error, not also "not one of the override shapes" (its check is a $ref)', () => {
    const document = small((d) => {
      d.scenarios = [
        { id: 'sc-cut', name: 'Cut', overrides: [{ country: 'DE', material: 'lithium', cut: 1.5 }] },
      ] as Dataset['scenarios'];
    });
    expect(errorsOf(document)).toEqual([
      { path: '/scenarios/0/overrides/0/cut', value: '1.5', message: 'must be <= 1' },
    ]);
  });

  it('an override of no known shape gets one error saying so', () => {
    const errors = errorsOf(
      small((d) => {
        d.scenarios = [{ id: 'sc-x', name: 'X', overrides: [{ nonsense: 1 }] }] as unknown as Dataset['scenarios'];
      }),
    );
    expect(errors).toEqual([
      {
        path: '/scenarios/0/overrides/0',
        value: '{"nonsense":1}',
        message: 'is not one of the override shapes (see docs/data-format.md)',
      },
    ]);
    expect(focusAnyOfErrors([])).toEqual([]);
  });
});

describe('CSV cells and headers (issue 13 §9)', () => {
  let dir: string;
  const saved = { ...process.env };
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'limits-csv-'));
  });
  afterEach(() => {
    process.env = { ...saved };
  });
  const validateCsv = async (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const errors: string[] = [];
    const code = await runDataCli(['validate', dir], { log: () => undefined, error: (l) => errors.push(l) });
    return { code, text: errors.join('\n') };
  };
  const SOURCES = 'id,title,publisher,year\nsrc-a,A,P,2024\n';

  it('0x10 in a number column is rejected (it became 16)', async () => {
    const { code, text } = await validateCsv({ 'sources.csv': SOURCES.replace('2024', '0x10') });
    expect(code).toBe(EXIT.invalid);
    expect(text).toMatch(/sources\.csv line 2, column year: must be integer \(found: 0x10\)/);
  });

  it('a quoted blank in a number column is rejected (it became 0)', async () => {
    const { code, text } = await validateCsv({ 'sources.csv': SOURCES.replace('2024', '"   "') });
    expect(code).toBe(EXIT.invalid);
    expect(text).toMatch(/sources\.csv line 2, column year: must be integer/);
  });

  it('a column named twice is rejected (the last one silently won)', async () => {
    const { code, text } = await validateCsv({ 'sources.csv': 'id,title,publisher,title\nsrc-a,A,P,B\n' });
    expect(code).toBe(EXIT.usage);
    expect(text).toMatch(/sources\.csv: not valid CSV: column "title" appears twice in the header \(columns 2 and 4\)/);
  });
});
