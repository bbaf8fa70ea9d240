import type { ViewEdge, ViewNode } from '../../graph/style';
import type { Lookups } from '../../lib/use-lookups';
import { humanize } from '../../lib/format';
import { SourceCitation } from '../../components/SourceCitation';
import { edgeSummary } from './edge-summary';

function show(value: unknown, names: ReadonlyMap<string, string>, key = ''): string {
  if (value === null || value === undefined) return '–';
  if (Array.isArray(value)) return value.map((v) => show(v, names)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'number')
    return /year/i.test(key) ? String(value) : value.toLocaleString('en-GB', { maximumFractionDigits: 4 });
  const text = String(value);
  const name = names.get(text);
  return name && name !== text ? `${name} (${text})` : text;
}

function Sources({ ids, lookups }: { ids: unknown; lookups: Lookups }) {
  const list = Array.isArray(ids) ? ids.map(String) : [];
  if (list.length === 0) return <p className="muted">No sources recorded.</p>;
  return (
    <ul className="sources">
      {list.map((id) => {
        const source = lookups.sources.get(id);
        if (!source) return <li key={id}>{id}</li>;
        return (
          <li key={id}>
            <SourceCitation source={source} />
          </li>
        );
      })}
    </ul>
  );
}

function Properties({ data, names }: { data: Record<string, unknown>; names: ReadonlyMap<string, string> }) {
  const entries = Object.entries(data).filter(([key]) => key !== 'sources');
  return (
    <table className="props">
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td>{show(value, names, key)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Every property of the selected node or edge, with its sources as links, and what to do next. */
/**
 * The selected node's edges as buttons (ownership shares first, then capacities, flows, the rest): a keyboard user
 * Tabs to one and presses Enter to open it with its figures and sources, as a click on the edge would.
 */
function Connections({
  node,
  edges,
  nodeName,
  onSelect,
}: {
  node: ViewNode;
  edges: readonly ViewEdge[];
  nodeName: (id: string) => string;
  onSelect: (id: string) => void;
}) {
  const order = ['OWNS', 'HAS_CAPACITY', 'SUPPLIES', 'PRODUCED', 'OPERATES'];
  const rank = (e: ViewEdge) => (order.includes(e.type) ? order.indexOf(e.type) : order.length);
  const mine = edges
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((e) => ({ edge: e, text: edgeSummary(e, node.id, nodeName) }))
    .sort((a, b) => rank(a.edge) - rank(b.edge) || a.text.localeCompare(b.text));
  if (mine.length === 0) return null;
  return (
    <>
      <h3>Connections ({mine.length})</h3>
      <ul className="connections" aria-label="Connections">
        {mine.map(({ edge, text }) => (
          <li key={edge.id}>
            <button type="button" className="link" onClick={() => onSelect(edge.id)}>
              {text}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

export function DetailsPanel({
  node,
  edge,
  edges,
  nodeName,
  lookups,
  isExpanded,
  onExpand,
  onOwnership,
  onSelect,
}: {
  node: ViewNode | undefined;
  edge: ViewEdge | undefined;
  /** Every edge on screen (the selected node's are listed as its connections). */
  edges: readonly ViewEdge[];
  nodeName: (id: string) => string;
  lookups: Lookups;
  isExpanded: boolean;
  onExpand: (id: string) => void;
  onOwnership: (id: string) => void;
  onSelect: (id: string) => void;
}) {
  if (node) {
    const canOwn = node.label === 'Company' || node.label === 'Facility';
    return (
      <section className="details" aria-label="Details">
        <h2>{node.name}</h2>
        <div className="badges">
          <span className="badge">{humanize(node.type)}</span>
          {typeof node.data['status'] === 'string' && (
            <span className={`badge status-${node.data['status']}`}>{humanize(node.data['status'])}</span>
          )}
        </div>
        <div className="actions">
          <button type="button" onClick={() => onExpand(node.id)} disabled={isExpanded}>
            {isExpanded ? 'Neighbours shown' : 'Expand neighbours'}
          </button>
          {canOwn && (
            <button type="button" onClick={() => onOwnership(node.id)}>
              Ownership chain
            </button>
          )}
        </div>
        <Connections node={node} edges={edges} nodeName={nodeName} onSelect={onSelect} />
        <h3>Properties</h3>
        <Properties data={node.data} names={lookups.names} />
        <h3>Sources</h3>
        <Sources ids={node.data['sources']} lookups={lookups} />
      </section>
    );
  }
  if (edge) {
    return (
      <section className="details" aria-label="Details">
        <h2>
          {nodeName(edge.source)} → {nodeName(edge.target)}
        </h2>
        <div className="badges">
          <span className="badge">{humanize(edge.type)}</span>
        </div>
        <div className="actions">
          <button type="button" onClick={() => onSelect(edge.source)}>
            Open {nodeName(edge.source)}
          </button>
          <button type="button" onClick={() => onSelect(edge.target)}>
            Open {nodeName(edge.target)}
          </button>
        </div>
        <h3>Properties</h3>
        <Properties data={edge.data} names={lookups.names} />
        <h3>Sources</h3>
        <Sources ids={edge.data['sources']} lookups={lookups} />
      </section>
    );
  }
  return (
    <section className="details" aria-label="Details">
      <p className="muted">
        Select a node or edge to see every property and its sources. Double-click a node (or press Expand) to show its
        neighbours.
      </p>
    </section>
  );
}
