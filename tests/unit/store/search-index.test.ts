import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../api/src/dataset/types.js';
import { BUNDLED_DATASET } from '../../../api/src/env.js';
import { loadDatasetFile } from '../../../api/src/store/create-store.js';
import { shareRowValues } from '../../../api/src/store/embedded/compact-rows.js';
import { MemoryIndex } from '../../../api/src/store/embedded/memory-index.js';
import { SearchIndex } from '../../../api/src/store/embedded/search-index.js';
import type { Entity, EntityKind, SearchHit } from '../../../api/src/store/graph-store.js';
import { generateDataset } from '../../../bench/generate.js';
import { fixture } from '../../helpers.js';
import { RANKING_QUERIES, unicodeDataset } from '../../search-fixtures.js';
import { analyticsDataset } from '../analytics/load.js';

/**
 * The compact search index answers what the MiniSearch index it replaced answered: the same hits (ids, kinds,
 * names, what matched), the same scores (to 1e-9, relative: the mean field length is summed rather than averaged
 * incrementally) and the same order — where MiniSearch gave equal scores, the new index orders by id, and the
 * reference is compared with its ties put in id order. The reference below is the embedded store's search as it
 * was, MiniSearch and all.
 */
function referenceSearch(entities: ReadonlyMap<string, Entity>): (text: string, first: number) => SearchHit[] {
  const nameOf = (e: Entity) =>
    e.kind === 'source' ? e.row.title : 'name' in e.row ? (e.row.name ?? e.row.id) : e.row.id;
  const index = new MiniSearch<{ id: string; kind: EntityKind; name: string; aliases: string }>({
    fields: ['name', 'aliases', 'id'],
    storeFields: [],
    searchOptions: {
      boost: { name: 3, aliases: 2, id: 1 },
      prefix: true,
      fuzzy: (term) => (term.length <= 3 ? false : term.length <= 5 ? 1 : 2),
      combineWith: 'AND',
    },
  });
  index.addAll(
    [...entities.values()].map((e) => ({
      id: e.row.id,
      kind: e.kind,
      name: nameOf(e),
      aliases: 'aliases' in e.row ? (e.row.aliases ?? []).join(' ') : '',
    })),
  );
  return (text, first) => {
    const query = text.trim();
    if (query === '') return [];
    return index
      .search(query)
      .slice(0, first)
      .map((r) => {
        const fields = new Set(Object.values(r.match).flat());
        const entity = entities.get(String(r.id));
        const name = entity ? nameOf(entity) : String(r.id);
        const aliases = entity && 'aliases' in entity.row ? (entity.row.aliases ?? []) : [];
        const matched = fields.has('name')
          ? name
          : fields.has('aliases')
            ? (aliases.find((a) => r.terms.some((t) => a.toLowerCase().includes(t))) ?? aliases[0] ?? String(r.id))
            : String(r.id);
        return { id: String(r.id), kind: entity?.kind as EntityKind, name, score: r.score, matched };
      });
  };
}

const ALL = 1e9;
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The reference's answer with each run of equal scores in id order (the new index's rule for ties). */
function tiesById(hits: readonly SearchHit[]): SearchHit[] {
  const out: SearchHit[] = [];
  let run: SearchHit[] = [];
  const flush = () => out.push(...run.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
  for (const hit of hits) {
    if (run.length > 0 && !close(run[run.length - 1]!.score, hit.score)) {
      flush();
      run = [];
    }
    run.push(hit);
  }
  flush();
  return out;
}

interface Compared {
  queries: number;
  withHits: number;
  hits: number;
  tiedRuns: number;
}

/** Compares the new index with the reference on one query: every hit, then the first 1, 5 and 10. */
function compare(index: MemoryIndex, reference: ReturnType<typeof referenceSearch>, text: string, seen: Compared) {
  const expected = tiesById(reference(text, ALL));
  const got = index.search(text, ALL);
  const strip = (h: SearchHit) => ({ id: h.id, kind: h.kind, name: h.name, matched: h.matched });
  expect(got.map(strip), text).toEqual(expected.map(strip));
  got.forEach((h, i) => {
    if (!close(h.score, expected[i]!.score))
      expect.fail(`${JSON.stringify(text)}: score of ${h.id} ${h.score}, MiniSearch ${expected[i]!.score}`);
  });
  for (const first of [1, 5, 10])
    expect(index.search(text, first), `${text} first ${first}`).toEqual(got.slice(0, first));
  seen.queries++;
  if (got.length > 0) seen.withHits++;
  seen.hits += got.length;
  for (let i = 1; i < expected.length; i++) if (close(expected[i - 1]!.score, expected[i]!.score)) seen.tiedRuns++;
}

/**
 * Queries a user might type, made from the data's own words: mostly words of one entity (so that a query of
 * several words can find it), sometimes words of different entities, or a few random letters; each word whole,
 * cut short, mistyped (substitution, deletion, insertion, transposition) or in capitals.
 */
function queryArbitrary(wordLists: readonly (readonly string[])[]): fc.Arbitrary<string> {
  const letters = 'aeiourstnlkcmzäöüé宁德';
  const variant = (w: string) =>
    fc.oneof(
      fc.constant(w),
      fc.integer({ min: 1, max: Math.max(1, w.length - 1) }).map((k) => w.slice(0, k)),
      fc.record({ at: fc.nat({ max: w.length }), c: fc.constantFrom(...letters), edit: fc.nat({ max: 3 }) }).map(
        ({ at, c, edit }) =>
          edit === 0
            ? w.slice(0, at) + c + w.slice(at + 1) // substitution
            : edit === 1
              ? w.slice(0, at) + w.slice(at + 1) // deletion
              : edit === 2
                ? w.slice(0, at) + c + w.slice(at) // insertion
                : w.slice(0, at) + w.slice(at + 1, at + 2) + w.slice(at, at + 1) + w.slice(at + 2), // transposition
      ),
      fc.constant(w.toUpperCase()),
    );
  const words = (list: readonly string[], max: number) =>
    fc
      .subarray([...list], { minLength: 1, maxLength: Math.min(max, list.length) })
      .chain((ws) => fc.tuple(...ws.map(variant)));
  const oneEntity = fc.constantFrom(...wordLists).chain((list) => words(list, 3));
  const all = [...new Set(wordLists.flat())];
  return fc.oneof(
    { weight: 6, arbitrary: oneEntity.map((ws) => ws.join(' ')) },
    { weight: 1, arbitrary: oneEntity.map((ws) => ws.join('-')) },
    { weight: 1, arbitrary: words(all, 2).map((ws) => ws.join(' ')) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...letters, ' ', '.', "'"), maxLength: 8 }) },
  );
}

/** Each entity's words as written (split like the index splits) in its name, aliases and id. */
function wordsOf(entities: ReadonlyMap<string, Entity>): string[][] {
  const lists: string[][] = [];
  for (const e of entities.values()) {
    const row = e.row as { id: string; name?: string; title?: string; aliases?: string[] };
    const words = [row.name ?? row.title ?? '', row.id, ...(row.aliases ?? [])]
      .flatMap((text) => text.split(/[\n\r\p{Z}\p{P}]+/u))
      .filter((w) => w !== '');
    if (words.length > 0) lists.push([...new Set(words)]);
  }
  return lists;
}

/**
 * The contract suite's queries on the bundled data, and texts that test the splitting, the AND, repeated words
 * and what is left of query syntax.
 */
const TYPED_QUERIES = [
  ...RANKING_QUERIES,
  ...['Hungray', 'Debre', 'Kaisersl', '宁德时代', "O'Brien's", 'obrien lithium', 'd’Obrien', 'Minière S.A.'],
  ...['(Kaiserslautern):', 'Kaiserslautern^10', 'name:* OR (id:x) AND "~2"', '   ', 'a b c', 'tesla tesla'],
  ...['cell cell plant', 'e', 'lithium Lithium refinery lithium', '\tLithium\t', '\uFEFFCATL', 'Alpha\tBerlin'],
];

/** Runs the typed queries and `runs` generated ones against both indexes of one dataset. */
function checkDataset(d: Dataset, runs: number, seed: number): Compared {
  const index = new MemoryIndex(d);
  const reference = referenceSearch(index.entities);
  const seen: Compared = { queries: 0, withHits: 0, hits: 0, tiedRuns: 0 };
  for (const text of TYPED_QUERIES) compare(index, reference, text, seen);
  const words = wordsOf(index.entities);
  fc.assert(
    fc.property(queryArbitrary(words), (text) => {
      compare(index, reference, text, seen);
    }),
    { seed, numRuns: runs },
  );
  console.info(
    `${seen.queries} queries, ${seen.withHits} with hits, ${seen.hits} hits, ${seen.tiedRuns} equal-score neighbours`,
  );
  return seen;
}

/** The contract suite's names in any script, plus repeated words in a name and several aliases. */
function unicodeAndRepeats(): Dataset {
  const d = unicodeDataset();
  const mine = d.facilities.find((r) => r.id === 'mine-beta-yichun')!;
  d.companies.push({ id: 'co-repeat', name: '(Alpha) alpha ALPHA Berlin', country: 'DE', sources: ['src-report'] });
  d.facilities.push({
    ...mine,
    id: 'mine-aliases',
    name: 'Yichun Two',
    aliases: ['Lepidolite North', 'Spodumene', 'Yichun-2'],
  });
  return d;
}

/** Names like those of a real register: place, company, kind words, numbers, accents, CJK, punctuation. */
const NAME_WORDS = [
  ...['Lithium', 'Li', 'Cell', 'Cells', 'Gigafactory', 'Giga', 'Battery', 'Batterie', 'Energy', 'Energie', 'Power'],
  ...['Refinery', 'Refining', 'Mine', 'Mining', 'Recycling', 'Recycler', 'Plant', 'Cathode', 'Anode', 'Materials'],
  ...['Berlin', 'Debrecen', 'Salzgitter', 'Kaiserslautern', 'Nysa', 'Skellefteå', 'Göteborg', 'Łódź', 'Dunkerque'],
  ...['Northvolt', 'Umicore', 'Hydrovolt', 'Verkor', 'Gotion', 'Envision', 'Société', 'Minière', 'Nord', "O'Brien"],
  ...['GmbH', 'AG', 'S.A.', 'Ltd.', 'Co.', 'Holding', 'Holdings', 'Group', 'One', 'Two', 'Ett', 'II'],
  ...['1', '2', '12', '21', '123', '2024', '2030', '宁德时代', '新能源', '株式会社', 'Ü', 'e', 'x'],
];

function generatedDataset(n: number, seed: number): Dataset {
  const d = generateDataset(n);
  const name = fc
    .array(fc.constantFrom(...NAME_WORDS), { minLength: 1, maxLength: 5 })
    .map((ws) => ws.join(' '))
    .chain((base) => fc.constantFrom(base, base.replace(' ', '-'), `(${base})`, base.toLowerCase()));
  const aliases = fc.option(fc.array(name, { minLength: 1, maxLength: 2 }), { nil: undefined, freq: 3 });
  const facilityNames = fc.sample(fc.tuple(name, aliases), { seed, numRuns: d.facilities.length });
  d.facilities.forEach((f, i) => {
    const [n, a] = facilityNames[i]!;
    f.name = n;
    if (a) f.aliases = a;
  });
  const companyNames = fc.sample(fc.tuple(name, aliases), { seed: seed + 1, numRuns: d.companies.length });
  d.companies.forEach((c, i) => {
    const [n, a] = companyNames[i]!;
    c.name = n;
    if (a) c.aliases = a;
  });
  return d;
}

const analyticsFixtures = readdirSync(new URL('../../fixtures/analytics/', import.meta.url)).filter((f) =>
  f.endsWith('.json'),
);

describe('search index: the same answers as MiniSearch', () => {
  let bundled: Dataset;
  beforeAll(async () => {
    bundled = shareRowValues(await loadDatasetFile(BUNDLED_DATASET));
  });

  it('on the bundled data: typed queries and 400 generated from its words', () => {
    const seen = checkDataset(bundled, 400, 13);
    // Not a comparison of empty answers: most queries find something.
    expect(seen.withHits).toBeGreaterThan(seen.queries / 2);
    console.info(
      `bundled data: ${seen.queries} queries, ${seen.withHits} with hits, ${seen.hits} hits, ${seen.tiedRuns} equal-score neighbours`,
    );
  });

  it.each(['contract.json', 'small.json', 'web.json'])('on the fixture %s', (name) => {
    const seen = checkDataset(fixture(name), 150, 7);
    expect(seen.withHits).toBeGreaterThan(seen.queries / 3);
  });

  it.each(analyticsFixtures)('on the analytics fixture %s', (name) => {
    const seen = checkDataset(analyticsDataset(name), 40, 11);
    expect(seen.withHits).toBeGreaterThan(0);
  });

  it('on names in any script: CJK without spaces, apostrophes, dots, accents, repeated words, aliases', () => {
    const seen = checkDataset(unicodeAndRepeats(), 300, 5);
    expect(seen.withHits).toBeGreaterThan(seen.queries / 3);
  });

  it('on 3,000 generated facilities with generated names and aliases, and generated queries', () => {
    const seen = checkDataset(generatedDataset(3000, 42), 500, 42);
    expect(seen.withHits).toBeGreaterThan(seen.queries / 2);
    // Equal scores are common here (names repeat): the tie rule is exercised, not assumed.
    expect(seen.tiedRuns).toBeGreaterThan(100);
    console.info(
      `generated: ${seen.queries} queries, ${seen.withHits} with hits, ${seen.hits} hits, ${seen.tiedRuns} equal-score neighbours`,
    );
  });
});

describe('search index update (an import changes some entities)', () => {
  it('answers what a fresh build of the new data answers, and leaves the old index as it was', () => {
    const d = generatedDataset(3000, 3);
    const old = new MemoryIndex(d);
    const queries = fc.sample(queryArbitrary(wordsOf(old.entities)), { seed: 3, numRuns: 100 });
    const oldAnswers = queries.map((q) => old.search(q, ALL));
    // 60 facilities renamed (new words among them), 40 companies removed, 25 facilities added, one new source.
    const renamed = d.facilities.slice(100, 160).map((f, i) => ({ ...f, name: `${f.name} Nouvelle ${i} 新工厂` }));
    const removed = d.companies.filter((c, i) => i % 50 === 7 && !d.facilities.some((f) => f.operator === c.id));
    const addedFacilities = d.facilities.slice(0, 25).map((f, i) => ({ ...f, id: `fac-new-${i}`, name: `Zyx ${i}` }));
    const source = { id: 'src-new', title: 'A new register of plants', publisher: 'P', year: 2026 };
    const next: Dataset = {
      ...d,
      sources: [...d.sources, source],
      facilities: [...d.facilities.map((f) => renamed.find((r) => r.id === f.id) ?? f), ...addedFacilities],
      companies: d.companies.filter((c) => !removed.includes(c)),
    };
    const fresh = new MemoryIndex(next);
    const changed = [...renamed, ...addedFacilities].map((row) => ({ kind: 'facility', row }) as Entity);
    changed.push({ kind: 'source', row: source });
    const updated = old.searchIndex.update(
      removed.map((c) => c.id),
      changed,
    );
    // The same tables as a fresh build, to the last entry (so also the same scores, bit for bit).
    expect(updated).toEqual(fresh.searchIndex);
    expect(updated.size).toBe(old.searchIndex.size - removed.length + addedFacilities.length + 1);
    const served = { search: (q: string, first: number) => updated.search(q, first, (id) => fresh.entities.get(id)) };
    for (const q of [...queries, 'Nouvelle', '新工厂', 'zyx', 'register plants', removed[0]!.id])
      expect(served.search(q, ALL), q).toEqual(fresh.search(q, ALL));
    expect(served.search(`nouvelle ${renamed[12]!.id}`, 5)[0]).toMatchObject({ id: renamed[12]!.id, kind: 'facility' });
    expect(served.search(removed[0]!.id, 5).map((h) => h.id)).not.toContain(removed[0]!.id);
    expect(old.search(removed[0]!.id, ALL).map((h) => h.id)).toContain(removed[0]!.id);
    // The old version's readers see the old answers still.
    expect(queries.map((q) => old.search(q, ALL))).toEqual(oldAnswers);
  });

  it('removes a word from the table when its last entity goes', () => {
    const d = fixture('small.json');
    const index = SearchIndex.build(new MemoryIndex(d).entities.values());
    const target = d.facilities[0]!;
    const entities = new MemoryIndex({ ...d, facilities: d.facilities.slice(1) }).entities;
    expect(index.update([target.id], [])).toEqual(SearchIndex.build(entities.values()));
    expect(index.update([target.id], []).search(target.id, 5, (id) => entities.get(id))).toEqual([]);
  });
});
