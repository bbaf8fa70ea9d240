import type { ViewEdge, ViewNode } from '../../graph/style';
import type { Lookups } from '../../lib/use-lookups';
import { humanize } from '../../lib/format';
import { SourceCitation } from '../../components/SourceCitation';

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
export function DetailsPanel({
  node,
  edge,
  nodeName,
  lookups,
  isExpanded,
  onExpand,
  onOwnership,
}: {
  node: ViewNode | undefined;
  edge: ViewEdge | undefined;
  nodeName: (id: string) => string;
  lookups: Lookups;
  isExpanded: boolean;
  onExpand: (id: string) => void;
  onOwnership: (id: string) => void;
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
