import type { ViewEdge, ViewNode } from './style';

/** Value-chain columns, left to right. */
export const STAGE_COLUMNS: Readonly<Record<string, number>> = {
  EXTRACTION: 0,
  REFINING: 1,
  COMPONENT: 2,
  CELL: 3,
  RECYCLING: 4,
};

/**
 * Horizontal distance between two stage columns, in model pixels. Each stage column has three lanes half a gap
 * apart: owners (companies) on its left, the facilities, then countries, regions and materials on its right.
 */
export const COLUMN_GAP = 320;
/** One lane: half a stage column. */
export const LANE = COLUMN_GAP / 2;
/** Vertical distance between nodes in a lane. */
export const ROW_GAP = 56;

/** Within a lane: companies on top, then facilities, then countries, regions, materials, the rest. */
const BAND: Readonly<Record<string, number>> = {
  Company: 0,
  Facility: 1,
  Country: 2,
  Region: 3,
  Material: 4,
};

export interface Point {
  x: number;
  y: number;
}

/**
 * How many levels of owners a company has below it in the view (0: it owns no company shown). A holding sits one
 * lane left of what it owns, so an ownership chain reads left to right instead of stacking in one lane. Cycles
 * stop at the number of companies.
 */
function ownershipHeights(nodes: readonly ViewNode[], edges: readonly ViewEdge[]): Map<string, number> {
  const companies = new Set(nodes.filter((n) => n.label === 'Company').map((n) => n.id));
  const owns = edges.filter((e) => e.type === 'OWNS' && companies.has(e.source) && companies.has(e.target));
  const height = new Map([...companies].map((id) => [id, 0]));
  for (let round = 0; round < companies.size; round++) {
    let changed = false;
    for (const e of owns) {
      const h = (height.get(e.target) ?? 0) + 1;
      if (h > (height.get(e.source) ?? 0) && h <= companies.size) {
        height.set(e.source, h);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return height;
}

/**
 * The layered value-chain layout: facilities sit in the column of their stage (EXTRACTION → RECYCLING, left to
 * right); every other node takes the column nearest the mean of its neighbours' columns (two passes, so a region
 * follows its countries, which follow their facilities), or column 0 when it has none. Within a column, owners
 * sit in a lane to the left of the facilities (a holding one lane further left per level of ownership below it)
 * and countries, regions and materials in a lane to the right, so a company's or a plant's neighbourhood reads
 * owner → plant → location instead of collapsing into one stack. Each lane is stacked top to bottom by band,
 * country and name, centred on y = 0 (owner lanes half a row up, location lanes half a row down); long
 * lanes wrap into sub-lanes. Deterministic.
 */
export function layeredPositions(nodes: readonly ViewNode[], edges: readonly ViewEdge[]): Map<string, Point> {
  const column = new Map<string, number>();
  for (const node of nodes) {
    const stage = node.data['stage'];
    if (node.label === 'Facility' && typeof stage === 'string' && stage in STAGE_COLUMNS)
      column.set(node.id, STAGE_COLUMNS[stage] ?? 0);
  }
  const neighbours = new Map<string, string[]>();
  for (const edge of edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  for (let pass = 0; pass < 2; pass++) {
    const placed = new Map(column);
    for (const node of nodes) {
      if (node.label === 'Facility' && column.has(node.id)) continue;
      const known = (neighbours.get(node.id) ?? []).flatMap((id) => {
        const c = placed.get(id);
        return c === undefined ? [] : [c];
      });
      if (known.length > 0) column.set(node.id, Math.round(known.reduce((a, b) => a + b, 0) / known.length));
    }
  }
  const heights = ownershipHeights(nodes, edges);
  const laneOf = (node: ViewNode): number => {
    const c = 2 * (column.get(node.id) ?? 0);
    if (node.label === 'Facility') return c;
    if (node.label === 'Company') return c - 1 - (heights.get(node.id) ?? 0);
    return c + 1;
  };
  const lanes = new Map<number, ViewNode[]>();
  for (const node of nodes) {
    const lane = laneOf(node);
    lanes.set(lane, [...(lanes.get(lane) ?? []), node]);
  }
  // Long lanes wrap into sub-lanes so a 2,000-node graph stays roughly as wide as it is tall.
  const perSubLane = Math.max(12, Math.ceil(Math.sqrt(nodes.length) * 1.5));
  const positions = new Map<string, Point>();
  const order = [...lanes.keys()].sort((a, b) => a - b);
  let x = 0;
  for (let lane = order[0] ?? 0; lane <= (order[order.length - 1] ?? 0); lane++) {
    const members = lanes.get(lane);
    // An empty lane between two occupied ones keeps half a lane of space, so stage columns stay apart.
    if (!members) {
      x += LANE / 2;
      continue;
    }
    members.sort(
      (a, b) =>
        (BAND[a.label] ?? 9) - (BAND[b.label] ?? 9) ||
        String(a.data['country'] ?? '').localeCompare(String(b.data['country'] ?? '')) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    );
    const rows = Math.min(perSubLane, members.length);
    // Owner lanes sit half a row up and location lanes half a row down, so a straight edge from an owner to a plant
    // does not run through the country between them.
    const shift = lane % 2 === 0 ? 0 : members[0]?.label === 'Company' ? -ROW_GAP / 2 : ROW_GAP / 2;
    members.forEach((node, i) => {
      const sub = Math.floor(i / perSubLane);
      const row = i % perSubLane;
      positions.set(node.id, { x: x + sub * LANE, y: (row - (rows - 1) / 2) * ROW_GAP + shift });
    });
    x += Math.ceil(members.length / perSubLane) * LANE;
  }
  return positions;
}
