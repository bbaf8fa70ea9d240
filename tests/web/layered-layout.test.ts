import { describe, expect, it } from 'vitest';
import { COLUMN_GAP, ROW_GAP, layeredPositions } from '../../web/src/graph/layered-layout';
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

describe('layered value-chain layout', () => {
  it('puts facilities in stage columns left to right: EXTRACTION → REFINING → COMPONENT → CELL → RECYCLING', () => {
    const nodes = ['RECYCLING', 'CELL', 'COMPONENT', 'REFINING', 'EXTRACTION'].map((s) => facility(s.toLowerCase(), s));
    const p = layeredPositions(nodes, []);
    const xs = ['extraction', 'refining', 'component', 'cell', 'recycling'].map((id) => p.get(id)!.x);
    expect(xs).toEqual([0, COLUMN_GAP, 2 * COLUMN_GAP, 3 * COLUMN_GAP, 4 * COLUMN_GAP]);
  });

  it('places a company at the mean column of its facilities and a region after its countries', () => {
    const nodes: ViewNode[] = [
      facility('mine', 'EXTRACTION'),
      facility('cell', 'CELL'),
      { id: 'co', label: 'Company', type: 'COMPANY', name: 'co', data: { country: 'DE' } },
      { id: 'DE', label: 'Country', type: 'COUNTRY', name: 'Germany', data: {} },
      { id: 'EU', label: 'Region', type: 'REGION', name: 'EU', data: {} },
    ];
    const edges = [link('co', 'mine'), link('co', 'cell'), link('cell', 'DE'), link('DE', 'EU')];
    const p = layeredPositions(nodes, edges);
    // mean of columns 0 and 3 = 1.5 → rounds to 2
    expect(p.get('co')!.x).toBe(2 * COLUMN_GAP);
    expect(p.get('DE')!.x).toBe(3 * COLUMN_GAP);
    expect(p.get('EU')!.x).toBe(3 * COLUMN_GAP);
  });

  it('stacks a column centred on y = 0, companies above facilities above countries, and is deterministic', () => {
    const nodes: ViewNode[] = [
      { id: 'DE', label: 'Country', type: 'COUNTRY', name: 'Germany', data: {} },
      facility('b', 'CELL'),
      facility('a', 'CELL'),
    ];
    const p = layeredPositions(nodes, [link('a', 'DE')]);
    expect([p.get('a')!.y, p.get('b')!.y, p.get('DE')!.y]).toEqual([-ROW_GAP, 0, ROW_GAP]);
    expect(layeredPositions(nodes, [link('a', 'DE')])).toEqual(p);
  });
});
