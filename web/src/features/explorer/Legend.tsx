import type { LegendEntry } from '../../graph/style';
import { SHAPES } from '../../graph/style';
import { humanize } from '../../lib/format';

/** Colour legend for the nodes on screen, and the shape key. */
export function Legend({ title, entries }: { title: string; entries: readonly LegendEntry[] }) {
  const shown = entries.slice(0, 14);
  return (
    <div className="legend" aria-label="Legend">
      <div className="legend-title">{title}</div>
      <ul>
        {shown.map((e) => (
          <li key={e.key}>
            <span className="swatch" style={{ background: e.colour }} aria-hidden="true" />
            {e.label} <span className="muted">({e.count})</span>
          </li>
        ))}
        {entries.length > shown.length && <li className="muted">+{entries.length - shown.length} more</li>}
      </ul>
      <details>
        <summary>Shapes</summary>
        <ul className="shape-key">
          {Object.entries(SHAPES)
            .slice(0, 9)
            .map(([type, shape]) => (
              <li key={type}>
                <span className={`shape shape-${shape}`} aria-hidden="true" /> {humanize(type)}
              </li>
            ))}
        </ul>
      </details>
    </div>
  );
}
