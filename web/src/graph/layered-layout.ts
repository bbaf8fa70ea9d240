import { edgeLabel, type ViewEdge, type ViewNode } from './style';

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
  clearEdges(positions, edges, new Map(nodes.map((n) => [n.id, n.name])));
  return positions;
}

/** How close (model pixels) an edge may pass the centre of a node it does not touch: about a node's half width. */
export const CLEARANCE = 20;

/** A box in model pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * Where cytoscape draws a node's label (create-graph-view.ts: 11 px text under the node, 3 px below a node of at most
 * 30 px, cut with an ellipsis at 140 px): its box, the width approximated at 6.2 px a character.
 */
function labelBox(name: string, at: Point): Box {
  const half = Math.min(140, name.length * 6.2) / 2;
  return { left: at.x - half, right: at.x + half, top: at.y + 15, bottom: at.y + 32 };
}

/** cytoscape's distance between the control points of parallel bezier edges (`control-point-step-size`, 40). */
const PARALLEL_STEP = 40;

/**
 * How far from the straight line each edge is drawn at its middle: cytoscape bends parallel edges (same two nodes)
 * apart, the i-th of k by (i − (k − 1)/2) × 40 px at its control point, so half that at the curve's middle. The side
 * depends on the edge's direction, so both are checked. 0 for an edge alone between its nodes.
 */
function bulges(edges: readonly ViewEdge[]): Map<string, number> {
  const pairs = new Map<string, ViewEdge[]>();
  for (const e of edges) {
    const key = e.source < e.target ? `${e.source} ${e.target}` : `${e.target} ${e.source}`;
    pairs.set(key, [...(pairs.get(key) ?? []), e]);
  }
  const bulge = new Map<string, number>();
  for (const group of pairs.values())
    [...group]
      .sort((x, y) => x.id.localeCompare(y.id))
      .forEach((e, i) => bulge.set(e.id, Math.abs(((i - (group.length - 1) / 2) * PARALLEL_STEP) / 2)));
  return bulge;
}

/** The drawn line of an edge from a to b, as straight pieces: a–b, or a–middle–b bent by `bulge` to either side. */
function drawnPaths(a: Point, b: Point, bulge: number): { path: Point[]; middle: Point }[] {
  const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  if (bulge === 0) return [{ path: [a, b], middle }];
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const normal = { x: -(b.y - a.y) / length, y: (b.x - a.x) / length };
  return [1, -1].map((side) => {
    const m = { x: middle.x + side * bulge * normal.x, y: middle.y + side * bulge * normal.y };
    return { path: [a, m, b], middle: m };
  });
}

/** The box of an edge's label ("100 %", 10 px text centred on the line's middle). */
function edgeLabelBox(text: string, at: Point): Box {
  const half = (text.length * 5.6) / 2 + 2;
  return { left: at.x - half, right: at.x + half, top: at.y - 8, bottom: at.y + 8 };
}

/** How far beyond its nodes' box an edge's line or label can reach, besides its bend: an edge label's half width. */
const REACH = 40;

const overlaps = (p: Box, q: Box): boolean =>
  p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom;

/**
 * Moves a node off any edge that would pass through it or its label without touching it, as the edge is drawn
 * (regressions: in CATL's neighbourhood the edge CATL → CATL Thuringia ran through Contemporary Star Energy, which
 * CATL also owns, so the JV read as the plant's owner; once that was cleared, the upper of the two bent edges CATL →
 * Thuringia, OWNS and OPERATES, and its "100 %" still ran through the JV's name). A node on such an edge moves up or
 * down within its lane by half a row, then a row, …, to the first place where neither it, its label nor a passing
 * edge's label meet and a row from every other node of its lane; if there is none it stays. Three passes at most
 * (a move can put the node's own edges through another node). Deterministic.
 */
/** A node at a place, as an edge may meet it: its body (CLEARANCE around the centre) and its label. */
interface Placed {
  id: string;
  at: Point;
  body: Box;
  label: Box;
  /** Both boxes together, for the cheap rejection. */
  outline: Box;
}

function placed(id: string, name: string, at: Point): Placed {
  const label = labelBox(name, at);
  const body = { left: at.x - CLEARANCE, right: at.x + CLEARANCE, top: at.y - CLEARANCE, bottom: at.y + CLEARANCE };
  const outline = {
    left: Math.min(label.left, body.left),
    right: Math.max(label.right, body.right),
    top: body.top,
    bottom: label.bottom,
  };
  return { id, at, body, label, outline };
}

/**
 * Whether the edge e (its label `text`), as drawn between its nodes' positions, meets the node: passes within
 * CLEARANCE of its centre, crosses its label, or puts its own label on either. An edge never meets its own nodes.
 */
function meets(e: ViewEdge, text: string, node: Placed, positions: ReadonlyMap<string, Point>, bulge: number): boolean {
  if (e.source === node.id || e.target === node.id || e.source === e.target) return false;
  const a = positions.get(e.source);
  const b = positions.get(e.target);
  if (!a || !b) return false;
  // Cheap rejection first: the node and its label against the box the drawn edge and its label can reach.
  const reach = bulge + REACH;
  if (
    Math.min(a.x, b.x) - reach >= node.outline.right ||
    Math.max(a.x, b.x) + reach <= node.outline.left ||
    Math.min(a.y, b.y) - reach >= node.outline.bottom ||
    Math.max(a.y, b.y) + reach <= node.outline.top
  )
    return false;
  return drawnPaths(a, b, bulge).some(({ path, middle }) => {
    if (text !== '') {
      const box = edgeLabelBox(text, middle);
      if (overlaps(box, node.label) || overlaps(box, node.body)) return true;
    }
    return path.slice(1).some((to, i) => {
      const from = path[i] ?? to;
      return segmentCrosses(from, to, node.label) || distanceToSegment(node.at, from, to) < CLEARANCE;
    });
  });
}

/** Every (edge, node) pair where the drawn edge meets a node it does not touch, or its label (for tests and checks). */
export function drawnCrossings(
  nodes: readonly ViewNode[],
  edges: readonly ViewEdge[],
  positions: ReadonlyMap<string, Point>,
): [edge: string, node: string][] {
  const bulge = bulges(edges);
  return edges.flatMap((e) =>
    nodes.flatMap((n): [string, string][] => {
      const q = positions.get(n.id);
      return q && meets(e, edgeLabel(e), placed(n.id, n.name, q), positions, bulge.get(e.id) ?? 0)
        ? [[e.id, n.id]]
        : [];
    }),
  );
}

function clearEdges(
  positions: Map<string, Point>,
  edges: readonly ViewEdge[],
  names: ReadonlyMap<string, string>,
): void {
  const segments = edges.filter((e) => e.source !== e.target && positions.has(e.source) && positions.has(e.target));
  const bulge = bulges(segments);
  const texts = new Map(segments.map((e) => [e.id, edgeLabel(e)]));
  const ids = [...positions.keys()].sort();
  const onEdge = (id: string, q: Point): boolean => {
    const node = placed(id, names.get(id) ?? id, q);
    return segments.some((e) => meets(e, texts.get(e.id) ?? '', node, positions, bulge.get(e.id) ?? 0));
  };
  const crowded = (id: string, q: Point): boolean =>
    ids.some((other) => {
      if (other === id) return false;
      const o = positions.get(other);
      // A node and its label take most of a row (from 15 px above its centre to 32 px below): a row apart, not half.
      return o !== undefined && Math.abs(o.x - q.x) < ROW_GAP && Math.abs(o.y - q.y) < ROW_GAP;
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

/** Whether the segment a–b crosses the box (Liang–Barsky clipping: some part of it lies inside). */
export function segmentCrosses(a: Point, b: Point, box: Box): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, a.x - box.left],
    [dx, box.right - a.x],
    [-dy, a.y - box.top],
    [dy, box.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

function distanceToSegment(q: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((q.x - a.x) * dx + (q.y - a.y) * dy) / length));
  return Math.hypot(q.x - (a.x + t * dx), q.y - (a.y + t * dy));
}
