import cytoscape, { type Core, type ElementDefinition, type LayoutOptions, type StylesheetJson } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { layeredPositions } from './layered-layout';
import { hashSeed, withSeededRandom } from './seeded-random';
import {
  edgeLabel,
  edgeWidths,
  nodeColour,
  nodeShape,
  type ColourMode,
  type EdgeWidthMode,
  type RegionLookup,
  type ViewEdge,
  type ViewNode,
} from './style';

cytoscape.use(fcose);

export type LayoutName = 'layered' | 'force';

export interface GraphViewOptions {
  nodes: readonly ViewNode[];
  edges: readonly ViewEdge[];
  layout: LayoutName;
  colourBy: ColourMode;
  edgeWidth: EdgeWidthMode;
  regions: RegionLookup;
  /** The selected node or edge id. */
  selected?: string | null;
  /** Nodes to emphasise (with the edges between them); everything else fades. Empty: no highlight. */
  highlight?: readonly string[];
  /** Draw with cytoscape's WebGL renderer: `auto` does so from 2,000 elements on a hardware-accelerated WebGL 2. */
  webgl?: boolean | 'auto';
  onSelect?: (id: string | null) => void;
  /** Double-click or Enter on a node. */
  onExpand?: (id: string) => void;
}

export interface GraphView {
  update(options: GraphViewOptions): void;
  destroy(): void;
  fit(): void;
  /** Multiplies the zoom around the centre of the view. */
  zoomBy(factor: number): void;
  /** The current view as a PNG data URL (white background, 2× scale up to 4,000 px). */
  png(): string;
  /** Milliseconds the last element update and layout took (for the benchmark). */
  readonly lastRender: { elements: number; ms: number };
}

/** From this many elements the view turns on cytoscape's large-graph options. */
export const LARGE_GRAPH = 1000;

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      shape: 'data(shape)' as never,
      label: 'data(name)',
      'font-size': 11,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-max-width': '140px',
      'text-wrap': 'ellipsis',
      'min-zoomed-font-size': 7,
      color: '#1d2330',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.7,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 1,
      'border-color': '#4a5260',
    },
  },
  { selector: 'node[label = "Facility"]', style: { width: 30, height: 30 } },
  { selector: 'node[label = "Country"], node[label = "Region"]', style: { width: 34, height: 22 } },
  {
    selector: 'edge',
    style: {
      width: 'data(width)',
      'line-color': '#9aa3b2',
      'target-arrow-color': '#9aa3b2',
      'target-arrow-shape': 'triangle',
      'arrow-scale': 0.8,
      'curve-style': 'bezier',
      opacity: 0.8,
      label: 'data(edgeLabel)',
      'font-size': 10,
      'min-zoomed-font-size': 8,
      color: '#3b3f47',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-rotation': 'autorotate',
    },
  },
  { selector: 'edge[type = "OWNS"]', style: { 'line-color': '#6b5ea8', 'target-arrow-color': '#6b5ea8' } },
  { selector: 'edge[type = "SUPPLIES"]', style: { 'line-color': '#d9822b', 'target-arrow-color': '#d9822b' } },
  {
    selector: 'edge[type = "IN_REGION"], edge[type = "LOCATED_IN"], edge[type = "HEADQUARTERED_IN"]',
    style: { 'line-style': 'dashed', opacity: 0.5 },
  },
  {
    selector: ':selected',
    style: { 'border-width': 4, 'border-color': '#0b57d0', 'line-color': '#0b57d0', 'target-arrow-color': '#0b57d0' },
  },
  { selector: '.faded', style: { opacity: 0.12, 'text-opacity': 0 } },
  {
    selector: 'node.highlighted',
    style: { 'border-width': 4, 'border-color': '#111827', opacity: 1 },
  },
  {
    selector: 'edge.highlighted',
    style: { 'line-color': '#111827', 'target-arrow-color': '#111827', opacity: 1, width: 5, 'z-index': 10 },
  },
];

function layoutOptions(name: LayoutName, nodes: readonly ViewNode[], edges: readonly ViewEdge[]): LayoutOptions {
  if (name === 'layered') {
    const positions = layeredPositions(nodes, edges);
    return {
      name: 'preset',
      positions: (node: { id(): string }) => positions.get(node.id()) ?? { x: 0, y: 0 },
      fit: true,
      padding: 30,
      animate: false,
    } as LayoutOptions;
  }
  const large = nodes.length + edges.length >= LARGE_GRAPH;
  return {
    name: 'fcose',
    quality: large ? 'draft' : 'default',
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeRepulsion: 6000,
    idealEdgeLength: 90,
    numIter: large ? 1200 : 2500,
  } as LayoutOptions;
}

/**
 * Lays the graph out. The force layout is seeded by the element ids, so the same graph lands the same way on
 * every load and a shared link reproduces the picture (fcose alone starts from random positions).
 */
export function runLayout(cy: Core, name: LayoutName, nodes: readonly ViewNode[], edges: readonly ViewEdge[]): void {
  const seed = hashSeed(`${nodes.map((n) => n.id).join('|')}#${edges.map((e) => e.id).join('|')}`);
  withSeededRandom(seed, () => cy.layout(layoutOptions(name, nodes, edges)).run());
  capFitZoom(cy);
}

/** Fitting a handful of nodes would blow them up to 4×; a fitted view stops at this zoom (labels stay 11–17 px). */
export const MAX_FIT_ZOOM = 1.5;

function capFitZoom(cy: Core): void {
  if (cy.zoom() <= MAX_FIT_ZOOM) return;
  cy.zoom(MAX_FIT_ZOOM);
  cy.center();
}

/**
 * WebGL 2 on a real GPU. Software WebGL (SwiftShader, llvmpipe: headless or GPU-less machines) is slower than the
 * canvas renderer at every size we measured (`npm run bench:web`), so `auto` avoids it.
 */
export function hasHardwareWebGL2(): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    return !/swiftshader|llvmpipe|software/i.test(renderer);
  } catch {
    return false;
  }
}

function signature(options: GraphViewOptions): string {
  return `${options.nodes.length}:${options.edges.length}:${options.nodes.map((n) => n.id).join('|')}#${options.edges
    .map((e) => e.id)
    .join('|')}`;
}

/**
 * The graph view, imperative like xyflow's: it owns a cytoscape instance in `container`; React calls `update`
 * with new options and `destroy` on unmount. Elements are diffed by id and changed in one `cy.batch()`; the
 * layout reruns only when the element set or the layout choice changes. From `LARGE_GRAPH` elements it hides
 * edges and uses a texture while panning or zooming, and draws at pixel ratio 1.
 */
export function createGraphView(container: HTMLElement, initial: GraphViewOptions): GraphView {
  const size = initial.nodes.length + initial.edges.length;
  const useWebGL = initial.webgl === true || (initial.webgl === 'auto' && size >= 2000 && hasHardwareWebGL2());
  const large = size >= LARGE_GRAPH;
  const cy: Core = cytoscape({
    container,
    style: STYLE,
    wheelSensitivity: 0.3,
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: 'single',
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    motionBlur: false,
    pixelRatio: large ? 1 : 'auto',
    // The WebGL renderer is opt-in in cytoscape 3.31+ and not in @types/cytoscape yet.
    ...(useWebGL ? ({ renderer: { name: 'canvas', webgl: true } } as object) : {}),
  });
  let options = initial;
  let elementsKey = '';
  let layoutName: LayoutName | null = null;
  let styleKey = '';
  const lastRender = { elements: 0, ms: 0 };

  cy.on('tap', (event) => {
    const target = event.target as Core | cytoscape.SingularElementReturnValue;
    options.onSelect?.(target === cy ? null : (target as cytoscape.SingularElementReturnValue).id());
  });
  cy.on('dbltap', 'node', (event) => options.onExpand?.((event.target as cytoscape.NodeSingular).id()));

  function applyStyles(next: GraphViewOptions): void {
    const widths = edgeWidths(next.edges, next.edgeWidth);
    for (const node of next.nodes) cy.$id(node.id).data('colour', nodeColour(node, next.colourBy, next.regions));
    for (const edge of next.edges) cy.$id(edge.id).data('width', widths.get(edge.id) ?? 1);
  }

  function applyHighlight(next: GraphViewOptions): void {
    cy.elements().removeClass('faded highlighted');
    const ids = new Set(next.highlight ?? []);
    if (ids.size === 0) return;
    const nodes = cy.nodes().filter((n) => ids.has(n.id()));
    const edges = nodes.edgesWith(nodes);
    cy.elements().not(nodes).not(edges).addClass('faded');
    nodes.addClass('highlighted');
    edges.addClass('highlighted');
  }

  function update(next: GraphViewOptions): void {
    options = next;
    const start = performance.now();
    const key = signature(next);
    const elementsChanged = key !== elementsKey;
    const nextStyleKey = `${next.colourBy}:${next.edgeWidth}`;
    cy.batch(() => {
      if (elementsChanged) {
        const wanted = new Set([...next.nodes.map((n) => n.id), ...next.edges.map((e) => e.id)]);
        cy.elements()
          .filter((el) => !wanted.has(el.id()))
          .remove();
        const widths = edgeWidths(next.edges, next.edgeWidth);
        const added: ElementDefinition[] = [];
        for (const node of next.nodes) {
          if (cy.$id(node.id).nonempty()) continue;
          added.push({
            group: 'nodes',
            data: {
              id: node.id,
              name: node.name,
              label: node.label,
              type: node.type,
              shape: nodeShape(node.type),
              colour: nodeColour(node, next.colourBy, next.regions),
            },
          });
        }
        for (const edge of next.edges) {
          if (cy.$id(edge.id).nonempty()) continue;
          added.push({
            group: 'edges',
            data: {
              id: edge.id,
              source: edge.source,
              target: edge.target,
              type: edge.type,
              width: widths.get(edge.id) ?? 1,
              edgeLabel: edgeLabel(edge),
            },
          });
        }
        cy.add(added);
      } else if (nextStyleKey !== styleKey) applyStyles(next);
      cy.elements().unselect();
      if (next.selected) cy.$id(next.selected).select();
      applyHighlight(next);
    });
    styleKey = nextStyleKey;
    if (elementsChanged || next.layout !== layoutName) {
      elementsKey = key;
      layoutName = next.layout;
      if (cy.nodes().nonempty()) runLayout(cy, next.layout, next.nodes, next.edges);
    }
    lastRender.elements = cy.elements().length;
    lastRender.ms = performance.now() - start;
  }

  update(initial);
  return {
    update,
    destroy: () => cy.destroy(),
    fit: () => {
      cy.fit(undefined, 30);
      capFitZoom(cy);
    },
    zoomBy(factor: number) {
      cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    png: () => cy.png({ output: 'base64uri', bg: '#ffffff', full: false, scale: 2, maxWidth: 4000, maxHeight: 4000 }),
    lastRender,
  };
}
