import { Sankey, Tooltip } from 'recharts';
import type { LinkProps, NodeProps } from 'recharts/types/chart/Sankey';
import { CHART_INK, CHART_MUTED } from '../../lib/chart-ink';
import { quantity } from '../../lib/format';

export interface BalanceNode {
  id: string;
  label: string;
  kind: string;
}
export interface BalanceLink {
  source: string;
  target: string;
  value: number;
  material: string;
  basis: string;
}

/** How a link's figure was obtained (the API's `basis`), as colour and words; one key for every Sankey. */
export const BASIS_STYLE: Readonly<Record<string, { colour: string; text: string }>> = {
  CAPACITY: { colour: '#4a6fa5', text: 'published plant capacity' },
  PARAMETER: { colour: '#d08a00', text: 'estimate: capacity × a parameter' },
  FLOW: { colour: '#2e7d32', text: 'recorded trade flow' },
};

const unitOf = (material: string, units: ReadonlyMap<string, string>) =>
  material === 'battery-input' || material === 'black-mass' ? 't' : (units.get(material) ?? 't');

/**
 * The black-mass balance as a Sankey (recharts): the API's nodes and links as they are — battery input →
 * pre-treatment → black mass → hydrometallurgy, export or no recorded destination → recovered metal — each link
 * coloured by what its figure rests on. Nothing is added or balanced here.
 */
export function BalanceSankey({
  label,
  nodes,
  links,
  units,
  width,
}: {
  label: string;
  nodes: readonly BalanceNode[];
  links: readonly BalanceLink[];
  units: ReadonlyMap<string, string>;
  width: number;
}) {
  const drawn = links.filter((l) => l.value > 0);
  const used = nodes.filter((n) => drawn.some((l) => l.source === n.id || l.target === n.id));
  const index = new Map(used.map((n, i) => [n.id, i]));
  const data = {
    // Node labels carry no totals: a node's sum of links is the chart's, not a figure of the API (see the table).
    nodes: used.map((n) => ({ name: n.label, kind: n.kind })),
    links: drawn.map((l) => ({
      source: index.get(l.source) ?? 0,
      target: index.get(l.target) ?? 0,
      value: l.value,
      basis: l.basis,
      unit: unitOf(l.material, units),
    })),
  };
  const height = Math.max(260, used.length * 34);
  const renderNode = (props: NodeProps) => {
    const { x, y, width: w, height: h, payload } = props;
    const isRight = x > width / 2;
    return (
      <g>
        <rect x={x} y={y} width={w} height={Math.max(h, 1)} fill={CHART_MUTED} />
        <text
          x={isRight ? x - 6 : x + w + 6}
          y={y + h / 2}
          textAnchor={isRight ? 'end' : 'start'}
          dominantBaseline="middle"
          fontSize={11}
          fill={CHART_INK}
        >
          {String(payload.name)}
        </text>
      </g>
    );
  };
  const renderLink = (props: LinkProps) => {
    const { sourceX, targetX, sourceY, targetY, sourceControlX, targetControlX, linkWidth, payload } = props;
    const basis = String((payload as unknown as { basis: string }).basis);
    return (
      <path
        d={`M${sourceX},${sourceY}C${sourceControlX},${sourceY} ${targetControlX},${targetY} ${targetX},${targetY}`}
        fill="none"
        stroke={BASIS_STYLE[basis]?.colour ?? CHART_MUTED}
        strokeOpacity={0.45}
        strokeWidth={Math.max(linkWidth, 1)}
        data-basis={basis}
      />
    );
  };
  return (
    <figure className="chart" aria-label={label}>
      <Sankey
        width={width}
        height={height}
        data={data}
        nodePadding={18}
        nodeWidth={10}
        margin={{ left: 4, right: 4, top: 8, bottom: 8 }}
        node={renderNode}
        link={renderLink}
        iterations={64}
      >
        <Tooltip
          formatter={(value, _name, item) => {
            const link = (item as { payload?: { payload?: { unit?: string; basis?: string } } }).payload?.payload;
            return [
              `${quantity(Number(value), link?.unit ?? 't')}${link?.basis ? ` (${BASIS_STYLE[link.basis]?.text ?? link.basis})` : ''}`,
              '',
            ];
          }}
        />
      </Sankey>
      <figcaption>
        <ul className="basis-key" aria-label="Link key">
          {Object.entries(BASIS_STYLE).map(([basis, style]) => (
            <li key={basis}>
              <i style={{ background: style.colour }} aria-hidden="true" /> {style.text}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
