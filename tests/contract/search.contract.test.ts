import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../api/src/dataset/types.js';
import { BUNDLED_DATASET } from '../../api/src/env.js';
import { loadDatasetFile } from '../../api/src/store/create-store.js';
import { openEmbeddedStore } from '../../api/src/store/embedded/embedded-store.js';
import type { GraphStore } from '../../api/src/store/graph-store.js';
import { RANKING_QUERIES, unicodeDataset } from '../search-fixtures.js';
import { openContractStore } from './neo4j-contract-store.js';
import { neo4jTarget } from './neo4j-target.js';

/**
 * Search on every store, with the same assertions: names in any script (CJK without spaces, apostrophes, dots,
 * accents), long texts, and a ranking test on the bundled data that holds the Neo4j store's order close to the
 * embedded store's.
 */

interface StoreUnderTest {
  name: string;
  open(dataset: Dataset): Promise<GraphStore>;
}

const stores: StoreUnderTest[] = [{ name: 'embedded', open: (seed) => openEmbeddedStore({ seed }) }];
const neo4j = neo4jTarget();
if (neo4j) stores.push({ name: `neo4j (${neo4j.uri})`, open: (dataset) => openContractStore(neo4j, dataset) });

describe.each(stores)('search on $name', ({ open }) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await open(unicodeDataset());
  });
  afterAll(async () => {
    await store?.close();
  });

  it.each([
    ['CJK characters without spaces, whole', '宁德时代新能源科技股份有限公司', 'co-catl-cn'],
    ['CJK characters without spaces, a prefix', '宁德时代', 'co-catl-cn'],
    ['a name with an apostrophe, as written', "O'Brien's", 'mine-obrien'],
    ['a name with an apostrophe, without it', 'obrien lithium', 'mine-obrien'],
    ['a typographic apostrophe in an alias', 'd’Obrien', 'mine-obrien'],
    ['a name with dots and accents', 'Minière S.A.', 'co-miniere'],
    ['an accent left out', 'miniere nord', 'co-miniere'],
  ])('finds %s', async (_what, text, id) => {
    const hits = await store.search(text, 5);
    expect(hits[0]?.id).toBe(id);
  });

  it('answers a 30-word text without error: nothing when the words match nothing together', async () => {
    const words = Array.from({ length: 30 }, (_, i) => `kaiserslautern${String.fromCharCode(97 + (i % 26))}${i}`);
    await expect(store.search(words.join(' '), 10)).resolves.toEqual([]);
  });

  it('answers a 30-word text whose words all name one entity', async () => {
    const text = Array.from({ length: 30 }, (_, i) => ['Alpha', 'Berlin', 'cell', 'plant', 'gigafactory'][i % 5]).join(
      ' ',
    );
    const hits = await store.search(text, 5);
    expect(hits[0]?.id).toBe('cell-alpha-berlin');
  });

  it('treats Lucene syntax as words', async () => {
    await expect(store.search('name:* OR (id:x) AND "~2"', 5)).resolves.toEqual([]);
    expect((await store.search('(Kaiserslautern):', 5))[0]?.id).toBe('cell-acc-kaiserslautern');
    // A symbol is part of a word, on both stores: this is one word that names nothing.
    await expect(store.search('Kaiserslautern^10', 5)).resolves.toEqual([]);
  });
});

describe.skipIf(!neo4j)('search ranking on the bundled data: Neo4j close to embedded', () => {
  let embedded: GraphStore;
  let other: GraphStore;
  beforeAll(async () => {
    const bundled = await loadDatasetFile(BUNDLED_DATASET);
    embedded = await openEmbeddedStore({ seed: bundled });
    other = await openContractStore(neo4j!, bundled);
  });
  afterAll(async () => {
    await other?.close();
  });

  it('puts the same entity first for most queries and shares most of the top five', async () => {
    let sameFirst = 0;
    let overlap = 0;
    const differences: string[] = [];
    for (const query of RANKING_QUERIES) {
      const a = await embedded.search(query, 5);
      const b = await other.search(query, 5);
      // Not an empty answer: every query finds something in the bundled data, on both stores.
      expect(a.length, query).toBeGreaterThan(0);
      expect(b.length, query).toBeGreaterThan(0);
      if (a[0]?.id === b[0]?.id) sameFirst += 1;
      else differences.push(`${query}: ${a[0]?.id} / ${b[0]?.id}`);
      const ids = new Set(a.map((h) => h.id));
      overlap += b.filter((h) => ids.has(h.id)).length / Math.max(a.length, b.length);
    }
    console.info(
      `search ranking, Neo4j vs embedded on the bundled data: same first hit ${sameFirst}/${RANKING_QUERIES.length}, ` +
        `mean top-5 overlap ${(overlap / RANKING_QUERIES.length).toFixed(2)}; first hits that differ: ` +
        (differences.join('; ') || 'none'),
    );
    expect(sameFirst / RANKING_QUERIES.length).toBeGreaterThanOrEqual(0.85);
    expect(overlap / RANKING_QUERIES.length).toBeGreaterThanOrEqual(0.75);
  });
});
