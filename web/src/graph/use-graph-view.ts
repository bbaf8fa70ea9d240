import { useEffect, useRef, type RefObject } from 'react';
import { createGraphView, type GraphView, type GraphViewOptions } from './create-graph-view';

/**
 * Mounts a graph view in `container` once (one effect) and feeds it new options (another effect). The element
 * set lives in cytoscape, never in React state. Returns a ref to the view for fit/zoom/export.
 */
export function useGraphView(
  container: RefObject<HTMLElement | null>,
  options: GraphViewOptions,
): RefObject<GraphView | null> {
  const view = useRef<GraphView | null>(null);
  const latest = useRef(options);
  latest.current = options;
  useEffect(() => {
    if (!container.current) return undefined;
    const created = createGraphView(container.current, latest.current);
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, [container]);
  useEffect(() => {
    view.current?.update(options);
  }, [options]);
  return view;
}
