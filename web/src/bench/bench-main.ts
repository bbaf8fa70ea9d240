/**
 * The graph view's benchmark page (built only by `npm run bench:web`, not part of the app): synthetic value-chain
 * graphs of a given element count, drawn with the real createGraphView, timed in the browser.
 */
import { createGraphView, type LayoutName } from '../graph/create-graph-view';
import type { ViewEdge, ViewNode } from '../graph/style';

const STAGES = ['EXTRACTION', 'REFINING', 'COMPONENT', 'CELL', 'RECYCLING'];
const TYPES = ['MINE', 'REFINERY', 'COMPONENT_PLANT', 'CELL_PLANT', 'RECYCLER'];
const COUNTRIES = ['CN', 'DE', 'HU', 'PL', 'FR', 'SE', 'KR', 'JP', 'US', 'AU', 'CL', 'ID', 'CD'];

/** A deterministic synthetic graph with about `elements` nodes + edges (2 edges per node). */
export function syntheticGraph(elements: number): { nodes: ViewNode[]; edges: ViewEdge[] } {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const nodeCount = Math.round(elements / 3);
  const nodes: ViewNode[] = [];
  const edges: ViewEdge[] = [];
  const companies = Math.max(5, Math.round(nodeCount * 0.2));
  for (let i = 0; i < nodeCount; i++) {
    const country = COUNTRIES[i % COUNTRIES.length] ?? 'CN';
    if (i < companies) {
      nodes.push({ id: `co-${i}`, label: 'Company', type: 'COMPANY', name: `Company ${i}`, data: { country } });
      continue;
    }
    const s = i % STAGES.length;
    nodes.push({
      id: `f-${i}`,
      label: 'Facility',
      type: TYPES[s] ?? 'MINE',
      name: `Facility ${i}`,
      data: { stage: STAGES[s], country },
    });
  }
  const facilities = nodes.filter((n) => n.label === 'Facility');
  for (const f of facilities) {
    const owner = `co-${Math.floor(random() * companies)}`;
    edges.push({ id: `own-${f.id}`, source: owner, target: f.id, type: 'OWNS', data: { share: 0.5 + random() / 2 } });
  }
  while (edges.length + nodes.length < elements) {
    const a = facilities[Math.floor(random() * facilities.length)];
    const b = facilities[Math.floor(random() * facilities.length)];
    if (!a || !b || a === b) continue;
    edges.push({
      id: `sup-${edges.length}`,
      source: a.id,
      target: b.id,
      type: 'SUPPLIES',
      data: { value: Math.round(random() * 10000), unit: 't' },
    });
  }
  return { nodes, edges };
}

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

export interface BenchResult {
  elements: number;
  layout: LayoutName;
  webgl: boolean;
  /** createGraphView: adding elements in one batch and running the layout. */
  buildMs: number;
  /** From the start until two frames have been painted. */
  firstFrameMs: number;
  /** Mean time per frame over 20 zoom steps (what panning and zooming feel like). */
  zoomFrameMs: number;
}

async function run(elements: number, layout: LayoutName, webgl: boolean): Promise<BenchResult> {
  const container = document.getElementById('graph');
  if (!container) throw new Error('bench.html has no #graph element');
  const { nodes, edges } = syntheticGraph(elements);
  const start = performance.now();
  const view = createGraphView(container, {
    nodes,
    edges,
    layout,
    webgl,
    colourBy: 'country',
    edgeWidth: 'volume',
    regions: new Map(),
  });
  const buildMs = view.lastRender.ms;
  await frame();
  const painted = await frame();
  const zoomStart = performance.now();
  for (let i = 0; i < 20; i++) {
    view.zoomBy(i % 2 === 0 ? 1.1 : 0.92);
    await frame();
  }
  const zoomFrameMs = (performance.now() - zoomStart) / 20;
  view.destroy();
  return { elements: nodes.length + edges.length, layout, webgl, buildMs, firstFrameMs: painted - start, zoomFrameMs };
}

declare global {
  interface Window {
    runBench: typeof run;
    hasWebGL2: boolean;
  }
}
window.runBench = run;
window.hasWebGL2 = document.createElement('canvas').getContext('webgl2') !== null;
