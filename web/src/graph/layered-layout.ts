import type { ViewEdge, ViewNode } from './style';

/** Value-chain columns, left to right. */
export const STAGE_COLUMNS: Readonly<Record<string, number>> = {
  EXTRACTION: 0,
  REFINING: 1,
  COMPONENT: 2,
  CELL: 3,
  RECYCLING: 4,
};

/** Horizontal distance between stage columns and vertical distance between nodes, in model pixels. */
export const COLUMN_GAP = 260;
export const ROW_GAP = 56;

/** Within a column: companies on top, then facilities, then countries, regions, materials, the rest. */
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
 * The layered value-chain layout: facilities sit in the column of their stage (EXTRACTION → RECYCLING, left to
 * right); every other node sits in the column nearest the mean of its neighbours' columns (two passes, so a
 * region follows its countries, which follow their facilities), or in column 0 when it has none. Each column
 * is stacked top to bottom by band, country and name, centred on y = 0. Deterministic: the same graph gives the
 * same picture.
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
  const columns = new Map<number, ViewNode[]>();
  for (const node of nodes) {
    const c = column.get(node.id) ?? 0;
    columns.set(c, [...(columns.get(c) ?? []), node]);
  }
  // Long columns wrap into sub-columns so a 2,000-node graph stays roughly as wide as it is tall.
  const perSubColumn = Math.max(12, Math.ceil(Math.sqrt(nodes.length) * 1.5));
  const widest = Math.max(1, ...[...columns.values()].map((m) => Math.ceil(m.length / perSubColumn)));
  const stride = COLUMN_GAP + ((widest - 1) * COLUMN_GAP) / 2;
  const positions = new Map<string, Point>();
  for (const [c, members] of columns) {
    members.sort(
      (a, b) =>
        (BAND[a.label] ?? 9) - (BAND[b.label] ?? 9) ||
        String(a.data['country'] ?? '').localeCompare(String(b.data['country'] ?? '')) ||
        a.name.localeCompare(b.name) ||
        a.id.localeCompare(b.id),
    );
    const rows = Math.min(perSubColumn, members.length);
    members.forEach((node, i) => {
      const sub = Math.floor(i / perSubColumn);
      const row = i % perSubColumn;
      positions.set(node.id, { x: c * stride + (sub * COLUMN_GAP) / 2, y: (row - (rows - 1) / 2) * ROW_GAP });
    });
  }
  return positions;
}
