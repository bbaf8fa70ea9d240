import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { investorRegions } from '../../../api/src/analytics/investor-region.js';
import { lookThrough } from '../../../api/src/analytics/look-through.js';
import { ownershipOf, resolveOwnership } from '../../../api/src/analytics/ownership.js';
import { dependencyMatrix } from '../../../api/src/analytics/shares.js';
import { evaluateTargets } from '../../../api/src/analytics/targets.js';
import { STAGES, type Dataset } from '../../../api/src/dataset/types.js';
import { buildProjection } from '../../../api/src/projection/projection.js';
import { shareRowValues } from '../../../api/src/store/embedded/compact-rows.js';
import { MemoryIndex, graphEdges } from '../../../api/src/store/embedded/memory-index.js';
import type { FacilityFilter, GraphEdge, Subgraph, SubgraphArgs } from '../../../api/src/store/graph-store.js';
import { generateDataset } from '../../../bench/generate.js';
import { fixture } from '../../helpers.js';
import { analyticsDataset } from '../analytics/load.js';

/** Every analytic the projection serves, as one JSON text (numbers printed exactly, so equal text = identical). */
function analyticsText(d: Dataset): string {
  const p = buildProjection(d);
  const years = [2020, 2024, 2027, 2030];
  const scopes = ['GLOBAL', 'EU', ...d.countries.slice(0, 3).map((c) => c.id)];
  const own = resolveOwnership(p);
  const out: unknown[] = [
    [...own.ultStart],
    [...own.ultOwner],
    [...own.ultShare],
    [...own.ctrlOrigin],
    [...own.ctrlShare],
    d.facilities.slice(0, 50).map((f) => ownershipOf(p, f.id)),
    d.companies.slice(0, 50).map((c) => ownershipOf(p, c.id)),
    evaluateTargets(p),
  ];
  for (const year of years)
    for (const scope of scopes) {
      if (!p.regionMembers.has(scope) && !p.countryIndex.has(scope) && scope !== 'GLOBAL') continue;
      out.push(dependencyMatrix(p, { scope, year }), dependencyMatrix(p, { scope, year, basis: 'CONTROL' }));
      if (scope === 'GLOBAL') continue;
      for (const material of d.materials.slice(0, 3)) {
        out.push(lookThrough(p, { scope, material: material.id, stage: 'CELL', upstream: 'EXTRACTION', year }));
        for (const stage of STAGES) out.push(investorRegions(p, { scope, stage, year, material: material.id }));
      }
    }
  return JSON.stringify(out);
}

/** The rows as the data file gives them: a fresh parse, each value its own copy. */
const parsed = (d: Dataset): Dataset => JSON.parse(JSON.stringify(d)) as Dataset;

const analyticsFixtures = readdirSync(new URL('../../fixtures/analytics/', import.meta.url)).filter((f) =>
  f.endsWith('.json'),
);

describe('rows sharing their values (compact-rows.ts)', () => {
  it('leaves every value as it was and shares each repeated list once, frozen', () => {
    const d = parsed(generateDataset(300));
    const before = JSON.stringify(d);
    shareRowValues(d);
    expect(JSON.stringify(d)).toBe(before);
    // 300 facilities and their 900 capacity rows all cite the one synthetic source: one list, not 1 200.
    expect(d.capacities[0]!.sources).toBe(d.facilities[0]!.sources);
    expect(Object.isFrozen(d.capacities[0]!.sources)).toBe(true);
    expect(() => (d.facilities[1]!.sources as string[]).push('src-other')).toThrow(TypeError);
    expect(d.facilities[2]!.sources).toEqual(['src-synthetic']);
  });

  it('keeps lists apart that join to the same text', () => {
    const d = fixture('small.json');
    d.sources.push({ id: 'a\u0000b', title: 't', publisher: 'p', year: 2024 });
    d.facilities[0]!.sources = ['a\u0000b'];
    d.facilities[1]!.sources = ['a', 'b'];
    shareRowValues(d);
    expect(d.facilities[0]!.sources).toEqual(['a\u0000b']);
    expect(d.facilities[1]!.sources).toEqual(['a', 'b']);
  });

  it.each(analyticsFixtures)('gives identical analytics on the analytics fixture %s', (name) => {
    expect(analyticsText(shareRowValues(analyticsDataset(name)))).toBe(analyticsText(analyticsDataset(name)));
  });

  it('gives identical analytics on 3,000 generated facilities (chains, cycles, flows, statistics)', () => {
    const generated = generateDataset(3000);
    const reference = analyticsText(parsed(generated));
    // Not a comparison of two empty answers: the matrix has supply in it.
    expect(reference).toContain('"evidence":"STATISTICS"');
    expect(analyticsText(shareRowValues(parsed(generated)))).toBe(reference);
  });
});

/**
 * The subgraph walk as it was before the edge table (an object per edge, adjacency by id), kept here as the
 * reference the compact index must agree with.
 */
function referenceSubgraph(d: Dataset, index: MemoryIndex, args: SubgraphArgs): Subgraph {
  const adjacency = new Map<string, GraphEdge[]>();
  const push = (k: string, e: GraphEdge) => {
    const list = adjacency.get(k);
    if (list) list.push(e);
    else adjacency.set(k, [e]);
  };
  for (const e of graphEdges(d)) {
    push(e.source, e);
    if (e.target !== e.source) push(e.target, e);
  }
  const visible = (id: string, filter: FacilityFilter | undefined) => {
    const entity = index.entities.get(id);
    return !!entity && (entity.kind !== 'facility' || index.matches(entity.row, filter));
  };
  const kept = new Set<string>();
  let truncated = false;
  let frontier = [...new Set(args.ids)].filter((id) => index.entities.has(id)).sort();
  for (const id of frontier) {
    if (kept.size >= args.limit) {
      truncated = true;
      break;
    }
    kept.add(id);
  }
  frontier = frontier.filter((id) => kept.has(id));
  for (let hop = 0; hop < args.depth && frontier.length > 0 && !truncated; hop++) {
    const next = new Set<string>();
    for (const id of frontier)
      for (const e of adjacency.get(id) ?? []) {
        const other = e.source === id ? e.target : e.source;
        if (!kept.has(other) && visible(other, args.filter)) next.add(other);
      }
    frontier = [];
    for (const id of [...next].sort()) {
      if (kept.size >= args.limit) {
        truncated = true;
        break;
      }
      kept.add(id);
      frontier.push(id);
    }
  }
  const edges = new Map<string, GraphEdge>();
  for (const id of kept)
    for (const e of adjacency.get(id) ?? []) if (kept.has(e.source) && kept.has(e.target)) edges.set(e.id, e);
  const nodes = index.subgraph({ ids: [...kept], depth: 0, limit: kept.size + 1 }).nodes;
  return { nodes, edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), truncated };
}

describe('memory index on the edge table', () => {
  const d = shareRowValues(parsed(generateDataset(2000)));
  const index = new MemoryIndex(d);

  it.each<[string, SubgraphArgs]>([
    ['a facility, 2 hops', { ids: ['fac-7'], depth: 2, limit: 5000 }],
    ['a company, 3 hops, cut at 300 nodes', { ids: ['co-3'], depth: 3, limit: 300 }],
    ['a country, 1 hop, cells plants only', { ids: ['AB'], depth: 1, limit: 5000, filter: { stage: ['CELL'] } }],
    ['two starts and an unknown id', { ids: ['fac-1', 'co-9', 'nope'], depth: 2, limit: 2000 }],
    ['a material (production and capacity edges)', { ids: ['lithium'], depth: 1, limit: 5000 }],
    ['a region', { ids: ['EU'], depth: 2, limit: 800, filter: { material: ['cobalt'] } }],
  ])('answers the subgraph the object-per-edge walk answered: %s', (_, args) => {
    const got = index.subgraph(args);
    expect(got.edges.length).toBeGreaterThan(0);
    expect(got).toEqual(referenceSubgraph(d, index, args));
  });

  it('gives each relationship row its edge, with the id and data the Neo4j store uses', () => {
    const edges = graphEdges(d);
    const owns = edges.find((e) => e.type === 'OWNS' && e.target === 'fac-7')!;
    const row = d.ownership.find((o) => o.owned === 'fac-7' && o.owner === owns.source)!;
    expect(owns).toEqual({
      id: `OWNS:${row.owner}->fac-7`,
      source: row.owner,
      target: 'fac-7',
      type: 'OWNS',
      data: row,
    });
    expect(owns.data).not.toBe(row);
    const cap = edges.find((e) => e.type === 'HAS_CAPACITY' && e.source === 'fac-7')!;
    expect(cap.id).toBe(`HAS_CAPACITY:fac-7->${String(cap.data['material'])}:2024:INSTALLED`);
    expect(edges.filter((e) => e.type === 'LOCATED_IN')).toHaveLength(2000);
  });
});
