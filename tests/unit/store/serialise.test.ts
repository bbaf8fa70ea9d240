import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../../api/src/store/embedded/serialise.js';
import { generateDataset } from '../../../bench/generate.js';
import { fixture } from '../../helpers.js';

async function text(document: Record<string, unknown>, sliceMs?: number): Promise<{ text: string; pieces: number }> {
  const pieces: string[] = [];
  for await (const piece of jsonChunks(document, sliceMs === undefined ? {} : { sliceMs })) pieces.push(piece);
  return { text: pieces.join(''), pieces: pieces.length };
}

const asDocument = (value: unknown) => value as Record<string, unknown>;

describe('the data file serialised in pieces (serialise.ts)', () => {
  it('is JSON.stringify(document, null, 1) and a newline, character for character', async () => {
    for (const document of [fixture('small.json'), fixture('contract.json'), fixture('web.json'), generateDataset(500)])
      expect((await text(asDocument(document))).text).toBe(`${JSON.stringify(document, null, 1)}\n`);
  });

  it('is the same text when cut after every 256 rows, and lets the event loop run in between', async () => {
    const document = asDocument(generateDataset(1000));
    let ranBetween = false;
    setImmediate(() => (ranBetween = true));
    const pieces: string[] = [];
    for await (const piece of jsonChunks(document, { sliceMs: 0 })) {
      pieces.push(piece);
      if (pieces.length === 1) expect(ranBetween).toBe(false);
    }
    // 1,000 facilities with 3,000 capacity rows and more: at least one piece per 256 rows of the longest kinds.
    expect(pieces.length).toBeGreaterThan(10);
    expect(ranBetween).toBe(true);
    expect(pieces.join('')).toBe(`${JSON.stringify(document, null, 1)}\n`);
  });

  it('writes empty lists, plain values, nested lists and left-out fields as JSON.stringify does', async () => {
    const document = asDocument({
      version: 2,
      empty: [],
      nothing: undefined,
      plain: { a: [1, { b: 'x\ny' }], c: null },
      rows: [{ id: 'a', tags: ['x', 'y'], gone: undefined, nested: { deep: [[]] } }, { id: 'b\u2028"' }],
      last: 'end',
    });
    expect((await text(document, 0)).text).toBe(`${JSON.stringify(document, null, 1)}\n`);
    expect((await text({})).text).toBe('{}\n');
  });

  it("fails as JSON.stringify does when a row's toJSON throws", async () => {
    const document = asDocument({
      version: 2,
      sources: [
        {
          id: 'x',
          toJSON: () => {
            throw new Error('cannot serialise');
          },
        },
      ],
    });
    await expect(text(document)).rejects.toThrow('cannot serialise');
  });
});
