import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeDatasets } from '../../../api/src/dataset/merge.js';
import { emptyDataset, type Dataset, type FacilityRow } from '../../../api/src/dataset/types.js';
import { MemoryIndex } from '../../../api/src/store/embedded/memory-index.js';
import type { FacilityFilter, SearchHit } from '../../../api/src/store/graph-store.js';
import { generateDataset } from '../../../bench/generate.js';

/** Words for names and aliases, so that searches hit changed entities and old ones alike. */
const WORDS = ['Lithium', 'Nordic', 'Cathode', 'Gigafactory', 'Facility', 'Company', 'Umicore', 'Salar'];

/** One change an import can bring, as the rows of a patch (valid against the generated base). */
type Change = (base: Dataset, patch: Dataset) => void;

const facilityAt = (base: Dataset, i: number): FacilityRow => base.facilities[i % base.facilities.length]!;
const change = {
  status: fc.nat().map<Change>((i) => (base, patch) => {
    const f = facilityAt(base, i);
    patch.facilities.push({ ...f, status: f.status === 'PAUSED' ? 'OPERATING' : 'PAUSED' });
  }),
  rename: fc.tuple(fc.nat(), fc.constantFrom(...WORDS), fc.nat(99)).map<Change>(([i, word, n]) => (base, patch) => {
    patch.facilities.push({ ...facilityAt(base, i), name: `${word} ${n}` });
  }),
  companyAlias: fc.tuple(fc.nat(), fc.constantFrom(...WORDS)).map<Change>(([i, word]) => (base, patch) => {
    const c = base.companies[i % base.companies.length]!;
    patch.companies.push({ ...c, aliases: [`${word} Holdings`] });
  }),
  operator: fc.tuple(fc.nat(), fc.nat()).map<Change>(([i, j]) => (base, patch) => {
    patch.facilities.push({ ...facilityAt(base, i), operator: base.companies[j % base.companies.length]!.id });
  }),
  moved: fc.tuple(fc.nat(), fc.nat(40)).map<Change>(([i, c]) => (base, patch) => {
    patch.facilities.push({ ...facilityAt(base, i), country: base.countries[c]!.id });
  }),
  capacityValue: fc.tuple(fc.nat(), fc.nat(10_000)).map<Change>(([i, value]) => (base, patch) => {
    patch.capacities.push({ ...base.capacities[i % base.capacities.length]!, value });
  }),
  newCapacity: fc.nat().map<Change>((i) => (base, patch) => {
    const f = facilityAt(base, i);
    const held = base.capacities.find((c) => c.facility === f.id)!;
    patch.capacities.push({ ...held, year: 2031, basis: 'ANNOUNCED' });
  }),
  share: fc.tuple(fc.nat(), fc.integer({ min: 1, max: 100 })).map<Change>(([i, pct]) => (base, patch) => {
    patch.ownership.push({ ...base.ownership[i % base.ownership.length]!, share: pct / 1000 });
  }),
  newFacility: fc.tuple(fc.nat(999), fc.constantFrom(...WORDS)).map<Change>(([n, word]) => (base, patch) => {
    const f = { ...base.facilities[0]!, id: `fac-new-${n}`, name: `${word} new ${n}` };
    patch.facilities.push(f);
    patch.capacities.push({ ...base.capacities[0]!, facility: f.id });
  }),
  newCompany: fc.tuple(fc.nat(999), fc.constantFrom(...WORDS)).map<Change>(([n, word]) => (_base, patch) => {
    patch.companies.push({ id: `co-new-${n}`, name: `${word} Mining ${n}`, country: 'AA', sources: ['src-synthetic'] });
  }),
  newSource: fc.tuple(fc.nat(999), fc.constantFrom(...WORDS)).map<Change>(([n, word]) => (_base, patch) => {
    patch.sources.push({ id: `src-new-${n}`, title: `${word} annual report`, publisher: 'bench', year: 2025 });
  }),
  regions: fc.tuple(fc.nat(40), fc.constantFrom('EU', 'CHINA', 'JAPAN')).map<Change>(([c, region]) => (base, patch) => {
    patch.countries.push({ ...base.countries[c]!, regions: [region] });
  }),
};
/** A patch: one to four changes. */
const patchArb = fc.array(fc.oneof(...Object.values(change)), { minLength: 1, maxLength: 4 });

/** Search hits in an order that does not depend on the index's internal document order: score, then id. */
function hits(list: SearchHit[]): unknown[] {
  return list
    .map((h) => ({ ...h, score: Math.round(h.score * 1e9) / 1e9 }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Everything a reader of the store's index gets, for the ids and texts the patch is about and a fixed sample. */
function answers(index: MemoryIndex, patch: Dataset): unknown {
  const d = index.dataset;
  const changed = [
    ...patch.facilities.map((f) => f.id),
    ...patch.companies.map((c) => c.id),
    ...patch.countries.map((c) => c.id),
    ...patch.capacities.map((c) => c.facility),
    ...patch.ownership.flatMap((o) => [o.owner, o.owned]),
  ];
  const starts = [...new Set([...changed.slice(0, 6), 'fac-0', 'co-1', 'AA'])];
  const texts = [
    ...patch.facilities.map((f) => f.name),
    ...patch.companies.flatMap((c) => [c.name, ...(c.aliases ?? [])]),
    ...patch.sources.map((s) => s.title),
    ...WORDS,
    'Facility 1',
    'Compny 12',
    'fac-new',
  ];
  const filters: FacilityFilter[] = [{ status: ['OPERATING'] }, { material: ['lithium'] }, { text: 'new' }];
  return {
    facilities: index.facilities.map((f) => f.id),
    companies: index.companies.map((c) => c.id),
    entities: [...d.facilities, ...d.companies, ...d.countries, ...d.sources].map((r) => index.entities.get(r.id)),
    lookups: [...d.facilities, ...d.companies].map((r) => [
      index.ownersOf(r.id),
      index.holdingsOf(r.id),
      index.capacitiesOf(r.id),
      index.operatedBy(r.id),
    ]),
    matches: filters.map((filter) => index.facilities.filter((f) => index.matches(f, filter)).map((f) => f.id)),
    subgraphs: [
      ...starts.map((id) => index.subgraph({ ids: [id], depth: 1, limit: 80 })),
      index.subgraph({ ids: starts, depth: 2, limit: 120, filter: { status: ['OPERATING', 'PAUSED'] } }),
      index.subgraph({ ids: ['EU', 'cobalt'], depth: 1, limit: 30 }),
    ],
    search: texts.map((text) => hits(index.search(text, 1000))),
  };
}

describe('the store index after an import, derived from the previous one (memory-index.ts)', () => {
  it('answers what an index built from scratch answers: subgraph, search, owners, holdings, capacities', () => {
    const base = generateDataset(80);
    // A few aliases, so that alias matches are among the answers.
    base.companies[3] = { ...base.companies[3]!, aliases: ['Nordic Cathode'] };
    fc.assert(
      fc.property(fc.array(patchArb, { minLength: 1, maxLength: 2 }), (patches) => {
        let index = new MemoryIndex(base);
        for (const changes of patches) {
          const patch = emptyDataset();
          for (const apply of changes) apply(index.dataset, patch);
          const next = mergeDatasets(index.dataset, patch);
          const derived = new MemoryIndex(next, { previous: index, patch });
          // As JSON text: equal text = the same answers to the last digit (and far quicker to compare).
          expect(JSON.stringify(answers(derived, patch))).toBe(JSON.stringify(answers(new MemoryIndex(next), patch)));
          index = derived;
        }
      }),
      { seed: 13, numRuns: 25 },
    );
  }, 120_000);

  it('shares the edge table when no relationship changed, and rebuilds it when one did', () => {
    const base = generateDataset(50);
    const index = new MemoryIndex(base);
    const edgesOf = (i: MemoryIndex) => (i as unknown as { adjacency: unknown }).adjacency;
    const statusOnly = { ...emptyDataset(), facilities: [{ ...base.facilities[4]!, status: 'PAUSED' as const }] };
    const sameEdges = new MemoryIndex(mergeDatasets(base, statusOnly), { previous: index, patch: statusOnly });
    expect(edgesOf(sameEdges)).toBe(edgesOf(index));
    expect(sameEdges.searchIndex).toBe(index.searchIndex);
    const moved = { ...emptyDataset(), facilities: [{ ...base.facilities[4]!, operator: 'co-0' }] };
    expect(edgesOf(new MemoryIndex(mergeDatasets(base, moved), { previous: index, patch: moved }))).not.toBe(
      edgesOf(index),
    );
  });

  it('leaves the search of the version served as it was until the next version is searched', () => {
    const base = generateDataset(50);
    const index = new MemoryIndex(base);
    const renamed = { ...emptyDataset(), facilities: [{ ...base.facilities[4]!, name: 'Salar Gigafactory' }] };
    const next = new MemoryIndex(mergeDatasets(base, renamed), { previous: index, patch: renamed });
    expect(index.search('Salar Gigafactory', 5)).toEqual([]);
    expect(index.search('Facility 4', 1)[0]?.id).toBe('fac-4');
    expect(next.search('Salar Gigafactory', 5).map((h) => h.id)).toEqual(['fac-4']);
  });
});
