import { useCallback, useMemo, useRef } from 'react';
import { MultiSelect } from '../../components/MultiSelect';
import { SearchBox } from '../../components/SearchBox';
import { byName } from '../../components/ScopeYear';
import { Empty, ErrorBox, Loading } from '../../components/Status';
import type { FacilityFilter, FacilityStatus, Stage } from '../../gql/graphql';
import type { GraphViewOptions } from '../../graph/create-graph-view';
import { composeExportPng, sourceLine } from '../../graph/export-png';
import { legendEntries, type ViewEdge, type ViewNode } from '../../graph/style';
import { useGraphView } from '../../graph/use-graph-view';
import { STAGES, STATUSES, humanize } from '../../lib/format';
import { useLookups } from '../../lib/use-lookups';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { DetailsPanel } from './DetailsPanel';
import { Legend } from './Legend';
import { NeighbourhoodDocument } from './queries';
import { useExplorerState } from './use-explorer-state';

const YEARS = [2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2035];

/** Edges carrying a year (capacity, production, flows) are shown for the chosen year only. */
function keepEdge(edge: ViewEdge, year: number | null): boolean {
  if (year === null) return true;
  const edgeYear = edge.data['year'];
  return typeof edgeYear !== 'number' || edgeYear === year;
}

function Select({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

function Toggle<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <div className="toggle" role="radiogroup" aria-label={label}>
      <span className="toggle-label">{label}</span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={value === o.value}
          className={value === o.value ? 'on' : undefined}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The graph explorer: search any entity, expand neighbourhoods, filter facilities, switch layouts and colouring,
 * read every property with its sources, export the view as PNG. All state is in the URL.
 */
export function ExplorerView() {
  const [state, set] = useExplorerState();
  const { go } = useUrlState();
  const lookups = useLookups();
  const filter = useMemo<FacilityFilter>(() => {
    const f: FacilityFilter = {};
    if (state.material.length) f.material = state.material;
    if (state.stage.length) f.stage = state.stage as Stage[];
    if (state.status.length) f.status = state.status as FacilityStatus[];
    if (state.country.length) f.country = state.country;
    if (state.region.length) f.region = state.region;
    return f;
  }, [state.material, state.stage, state.status, state.country, state.region]);
  const { data, error, isLoading } = useQuery(
    NeighbourhoodDocument,
    { ids: state.ids, depth: 1, filter, limit: state.limit },
    { skip: state.ids.length === 0 },
  );
  const nodes = useMemo<ViewNode[]>(
    () => (data?.subgraph.nodes ?? []).map((n) => ({ ...n, data: (n.data ?? {}) as Record<string, unknown> })),
    [data],
  );
  const edges = useMemo<ViewEdge[]>(
    () =>
      (data?.subgraph.edges ?? [])
        .map((e) => ({ ...e, data: (e.data ?? {}) as Record<string, unknown> }))
        .filter((e) => keepEdge(e, state.year)),
    [data, state.year],
  );
  const nodeById = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const edgeById = useMemo(() => new Map(edges.map((e) => [e.id, e])), [edges]);

  const onSelect = useCallback((id: string | null) => set({ sel: id }, { replace: true }), [set]);
  const expand = useCallback(
    (id: string) => {
      if (!state.ids.includes(id)) set({ ids: [...state.ids, id], sel: id });
    },
    [set, state.ids],
  );
  const container = useRef<HTMLDivElement>(null);
  const options = useMemo<GraphViewOptions>(
    () => ({
      nodes,
      edges,
      layout: state.layout,
      colourBy: state.colourBy,
      edgeWidth: state.edgeWidth,
      regions: lookups.regionsOf,
      selected: state.selected,
      highlight: state.highlight,
      webgl: 'auto',
      onSelect,
      onExpand: expand,
    }),
    [
      nodes,
      edges,
      state.layout,
      state.colourBy,
      state.edgeWidth,
      lookups.regionsOf,
      state.selected,
      state.highlight,
      onSelect,
      expand,
    ],
  );
  const view = useGraphView(container, options);
  const legend = useMemo(
    () => legendEntries(nodes, state.colourBy, lookups.regionsOf, lookups.names),
    [nodes, state.colourBy, lookups.regionsOf, lookups.names],
  );
  const nodeName = useCallback(
    (id: string) => nodeById.get(id)?.name ?? lookups.names.get(id) ?? id,
    [nodeById, lookups.names],
  );

  const legendTitle = state.colourBy === 'country' ? 'Country' : "Investor region — by controlling owner's region";
  const exportPng = useCallback(async () => {
    const png = view.current?.png();
    if (!png) return;
    const date = new Date().toISOString().slice(0, 10);
    const year = state.year === null ? 'all years' : String(state.year);
    const composed = await composeExportPng(png, {
      legendTitle: `Colour: ${legendTitle}`,
      legend,
      sources: sourceLine(nodes, edges, lookups.sources),
      footer: `Battery raw-materials graph · ${nodes.length} nodes, ${edges.length} edges, ${year} · exported ${date} · ${window.location.href}`,
    });
    const link = document.createElement('a');
    link.href = composed;
    link.download = 'graph.png';
    link.click();
  }, [view, state.year, legendTitle, legend, nodes, edges, lookups.sources]);

  const materials = (lookups.data?.materials ?? []).map((m) => ({ value: m.id, label: m.name }));
  const regions = (lookups.data?.regions ?? []).map((r) => ({ value: r.id, label: r.name }));
  const countries = byName(lookups.data?.countries ?? []).map((c) => ({ value: c.id, label: c.name }));
  const hasGraph = state.ids.length > 0;

  return (
    <div className="explorer">
      <div className="toolbar">
        <SearchBox
          label="Search entities"
          placeholder="Search companies, facilities, countries, materials…"
          onChoose={(hit) => set({ ids: [...new Set([...state.ids, hit.id])], sel: hit.id })}
        />
        <Toggle
          label="Layout"
          value={state.layout}
          options={[
            { value: 'layered', label: 'Value chain' },
            { value: 'force', label: 'Force' },
          ]}
          onChange={(v) => set({ layout: v === 'layered' ? null : v })}
        />
        <Toggle
          label="Colour"
          value={state.colourBy}
          options={[
            { value: 'country', label: 'Country' },
            { value: 'region', label: 'Investor region' },
          ]}
          onChange={(v) => set({ colour: v === 'country' ? null : v })}
        />
        <Toggle
          label="Edge width"
          value={state.edgeWidth}
          options={[
            { value: 'volume', label: 'Volume' },
            { value: 'share', label: 'Share' },
          ]}
          onChange={(v) => set({ width: v === 'volume' ? null : v })}
        />
        <div className="zoom" role="group" aria-label="View">
          <button type="button" onClick={() => view.current?.fit()} aria-label="Fit to screen" title="Fit">
            Fit
          </button>
          <button type="button" onClick={() => view.current?.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
            +
          </button>
          <button type="button" onClick={() => view.current?.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
            −
          </button>
          <button type="button" disabled={!hasGraph} onClick={() => void exportPng()}>
            Export PNG
          </button>
        </div>
      </div>
      <div className="filters" aria-label="Filters">
        <MultiSelect
          popover
          label="Material"
          selected={state.material}
          options={materials}
          onChange={(v) => set({ material: v })}
        />
        <MultiSelect
          popover
          label="Stage"
          selected={state.stage}
          options={STAGES.map((s) => ({ value: s, label: humanize(s) }))}
          onChange={(v) => set({ stage: v })}
        />
        <MultiSelect
          popover
          label="Status"
          selected={state.status}
          options={STATUSES.map((s) => ({ value: s, label: humanize(s) }))}
          onChange={(v) => set({ status: v })}
        />
        <MultiSelect
          popover
          label="Region"
          selected={state.region}
          options={regions}
          onChange={(v) => set({ region: v })}
        />
        <MultiSelect
          popover
          label="Country"
          selected={state.country}
          options={countries}
          onChange={(v) => set({ country: v })}
        />
        <Select
          label="Year"
          value={state.year === null ? '' : String(state.year)}
          options={YEARS.map((y) => ({ value: String(y), label: String(y) }))}
          onChange={(v) => set({ year: v || null })}
        />
        {hasGraph && (
          <button type="button" className="link" onClick={() => set({ ids: null, sel: null, hl: null, limit: null })}>
            Clear graph
          </button>
        )}
        {state.highlight.length > 0 && (
          <button type="button" className="link" onClick={() => set({ hl: null })}>
            Clear highlight
          </button>
        )}
      </div>
      <div className="explorer-body">
        <div className="graph-area">
          <div ref={container} className="graph-canvas" data-testid="graph" aria-label="Graph" role="img" />
          {!hasGraph && (
            <div className="graph-overlay">
              <Empty title="Start from any entity">
                Search above, or start from a material:{' '}
                {(lookups.data?.materials ?? []).map((m) => (
                  <button key={m.id} type="button" className="chip" onClick={() => set({ ids: [m.id], sel: m.id })}>
                    {m.name}
                  </button>
                ))}
              </Empty>
            </div>
          )}
          {hasGraph && isLoading && !data && (
            <div className="graph-overlay">
              <Loading what="the neighbourhood" />
            </div>
          )}
          {hasGraph && error && (
            <div className="graph-overlay">
              <ErrorBox error={error} what="the neighbourhood" />
            </div>
          )}
          {hasGraph && data && nodes.length === 0 && (
            <div className="graph-overlay">
              <Empty title="Nothing matches these filters">Clear a filter to see more.</Empty>
            </div>
          )}
          {hasGraph && nodes.length > 0 && <Legend title={legendTitle} entries={legend} />}
          {hasGraph && data && (
            <div className="graph-status" role="status">
              {nodes.length} nodes, {edges.length} edges
              {data.subgraph.truncated && (
                <>
                  {' '}
                  — capped at {state.limit}.{' '}
                  <button type="button" className="link" onClick={() => set({ limit: state.limit * 2 })}>
                    Show more
                  </button>
                </>
              )}
            </div>
          )}
        </div>
        <aside className="side">
          <DetailsPanel
            node={state.selected ? nodeById.get(state.selected) : undefined}
            edge={state.selected ? edgeById.get(state.selected) : undefined}
            edges={edges}
            onSelect={onSelect}
            nodeName={nodeName}
            lookups={lookups}
            isExpanded={state.selected !== null && state.ids.includes(state.selected)}
            onExpand={expand}
            onOwnership={(id) => go('/ownership', { entity: id })}
          />
          {nodes.length > 0 && (
            <details className="node-list">
              <summary>All {nodes.length} nodes (keyboard access)</summary>
              <ul>
                {nodes.map((n) => (
                  <li key={n.id}>
                    <button type="button" className="link" onClick={() => onSelect(n.id)}>
                      {n.name}
                    </button>{' '}
                    <span className="muted">{humanize(n.type)}</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </aside>
      </div>
    </div>
  );
}
