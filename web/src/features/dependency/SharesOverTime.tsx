import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import type { XAxisTickContentProps } from 'recharts';
import { ErrorBox, Loading } from '../../components/Status';
import type { DependencySeriesQuery, DependencyComparedFragment, Stage } from '../../gql/graphql';
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
import { NO_FIGURE, signedPoints, signedQuantity } from '../scenarios/difference-format';
import { DependencySeriesDocument } from './queries';

/** Lines drawn: the origins with the largest share in any year where the share can be read (either side). */
const MAX_LINES = 5;

/** The key of an origin's baseline line in a chart row (the scenario's line is keyed by the origin itself). */
const STORED = '|stored';

type Point = DependencyComparedFragment & { year: number };

/** The word under a year whose shares cannot be drawn, or '' when they can. */
function missingWord(reading: TopThirdCountryReading): string {
  if (reading.kind === 'no-data') return NO_DATA;
  if (reading.kind === 'unknown') return reading.why === 'incomplete' ? IMPORTS_INCOMPLETE : IMPORTS_NOT_RECORDED;
  return '';
}

/** Each origin's share per year (0–100), null where the year cannot be read or the year's figure does not name it. */
function sharesOf(d: Point | null | undefined, origins: readonly string[]): Record<string, number | null> {
  const missing = !d || missingWord(readTopThirdCountry(d)) !== '';
  return Object.fromEntries(
    origins.map((origin) => {
      const share = d?.shares.find((s) => s.origin === origin)?.share;
      // An origin the year's figure does not name gets no point (not a drawn 0): the data says nothing of it.
      return [origin, missing || share === undefined ? null : share * 100];
    }),
  );
}

/** The origins with the largest share in any readable year of any of the given series, largest first. */
function leadingOrigins(points: readonly (Point | null | undefined)[]): string[] {
  const peak = new Map<string, number>();
  for (const d of points)
    if (d && missingWord(readTopThirdCountry(d)) === '')
      for (const s of d.shares)
        if (s.origin !== 'UNKNOWN') peak.set(s.origin, Math.max(peak.get(s.origin) ?? 0, s.share));
  return [...peak.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, MAX_LINES)
    .map(([origin]) => origin);
}

/** A year's reading in the table: the top third country, or why there is none. */
function readingText(d: Point | null | undefined, name: (id: string) => string): string {
  return d ? topThirdCountryText(readTopThirdCountry(d), name) : NO_DATA;
}

function totalText(d: Point | null | undefined): string {
  return !d || d.evidence === 'NONE' ? NO_DATA : quantity(d.total, d.unit);
}

function restsOn(d: Point | null | undefined): string {
  return d ? evidenceNote(d) || 'statistics' : NO_DATA;
}

/**
 * Shares over time for one material × stage × scope (LOCATION): the API's `dependencySeries`, one point per year
 * in the data, a line per leading origin against the 65 % benchmark. A year with no data (evidence NONE), or whose
 * third-country share cannot be known (a region without recorded imports, or imports known to be incomplete), has
 * no point and says so under its year — never 0 %. The table below gives every year's reading, total and evidence.
 * With a scenario the stored data's series (the API's `baseline` of each year) is drawn beside the scenario's —
 * dashed, the legend saying which is which — and the table gives both with the API's `difference`.
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
  /** The app-wide scenario: the series is computed under it, beside the stored data's. */
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
    withBaseline: scenario !== null,
  });
  const name = (id: string) => names.get(id) ?? id;
  const series = data?.dependencySeries ?? [];
  const compared = scenario !== null;
  const stored = (d: (typeof series)[number]) => (compared ? d.baseline : undefined);
  const origins = leadingOrigins([...series, ...series.map(stored)]);
  const rows = series.map((d) => {
    const row: Record<string, number | string | null> = { year: String(d.year), ...sharesOf(d, origins) };
    if (compared)
      for (const [origin, share] of Object.entries(sharesOf(d.baseline, origins))) row[origin + STORED] = share;
    return row;
  });
  // The words under each year whose shares cannot be drawn (under the scenario, and on the stored data when they differ).
  const missingByYear = new Map(
    series.map((d) => {
      const own = missingWord(readTopThirdCountry(d));
      const base = compared ? (d.baseline ? missingWord(readTopThirdCountry(d.baseline)) : NO_DATA) : own;
      const words = base === own ? [own] : [own && `scenario: ${own}`, base && `stored: ${base}`];
      return [String(d.year), words.filter(Boolean)];
    }),
  );
  const readings = series
    .map((d) => [
      missingWord(readTopThirdCountry(d)),
      ...(compared ? [d.baseline ? missingWord(readTopThirdCountry(d.baseline)) : NO_DATA] : []),
    ])
    .flat();
  const label = (key: string) =>
    key.endsWith(STORED)
      ? `${name(key.slice(0, -STORED.length))} — stored data`
      : compared
        ? `${name(key)} — scenario`
        : name(key);
  return (
    <section aria-label="Shares over time">
      <h3>Shares over time (location{compared ? ': the stored data and under the scenario' : ''})</h3>
      {error && <ErrorBox error={error} what="the shares over time" />}
      {isLoading && !data && <Loading what="the shares over time" />}
      {data && series.length === 0 && (
        <p>
          <strong>{NO_DATA}</strong>: no year of the data has {name(material).toLowerCase()} at this stage.
        </p>
      )}
      {series.length > 0 && origins.length === 0 && (
        <p role="note" aria-label="No share to draw">
          No year of the data gives a share that can be read for {name(scope)}
          {compared ? ', on the stored data or under the scenario' : ''}: each year is{' '}
          {[...new Set(readings)].join(' or ')}. What is recorded is below.
        </p>
      )}
      {series.length > 0 && (
        <>
          {origins.length > 0 && (
            <figure className="chart" aria-label="Shares over time chart">
              {compared && (
                <figcaption className="muted">
                  Solid lines and filled dots: under the scenario. Dashed lines and hollow dots: the stored data
                  (baseline), in the same colour per country.
                </figcaption>
              )}
              <LineChart
                width={760}
                height={compared ? 300 : 260}
                data={rows}
                margin={{ left: 8, right: 44, top: 16, bottom: 20 }}
              >
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis
                  dataKey="year"
                  interval={0}
                  height={compared ? 52 : 40}
                  tick={(props: XAxisTickContentProps) => {
                    const tick = String(props.payload.value);
                    return (
                      <g transform={`translate(${props.x},${props.y})`}>
                        <text dy={12} textAnchor="middle" fontSize={11} fill={CHART_INK}>
                          {tick}
                        </text>
                        {(missingByYear.get(tick) ?? []).map((word, i) => (
                          <text key={word} dy={26 + 12 * i} textAnchor="middle" fontSize={10} fill={CHART_MUTED}>
                            {word}
                          </text>
                        ))}
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
                <Tooltip formatter={(v, key) => [percent(Number(v) / 100), label(String(key))]} />
                {/* Legend text in ink: a light line colour (e.g. Argentina's) would not be readable as text. */}
                {/* In drawing order (each country's stored data, then its scenario), not sorted by name. */}
                <Legend
                  itemSorter={null}
                  formatter={(key: string) => <span style={{ color: CHART_INK }}>{label(key)}</span>}
                  wrapperStyle={{ fontSize: 12 }}
                />
                <ReferenceLine
                  y={CRMA_BENCHMARK * 100}
                  stroke="#c62828"
                  strokeDasharray="4 3"
                  label={{ value: '65 %', fontSize: 10, position: 'right', fill: CHART_INK }}
                />
                <ReferenceLine x={String(year)} stroke={CHART_MUTED} strokeDasharray="2 2" />
                {origins.flatMap((origin) => [
                  ...(compared
                    ? [
                        <Line
                          key={origin + STORED}
                          dataKey={origin + STORED}
                          name={origin + STORED}
                          stroke={countryColour(origin)}
                          strokeWidth={1.5}
                          strokeDasharray="6 4"
                          dot={{ r: 4, fill: '#ffffff', strokeWidth: 2 }}
                          legendType="plainline"
                          connectNulls={false}
                          isAnimationActive={false}
                        />,
                      ]
                    : []),
                  <Line
                    key={origin}
                    dataKey={origin}
                    name={origin}
                    stroke={countryColour(origin)}
                    strokeWidth={2}
                    // Beside the stored data's hollow dots, the scenario's are filled.
                    dot={compared ? { r: 4, fill: countryColour(origin) } : { r: 3 }}
                    legendType="plainline"
                    connectNulls={false}
                    isAnimationActive={false}
                  />,
                ])}
              </LineChart>
            </figure>
          )}
          {compared ? (
            <ComparedTable series={series} year={year} name={name} />
          ) : (
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
                {series.map((d) => (
                  <tr key={d.year} aria-current={d.year === year ? 'true' : undefined}>
                    <td className="num">{d.year}</td>
                    <td>{readingText(d, name)}</td>
                    <td className="num">{totalText(d)}</td>
                    <td>{restsOn(d)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </section>
  );
}

/** Every year on the stored data beside the scenario, with the API's difference ("no figure" where it has none). */
function ComparedTable({
  series,
  year,
  name,
}: {
  series: DependencySeriesQuery['dependencySeries'];
  year: number;
  name: (id: string) => string;
}) {
  return (
    <table className="data" aria-label="Shares over time table">
      <thead>
        <tr>
          <th rowSpan={2} className="num">
            Year
          </th>
          <th colSpan={3}>Top third country</th>
          <th colSpan={3}>Total</th>
          <th colSpan={2}>What it rests on</th>
        </tr>
        <tr>
          <th>Stored data</th>
          <th>Scenario</th>
          <th className="num">Change</th>
          <th className="num">Stored data</th>
          <th className="num">Scenario</th>
          <th className="num">Change</th>
          <th>Stored data</th>
          <th>Scenario</th>
        </tr>
      </thead>
      <tbody>
        {series.map((d) => (
          <tr key={d.year} aria-current={d.year === year ? 'true' : undefined}>
            <td className="num">{d.year}</td>
            <td>{readingText(d.baseline, name)}</td>
            <td>{readingText(d, name)}</td>
            <td className="num">
              {signedPoints(d.difference?.topThirdCountryShare)}
              {d.difference?.topThirdCountryChanged ? ' (another country)' : ''}
            </td>
            <td className="num">{totalText(d.baseline)}</td>
            <td className="num">{totalText(d)}</td>
            <td className="num">
              {/* Both sides without data: the API's 0 is no change of a figure, there is none to change. */}
              {d.difference && !(d.evidence === 'NONE' && d.baseline?.evidence === 'NONE')
                ? signedQuantity(d.difference.total, d.unit)
                : NO_FIGURE}
            </td>
            <td>{restsOn(d.baseline)}</td>
            <td>{restsOn(d)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
