import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';
import { ErrorBox, Loading } from '../../components/Status';
import type { Stage } from '../../gql/graphql';
import { countryColour } from '../../graph/style';
import { CHART_INK, CHART_MUTED } from '../../lib/chart-ink';
import {
  IMPORTS_INCOMPLETE,
  IMPORTS_NOT_RECORDED,
  NO_DATA,
  evidenceNote,
  readTopThirdCountry,
  topThirdCountryText,
  type TopThirdCountryReading,
} from '../../lib/evidence';
import { CRMA_BENCHMARK, percent, quantity } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { DependencySeriesDocument } from './queries';

/** Lines drawn: the origins with the largest share in any year where the share can be read. */
const MAX_LINES = 5;

/** The word under a year whose shares cannot be drawn, or '' when they can. */
function missingWord(reading: TopThirdCountryReading): string {
  if (reading.kind === 'no-data') return NO_DATA;
  if (reading.kind === 'unknown') return reading.why === 'incomplete' ? IMPORTS_INCOMPLETE : IMPORTS_NOT_RECORDED;
  return '';
}

/**
 * Shares over time for one material × stage × scope (LOCATION): the API's `dependencySeries`, one point per year
 * in the data, a line per leading origin against the 65 % benchmark. A year with no data (evidence NONE), or whose
 * third-country share cannot be known (a region without recorded imports, or imports known to be incomplete), has
 * no point and says so under its year — never 0 %. The table below gives every year's reading, total and evidence.
 */
export function SharesOverTime({
  material,
  stage,
  scope,
  year,
  names,
  scenario = null,
}: {
  material: string;
  stage: string;
  scope: string;
  /** The app-wide scenario: the series is computed under it (its baseline year is in the table above). */
  scenario?: string | null;
  /** The dashboard's year, marked on the chart. */
  year: number;
  names: ReadonlyMap<string, string>;
}) {
  const { data, error, isLoading } = useQuery(DependencySeriesDocument, {
    material,
    stage: stage as Stage,
    scope,
    scenario,
  });
  const name = (id: string) => names.get(id) ?? id;
  const series = data?.dependencySeries ?? [];
  const readings = series.map((d) => ({ d, reading: readTopThirdCountry(d) }));
  const readable = readings.filter((r) => missingWord(r.reading) === '');
  const peak = new Map<string, number>();
  for (const { d } of readable)
    for (const s of d.shares)
      if (s.origin !== 'UNKNOWN') peak.set(s.origin, Math.max(peak.get(s.origin) ?? 0, s.share));
  const origins = [...peak.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_LINES)
    .map(([origin]) => origin);
  const rows = readings.map(({ d, reading }) => {
    const missing = missingWord(reading);
    const row: Record<string, number | string | null> = { year: String(d.year), missing };
    for (const origin of origins) {
      const share = d.shares.find((s) => s.origin === origin)?.share;
      // An origin the year's figure does not name gets no point (not a drawn 0): the data says nothing of it.
      row[origin] = missing || share === undefined ? null : share * 100;
    }
    return row;
  });
  const missingByYear = new Map(rows.map((r) => [String(r['year']), String(r['missing'])]));
  return (
    <section aria-label="Shares over time">
      <h3>Shares over time (location{scenario ? ', under the scenario' : ''})</h3>
      {error && <ErrorBox error={error} what="the shares over time" />}
      {isLoading && !data && <Loading what="the shares over time" />}
      {data && series.length === 0 && (
        <p>
          <strong>{NO_DATA}</strong>: no year of the data has {name(material).toLowerCase()} at this stage.
        </p>
      )}
      {series.length > 0 && origins.length === 0 && (
        <p role="note" aria-label="No share to draw">
          No year of the data gives a share that can be read for {name(scope)}: each year is{' '}
          {[...new Set(readings.map((r) => missingWord(r.reading)))].join(' or ')}. What is recorded is below.
        </p>
      )}
      {series.length > 0 && (
        <>
          {origins.length > 0 && (
            <figure className="chart" aria-label="Shares over time chart">
              <LineChart width={760} height={260} data={rows} margin={{ left: 8, right: 44, top: 16, bottom: 20 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="year"
                  interval={0}
                  height={40}
                  tick={(props: XAxisTickContentProps) => {
                    const label = String(props.payload.value);
                    return (
                      <g transform={`translate(${props.x},${props.y})`}>
                        <text dy={12} textAnchor="middle" fontSize={11} fill={CHART_INK}>
                          {label}
                        </text>
                        {missingByYear.get(label) && (
                          <text dy={26} textAnchor="middle" fontSize={10} fill={CHART_MUTED}>
                            {missingByYear.get(label)}
                          </text>
                        )}
                      </g>
                    );
                  }}
                />
                <YAxis
                  domain={[0, 100]}
                  tickFormatter={(v: number) => `${v} %`}
                  fontSize={11}
                  tick={{ fill: CHART_MUTED }}
                  width={48}
                />
                <Tooltip formatter={(v, key) => [percent(Number(v) / 100), name(String(key))]} />
                {/* Legend text in ink: a light line colour (e.g. Argentina's) would not be readable as text. */}
                <Legend
                  formatter={(key: string) => <span style={{ color: CHART_INK }}>{name(key)}</span>}
                  wrapperStyle={{ fontSize: 12 }}
                />
                <ReferenceLine
                  y={CRMA_BENCHMARK * 100}
                  stroke="#c62828"
                  strokeDasharray="4 3"
                  label={{ value: '65 %', fontSize: 10, position: 'right', fill: CHART_INK }}
                />
                <ReferenceLine x={String(year)} stroke={CHART_MUTED} strokeDasharray="2 2" />
                {origins.map((origin) => (
                  <Line
                    key={origin}
                    dataKey={origin}
                    name={origin}
                    stroke={countryColour(origin)}
                    strokeWidth={2}
                    dot={{ r: 3 }}
                    connectNulls={false}
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </figure>
          )}
          <table className="data" aria-label="Shares over time table">
            <thead>
              <tr>
                <th className="num">Year</th>
                <th>Top third country</th>
                <th className="num">Total</th>
                <th>What it rests on</th>
              </tr>
            </thead>
            <tbody>
              {readings.map(({ d, reading }) => (
                <tr key={d.year} aria-current={d.year === year ? 'true' : undefined}>
                  <td className="num">{d.year}</td>
                  <td>{topThirdCountryText(reading, name)}</td>
                  <td className="num">{d.evidence === 'NONE' ? NO_DATA : quantity(d.total, d.unit)}</td>
                  <td>{evidenceNote(d) || 'statistics'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
