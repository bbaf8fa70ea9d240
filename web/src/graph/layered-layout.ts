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
  clearEdges(positions, edges);
  return positions;
}

/** How close (model pixels) an edge may pass the centre of a node it does not touch: about a node's half width. */
export const CLEARANCE = 20;

/**
 * Moves a node off any edge that would pass straight through it without touching it (regression: in CATL's
 * neighbourhood the edge CATL → CATL Thuringia ran through Contemporary Star Energy, which CATL also owns, so the JV
 * read as the plant's owner). A node on such an edge moves up or down within its lane by half a row, then a row, …,
 * to the first place on no edge and at least half a row from every other node; if there is none it stays. Three passes
 * at most (a move can put the node's own edges through another node). Deterministic.
 */
function clearEdges(positions: Map<string, Point>, edges: readonly ViewEdge[]): void {
  const segments = edges.filter((e) => e.source !== e.target && positions.has(e.source) && positions.has(e.target));
  const ids = [...positions.keys()].sort();
  const onEdge = (id: string, q: Point): boolean =>
    segments.some((e) => {
      if (e.source === id || e.target === id) return false;
      const a = positions.get(e.source);
      const b = positions.get(e.target);
      if (!a || !b) return false;
      if (q.x < Math.min(a.x, b.x) - CLEARANCE || q.x > Math.max(a.x, b.x) + CLEARANCE) return false;
      if (q.y < Math.min(a.y, b.y) - CLEARANCE || q.y > Math.max(a.y, b.y) + CLEARANCE) return false;
      return distanceToSegment(q, a, b) < CLEARANCE;
    });
  const crowded = (id: string, q: Point): boolean =>
    ids.some((other) => {
      if (other === id) return false;
      const o = positions.get(other);
      return o !== undefined && Math.abs(o.x - q.x) < ROW_GAP && Math.abs(o.y - q.y) < ROW_GAP / 2;
    });
  const steps = [0.5, -0.5, 1, -1, 1.5, -1.5].map((k) => k * ROW_GAP);
  for (let pass = 0; pass < 3; pass++) {
    let moved = false;
    for (const id of ids) {
      const p = positions.get(id);
      if (!p || !onEdge(id, p)) continue;
      for (const dy of steps) {
        const q = { x: p.x, y: p.y + dy };
        if (!onEdge(id, q) && !crowded(id, q)) {
          positions.set(id, q);
          moved = true;
          break;
        }
      }
    }
    if (!moved) break;
  }
}

function distanceToSegment(q: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / length));
  return Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy));
}
