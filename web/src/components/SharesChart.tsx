import { Bar, BarChart, CartesianGrid, Cell, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { countryColour, regionColour } from '../graph/style';
import { CHART_INK, CHART_MUTED } from '../lib/chart-ink';
import { percent, quantity } from '../lib/format';

export interface ChartShare {
  origin: string;
  share: number;
  value?: number;
}

/**
 * Origin shares as horizontal bars (largest first, at most `max`), coloured like the graph, with the 65 %
 * benchmark as a line. `regions` colours by investor region instead of country. From the keyboard: Tab to the chart,
 * arrow keys move from bar to bar, and the tooltip reads each origin's share and, with `unit`, its quantity.
 */
export function SharesChart({
  shares,
  names,
  width = 520,
  max = 8,
  benchmark,
  isRegions = false,
  label,
  unit,
}: {
  shares: readonly ChartShare[];
  names: ReadonlyMap<string, string>;
  width?: number;
  max?: number;
  benchmark?: number;
  isRegions?: boolean;
  label: string;
  /** The quantities' unit: the tooltip then gives each bar's value beside its share. */
  unit?: string;
}) {
  const rows = shares.slice(0, max).map((s) => ({ ...s, name: names.get(s.origin) ?? s.origin, pct: s.share * 100 }));
  return (
    <figure className="chart" aria-label={label}>
      <BarChart
        width={width}
        height={34 + rows.length * 26}
        data={rows}
        layout="vertical"
        margin={{ left: 8, right: 40, top: 14 }}
        title={`${label}: use the arrow keys to read each bar`}
      >
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[0, 100]}
          tickFormatter={(v: number) => `${v} %`}
          fontSize={11}
          tick={{ fill: CHART_MUTED }}
        />
        <YAxis type="category" dataKey="name" width={130} fontSize={12} interval={0} tick={{ fill: CHART_INK }} />
        <Tooltip
          formatter={(v, _name, item) => {
            const value = (item.payload as { value?: number } | undefined)?.value;
            const share = percent(Number(v) / 100);
            return unit !== undefined && value !== undefined ? `${share} · ${quantity(value, unit)}` : share;
          }}
        />
        {benchmark !== undefined && (
          <ReferenceLine
            x={benchmark * 100}
            stroke="#c62828"
            strokeDasharray="4 3"
            label={{ value: '65 %', fontSize: 10, position: 'top', fill: CHART_INK }}
          />
        )}
        <Bar
          dataKey="pct"
          name="Share"
          isAnimationActive={false}
          label={{
            position: 'right',
            fontSize: 11,
            fill: CHART_INK,
            formatter: (v: unknown) => `${Number(v).toFixed(1)} %`,
          }}
        >
          {rows.map((r) => (
            <Cell key={r.origin} fill={isRegions ? regionColour(r.origin) : countryColour(r.origin)} />
          ))}
        </Bar>
      </BarChart>
    </figure>
  );
}
