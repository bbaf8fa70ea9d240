/**
 * How the graph looks: colour by country or investor region, shape by node type, edge width by volume or share,
 * and the legend that explains the colours. Pure functions, unit-tested in tests/web/graph-style.test.ts.
 */

export type ColourMode = 'country' | 'region';
export type EdgeWidthMode = 'volume' | 'share';

/** The minimal node the view needs (a GraphNode from the API's `subgraph`). */
export interface ViewNode {
  id: string;
  label: string;
  type: string;
  name: string;
  data: Record<string, unknown>;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  data: Record<string, unknown>;
}

/** Country id → the investor regions it belongs to (first one wins for colouring). */
export type RegionLookup = ReadonlyMap<string, readonly string[]>;

/** Investor regions get fixed, distinct colours, so the same region looks the same in every view. */
export const REGION_COLOURS: Readonly<Record<string, string>> = {
  EU: '#1f5fbf',
  CHINA: '#d62728',
  KOREA: '#8c4fc9',
  JAPAN: '#e377c2',
  'NORTH-AMERICA': '#2ca02c',
  'OTHER-EUROPE': '#17becf',
  'REST-OF-WORLD': '#8c6d31',
  UNKNOWN: '#9e9e9e',
};

/**
 * A categorical palette for countries without a fixed colour: Tableau 10's hues and darker ones (d3's
 * Category20b and Tailwind's 700 shades, one slate) instead of Tableau 20's light tints, which read as empty on white (South
 * Africa's and Gabon's manganese bars were hardly visible); every colour has at least 2:1 contrast on white. China's red
 * (#d62728) is left out: red means China in every view, so no other country may land on it by hash.
 */
const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#0e7490',
  '#374151',
  '#4d7c0f',
  '#6b6ecf',
  '#a16207',
  '#a55194',
  '#637939',
  '#7b4173',
  '#393b79',
];

/** Well-known origins keep the same colour whatever else is on screen. */
const COUNTRY_COLOURS: Readonly<Record<string, string>> = {
  CN: '#d62728',
  DE: '#1f77b4',
  FR: '#17becf',
  PL: '#bcbd22',
  HU: '#9467bd',
  SE: '#0e7490',
  KR: '#8c4fc9',
  JP: '#e377c2',
  US: '#2ca02c',
  AU: '#ff7f0e',
  CL: '#8c564b',
  ID: '#7b4173',
  CD: '#393b79',
  // The other producers the statistics name, fixed so that no two of one material's producers share a colour by
  // hash (India and Australia both drew orange among manganese's miners).
  ZA: '#4d7c0f',
  GA: '#a55194',
  GH: '#6b6ecf',
  IN: '#a16207',
  BR: '#374151',
  AR: '#0e7490',
  ZW: '#637939',
  PH: '#6b6ecf',
  NC: '#a16207',
  RU: '#8c564b',
  CA: '#4d7c0f',
  MZ: '#0e7490',
  MG: '#a55194',
  FI: '#2ca02c',
  MY: '#e377c2',
  XW: '#c7c7c7',
  UNKNOWN: '#9e9e9e',
};

export const NEUTRAL = '#b0b7c3';

/** Stable colour for any country id: a fixed one for well-known origins, else one picked by hash. */
export function countryColour(country: string): string {
  const fixed = COUNTRY_COLOURS[country];
  if (fixed) return fixed;
  let hash = 0;
  for (const ch of country) hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
  return PALETTE[hash % PALETTE.length] ?? NEUTRAL;
}

export function regionColour(region: string): string {
  return REGION_COLOURS[region] ?? countryColour(region);
}

/** The country a node stands for or sits in: a facility's location, a company's headquarters, a country itself. */
export function countryOf(node: ViewNode): string | undefined {
  if (node.label === 'Country') return node.id;
  const country = node.data['country'];
  return typeof country === 'string' ? country : undefined;
}

/**
 * The key a node is coloured by in a mode: a country id, a region id, or undefined (neutral grey). By investor
 * region, a company or facility takes its controlling owner's region as the API computed it
 * (`data.controllerRegion`, from the ownership analytics; UNKNOWN when the API gave none) — never its location;
 * a country takes its own region, a region itself.
 */
export function colourKey(node: ViewNode, mode: ColourMode, regions: RegionLookup): string | undefined {
  if (node.label === 'Region') return mode === 'region' ? node.id : undefined;
  if (mode === 'region' && (node.label === 'Company' || node.label === 'Facility')) {
    const region = node.data['controllerRegion'];
    return typeof region === 'string' ? region : 'UNKNOWN';
  }
  const country = countryOf(node);
  if (country === undefined) return undefined;
  if (mode === 'country') return country;
  return regions.get(country)?.[0] ?? 'UNKNOWN';
}

export function nodeColour(node: ViewNode, mode: ColourMode, regions: RegionLookup): string {
  const key = colourKey(node, mode, regions);
  if (key === undefined) return NEUTRAL;
  return mode === 'country' ? countryColour(key) : regionColour(key);
}

/** Node shape by type: facilities by kind, then the other entities. */
export const SHAPES: Readonly<Record<string, string>> = {
  MINE: 'triangle',
  REFINERY: 'diamond',
  COMPONENT_PLANT: 'hexagon',
  CELL_PLANT: 'round-rectangle',
  RECYCLER: 'octagon',
  COMPANY: 'ellipse',
  COUNTRY: 'barrel',
  REGION: 'rhomboid',
  MATERIAL: 'vee',
  SOURCE: 'tag',
  TARGET: 'star',
  SCENARIO: 'concave-hexagon',
};

export function nodeShape(type: string): string {
  return SHAPES[type] ?? 'ellipse';
}

export interface LegendEntry {
  key: string;
  label: string;
  colour: string;
  count: number;
}

/**
 * The colour legend for what is on screen: one entry per country or region present, most frequent first
 * (ties by label), named from `names` when known.
 */
export function legendEntries(
  nodes: readonly ViewNode[],
  mode: ColourMode,
  regions: RegionLookup,
  names: ReadonlyMap<string, string> = new Map(),
): LegendEntry[] {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const key = colourKey(node, mode, regions);
    if (key !== undefined) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .map(([key, count]) => ({
      key,
      label: names.get(key) ?? key,
      colour: mode === 'country' ? countryColour(key) : regionColour(key),
      count,
    }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

const MIN_WIDTH = 1;
const MAX_WIDTH = 9;

/** The quantity an edge carries, if any (capacity, production, flow). */
export function edgeValue(edge: ViewEdge): number | undefined {
  const value = edge.data['value'];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/**
 * Edge widths for a mode. `volume`: log-scaled against the largest value of the same unit on screen (tonnes
 * and GWh never compete). `share`: an ownership share of 1 is the widest. Other edges are thin.
 */
export function edgeWidths(edges: readonly ViewEdge[], mode: EdgeWidthMode): Map<string, number> {
  const widths = new Map<string, number>();
  if (mode === 'share') {
    for (const edge of edges) {
      const share = edge.data['share'];
      widths.set(
        edge.id,
        edge.type === 'OWNS' && typeof share === 'number' ? MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * share : MIN_WIDTH,
      );
    }
    return widths;
  }
  const maxByUnit = new Map<string, number>();
  for (const edge of edges) {
    const value = edgeValue(edge);
    const unit = String(edge.data['unit'] ?? '');
    if (value !== undefined) maxByUnit.set(unit, Math.max(maxByUnit.get(unit) ?? 0, value));
  }
  for (const edge of edges) {
    const value = edgeValue(edge);
    const max = maxByUnit.get(String(edge.data['unit'] ?? '')) ?? 0;
    widths.set(
      edge.id,
      value === undefined || max <= 0
        ? MIN_WIDTH
        : MIN_WIDTH + ((MAX_WIDTH - MIN_WIDTH) * Math.log1p(value)) / Math.log1p(max),
    );
  }
  return widths;
}

/** The text on an edge: ownership shares as "51 %", nothing else (the details panel has the rest). */
export function edgeLabel(edge: ViewEdge): string {
  const share = edge.data['share'];
  if (edge.type === 'OWNS' && typeof share === 'number') return `${Math.round(share * 1000) / 10} %`;
  return '';
}
