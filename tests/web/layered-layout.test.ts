import { describe, expect, it } from 'vitest';
import {
  CLEARANCE,
  LANE,
  ROW_GAP,
  drawnCrossings,
  layeredPositions,
  segmentCrosses,
} from '../../web/src/graph/layered-layout';
import type { ViewEdge, ViewNode } from '../../web/src/graph/style';

const facility = (id: string, stage: string, country = 'DE'): ViewNode => ({
  id,
  label: 'Facility',
  type: 'X',
  name: id,
  data: { stage, country },
});
const link = (source: string, target: string): ViewEdge => ({
  id: `${source}->${target}`,
  source,
  target,
  type: 'T',
  data: {},
});

const company = (id: string): ViewNode => ({
  id,
  label: 'Company',
  type: 'COMPANY',
  name: id,
  data: { country: 'CN' },
});
const owns = (source: string, target: string): ViewEdge => ({
  ...link(source, target),
  type: 'OWNS',
  data: { share: 1 },
});

/** Pairs of nodes in one lane (less than a row apart sideways) that are less than a row apart in height. */
function closerThanARow(p: ReadonlyMap<string, { x: number; y: number }>): string[] {
  const all = [...p];
  return all.flatMap(([a, q], i) =>
    all
      .slice(i + 1)
      .filter(([, o]) => Math.abs(o.x - q.x) < ROW_GAP && Math.abs(o.y - q.y) < ROW_GAP)
      .map(([b]) => `${a} ${b}`),
  );
}

describe('layered value-chain layout', () => {
  it('puts facilities in stage columns left to right: EXTRACTION → REFINING → COMPONENT → CELL → RECYCLING', () => {
    const nodes = ['RECYCLING', 'CELL', 'COMPONENT', 'REFINING', 'EXTRACTION'].map((s) => facility(s.toLowerCase(), s));
    const p = layeredPositions(nodes, []);
    const xs = ['extraction', 'refining', 'component', 'cell', 'recycling'].map((id) => p.get(id)!.x);
    // Facility lanes 0, 2, 4, 6, 8: each occupied lane is LANE wide, each empty lane between them LANE / 2.
    expect(xs).toEqual([0, 1.5, 3, 4.5, 6].map((k) => k * LANE));
  });

  it('places a company in the owner lane of the mean column of its facilities and a region after its countries', () => {
    const nodes: ViewNode[] = [
      facility('mine', 'EXTRACTION'),
      facility('cell', 'CELL'),
      { id: 'co', label: 'Company', type: 'COMPANY', name: 'co', data: { country: 'DE' } },
      { id: 'DE', label: 'Country', type: 'COUNTRY', name: 'Germany', data: {} },
      { id: 'EU', label: 'Region', type: 'REGION', name: 'EU', data: {} },
    ];
    const edges = [link('co', 'mine'), link('co', 'cell'), link('cell', 'DE'), link('DE', 'EU')];
    const p = layeredPositions(nodes, edges);
    // mean of columns 0 and 3 = 1.5 → column 2, owner lane 2·2 − 1 = 3; DE and EU in column 3's location lane 7.
    // Lanes 0 (mine) · 1–2 empty · 3 (co) · 4–5 empty · 6 (cell) · 7 (DE, EU): x = 0, 2, 4, 5 lanes.
    expect(p.get('mine')!.x).toBe(0);
    expect(p.get('co')!.x).toBe(2 * LANE);
    expect(p.get('cell')!.x).toBe(4 * LANE);
    expect(p.get('DE')!.x).toBe(5 * LANE);
    expect(p.get('EU')!.x).toBe(5 * LANE);
  });

  it('stacks a lane centred on y = 0, companies above facilities above countries, and is deterministic', () => {
    const nodes: ViewNode[] = [
      { id: 'DE', label: 'Country', type: 'COUNTRY', name: 'Germany', data: {} },
      facility('b', 'CELL'),
      facility('a', 'CELL'),
    ];
    const p = layeredPositions(nodes, [link('a', 'DE')]);
    expect([p.get('a')!.y, p.get('b')!.y]).toEqual([-ROW_GAP / 2, ROW_GAP / 2]);
    // The location lane sits half a row down.
    expect(p.get('DE')!.y).toBe(ROW_GAP / 2);
    expect(layeredPositions(nodes, [link('a', 'DE')])).toEqual(p);
  });
});

describe('the default value-chain layout collapses company and plant views into one column with overlapping share labels', () => {
  it('a plant view reads owner → plant → location → material, left to right', () => {
    const nodes: ViewNode[] = [
      company('co-catl'),
      facility('cell-arnstadt', 'CELL'),
      { id: 'DE', label: 'Country', type: 'COUNTRY', name: 'Germany', data: {} },
      { id: 'cells', label: 'Material', type: 'MATERIAL', name: 'Battery cells', data: {} },
    ];
    const edges = [owns('co-catl', 'cell-arnstadt'), link('cell-arnstadt', 'DE'), link('cell-arnstadt', 'cells')];
    const p = layeredPositions(nodes, edges);
    expect(p.get('co-catl')!.x).toBeLessThan(p.get('cell-arnstadt')!.x);
    expect(p.get('cell-arnstadt')!.x).toBeLessThan(p.get('DE')!.x);
    // Before: all four in one column (x equal), the share label drawn over the stack.
    expect(new Set(nodes.map((n) => p.get(n.id)!.x)).size).toBe(3);
  });

  it("a company's share labels do not overlap: each OWNS edge's midpoint is a row apart from the next", () => {
    const plants = ['p1', 'p2', 'p3', 'p4'].map((id) => facility(id, 'CELL'));
    const nodes = [company('co-catl'), ...plants];
    const edges = plants.map((f) => owns('co-catl', f.id));
    const p = layeredPositions(nodes, edges);
    const mid = edges.map((e) => {
      const [a, b] = [p.get(e.source)!, p.get(e.target)!];
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    });
    // A label "100 %" at 10 px is about 32 × 12 model px: midpoints (ROW_GAP / 2 = 28 apart vertically) never overlap.
    for (let i = 0; i < mid.length; i++)
      for (let j = i + 1; j < mid.length; j++)
        expect(Math.abs(mid[i]!.y - mid[j]!.y) >= 12 || Math.abs(mid[i]!.x - mid[j]!.x) >= 32).toBe(true);
    expect(new Set(nodes.map((n) => p.get(n.id)!.x)).size).toBe(2);
  });

  it('an ownership chain reads holding → company → plant, one lane per level', () => {
    const nodes = [company('co-vw'), company('co-gotion'), facility('cell-goettingen', 'CELL')];
    const edges = [owns('co-vw', 'co-gotion'), owns('co-gotion', 'cell-goettingen')];
    const p = layeredPositions(nodes, edges);
    expect(p.get('co-vw')!.x).toBeLessThan(p.get('co-gotion')!.x);
    expect(p.get('co-gotion')!.x).toBeLessThan(p.get('cell-goettingen')!.x);
    // A cross-holding cycle terminates and still places both.
    const cycle = layeredPositions([company('a'), company('b')], [owns('a', 'b'), owns('b', 'a')]);
    expect(cycle.size).toBe(2);
  });

  it('lets no edge run through a node it does not touch (regression: CATL → CATL Thuringia through the JV CATL owns)', () => {
    // CATL's neighbourhood on the bundled data: CATL owns the JV Contemporary Star Energy (whose plant is not on
    // screen) and operates and owns its Arnstadt and Debrecen plants; it is headquartered in China. CATL (a holding)
    // and the JV sat in two owner lanes at the same height, so the straight edge CATL → Arnstadt crossed the JV.
    const nodes: ViewNode[] = [
      company('co-catl'),
      company('co-cse'),
      facility('cell-arnstadt', 'CELL'),
      facility('cell-debrecen', 'CELL', 'HU'),
      { id: 'CN', label: 'Country', type: 'COUNTRY', name: 'China', data: {} },
    ];
    const edges = [
      owns('co-catl', 'co-cse'),
      owns('co-catl', 'cell-arnstadt'),
      owns('co-catl', 'cell-debrecen'),
      { ...link('co-catl', 'CN'), type: 'HEADQUARTERED_IN' },
    ];
    const p = layeredPositions(nodes, edges);
    const distance = (q: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }) => {
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy));
    };
    for (const e of edges)
      for (const n of nodes) {
        if (n.id === e.source || n.id === e.target) continue;
        const d = distance(p.get(n.id)!, p.get(e.source)!, p.get(e.target)!);
        expect([e.id, n.id, d >= CLEARANCE]).toEqual([e.id, n.id, true]);
      }
    // The lanes are kept: holding, JV, plants, from left to right.
    expect(p.get('co-catl')!.x).toBeLessThan(p.get('co-cse')!.x);
    expect(p.get('co-cse')!.x).toBeLessThan(p.get('cell-arnstadt')!.x);
    // No two nodes of a lane closer than a row (a node and its label take most of one).
    expect(Math.abs(p.get('cell-arnstadt')!.y - p.get('cell-debrecen')!.y)).toBeGreaterThanOrEqual(ROW_GAP);
  });
  it('lets no drawn edge or share label run through a node’s name (CATL → Thuringia’s upper bent edge and its "100 %" crossed the JV’s name)', () => {
    // CATL's neighbourhood on the bundled data as the API gives it (subgraph(ids: ["co-catl"], depth: 1)): CATL owns
    // and operates both plants, so two edges join CATL and each plant and cytoscape bends them apart (±10 px at the
    // middle); the upper one, with its "100 %", ran through "Contemporary Star Energ…" under the JV.
    const named = (n: ViewNode, name: string): ViewNode => ({ ...n, name });
    const nodes: ViewNode[] = [
      { id: 'CN', label: 'Country', type: 'COUNTRY', name: 'China', data: {} },
      named(facility('cell-catl-arnstadt', 'CELL'), 'CATL Thuringia (CATT) battery plant Arnstadt, Erfurter Kreuz'),
      named(
        facility('cell-catl-debrecen', 'CELL', 'HU'),
        'CATL Hungary battery plant Debrecen (Southern Industrial Park)',
      ),
      named(company('co-catl'), 'Contemporary Amperex Technology Co., Limited (CATL)'),
      named(company('co-contemporary-star-energy'), 'Contemporary Star Energy (CATL–Stellantis JV)'),
    ];
    const operates = (target: string): ViewEdge => ({
      ...link('co-catl', target),
      id: `OPERATES:${target}`,
      type: 'OPERATES',
    });
    const edges = [
      { ...link('co-catl', 'CN'), type: 'HEADQUARTERED_IN' },
      operates('cell-catl-arnstadt'),
      operates('cell-catl-debrecen'),
      owns('co-catl', 'cell-catl-arnstadt'),
      owns('co-catl', 'cell-catl-debrecen'),
      owns('co-catl', 'co-contemporary-star-energy'),
    ];
    const p = layeredPositions(nodes, edges);
    expect(drawnCrossings(nodes, edges, p)).toEqual([]);
    // Where the layout put the JV before (half a row up from CATL's plant, a lane between them), the check finds it.
    const before = new Map(p).set('co-contemporary-star-energy', { x: 160, y: -56 });
    expect(drawnCrossings(nodes, edges, before).map(([, node]) => node)).toContain('co-contemporary-star-energy');
    // Lanes and rows are kept: the JV between CATL and the plants, and no node and label on another's.
    expect(p.get('co-catl')!.x).toBeLessThan(p.get('co-contemporary-star-energy')!.x);
    expect(p.get('co-contemporary-star-energy')!.x).toBeLessThan(p.get('cell-catl-arnstadt')!.x);
    expect(closerThanARow(p)).toEqual([]);
  });

  it('moves a node only to a place a row from the others of its lane (a moved plant sat on the next one, 28 px apart)', () => {
    // Four German cell plants in one lane, owned from the lane to the left, each edge bent by a second one (OWNS
    // and OPERATES): every move the clearing makes must leave a row between two nodes of the lane.
    const names = ['acc', 'catl', 'northvolt', 'powerco', 'tesla'];
    const nodes: ViewNode[] = [
      ...names.map((n) => ({ ...company(`co-${n}`), name: `${n} company with a long name` })),
      ...names.map((n) => ({ ...facility(`cell-${n}`, 'CELL'), name: `${n} gigafactory with a long name` })),
    ];
    const edges = names.flatMap((n, i) => [
      owns(`co-${n}`, `cell-${names[(i + 1) % names.length]}`),
      { ...link(`co-${n}`, `cell-${names[(i + 1) % names.length]}`), id: `op-${n}`, type: 'OPERATES' },
      owns(`co-${n}`, `cell-${names[(i + 3) % names.length]}`),
    ]);
    expect(closerThanARow(layeredPositions(nodes, edges))).toEqual([]);
  });

  it('clips a segment against a box: through, beside, ending inside, and parallel to an edge of it', () => {
    const box = { left: 0, right: 10, top: 0, bottom: 10 };
    expect(segmentCrosses({ x: -5, y: 5 }, { x: 15, y: 5 }, box)).toBe(true);
    expect(segmentCrosses({ x: -5, y: 15 }, { x: 15, y: 15 }, box)).toBe(false);
    expect(segmentCrosses({ x: -5, y: -5 }, { x: 5, y: 5 }, box)).toBe(true);
    expect(segmentCrosses({ x: -5, y: 20 }, { x: 20, y: -5 }, box)).toBe(true);
    expect(segmentCrosses({ x: 11, y: -5 }, { x: 11, y: 15 }, box)).toBe(false);
    expect(segmentCrosses({ x: -5, y: 30 }, { x: 30, y: 12 }, box)).toBe(false);
  });
});
