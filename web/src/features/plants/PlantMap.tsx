import { geoArea, geoCentroid, geoNaturalEarth1, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'react';
import type { TableRow } from '../reports/table-format';
import { statusText } from '../reports/table-format';
import { STATUS_COLOURS, STATUS_ORDER } from './status-colours';
import { loadCountryShapes, type CountryShape } from './world-map';

const WIDTH = 960;
const HEIGHT = 520;
const PAD = 24;
/** The closest the map zooms (d3 scale): about Germany's size across the map. */
const MAX_SCALE = 1800;

interface Dot {
  id: string;
  name: string;
  status: string;
  country: string;
  x: number;
  y: number;
  /** True when the plant has no recorded coordinates and is drawn at its country's centre. */
  isPlaced: boolean;
}

/**
 * The centre a country's plants without a site are drawn around: the centroid of its largest polygon (France's
 * mainland, not a point pulled towards French Guiana and Réunion).
 */
function countryCentre(shape: CountryShape): [number, number] {
  const g = shape.geometry;
  if (g.type !== 'MultiPolygon') return geoCentroid(shape);
  let best = g.coordinates[0];
  let bestArea = -1;
  for (const polygon of g.coordinates) {
    const area = geoArea({ type: 'Polygon', coordinates: polygon });
    if (area > bestArea) {
      bestArea = area;
      best = polygon;
    }
  }
  return best ? geoCentroid({ type: 'Polygon', coordinates: best }) : geoCentroid(shape);
}

/** "Germany: 20 plants — 7 operating, 2 ramp up, …" */
function countryTitle(name: string, rows: readonly TableRow[]): string {
  const byStatus = new Map<string, number>();
  for (const r of rows) byStatus.set(String(r['status']), (byStatus.get(String(r['status'])) ?? 0) + 1);
  const parts = STATUS_ORDER.filter((s) => byStatus.has(s)).map(
    (s) => `${byStatus.get(s)} ${statusText(s).toLowerCase()}`,
  );
  return `${name}: ${rows.length} plant${rows.length === 1 ? '' : 's'} — ${parts.join(', ')}`;
}

/**
 * The plants shown in the tracker on a world map, drawn offline from the bundled Natural Earth outlines: each plant
 * a dot at its recorded site in its status colour (the one status legend above), a plant without coordinates at
 * its country's centre with a dashed ring; countries with plants are shaded and name their counts by status.
 * The map fits the plants shown (Europe for European plants).
 */
export function PlantMap({ rows }: { rows: readonly TableRow[] }) {
  const [shapes, setShapes] = useState<CountryShape[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let isCurrent = true;
    loadCountryShapes().then(
      (s) => isCurrent && setShapes(s),
      (e: unknown) => isCurrent && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      isCurrent = false;
    };
  }, []);

  const drawn = useMemo(() => {
    if (!shapes) return null;
    // Where several shapes share a code, the first (the mainland, in Natural Earth's order) stands for the country.
    const byIso = new Map<string, CountryShape>();
    for (const shape of shapes)
      if (shape.properties.iso2 && !byIso.has(shape.properties.iso2)) byIso.set(shape.properties.iso2, shape);
    const sited = rows.filter((r) => typeof r['lat'] === 'number' && typeof r['lon'] === 'number');
    const points: [number, number][] = sited.map((r) => [r['lon'] as number, r['lat'] as number]);
    for (const r of rows) {
      if (sited.includes(r)) continue;
      const shape = byIso.get(String(r['countryId']));
      if (shape) points.push(countryCentre(shape));
    }
    const projection = geoNaturalEarth1();
    if (points.length > 0)
      projection.fitExtent(
        [
          [PAD, PAD],
          [WIDTH - PAD, HEIGHT - PAD],
        ],
        { type: 'MultiPoint', coordinates: points },
      );
    else
      projection.fitExtent(
        [
          [PAD, PAD],
          [WIDTH - PAD, HEIGHT - PAD],
        ],
        { type: 'Sphere' },
      );
    // One site (or a handful close together) would zoom in to a point: keep at least a country's worth of map
    // around them, centred on them.
    // (All at one spot — one country's plants, none with a site — gives no extent at all: NaN.)
    if (points.length > 0 && !(projection.scale() <= MAX_SCALE)) {
      const centre = geoCentroid({ type: 'MultiPoint', coordinates: points });
      projection.scale(MAX_SCALE).translate([WIDTH / 2, HEIGHT / 2]);
      const [x, y] = projection(centre) ?? [WIDTH / 2, HEIGHT / 2];
      projection.translate([WIDTH - x, HEIGHT - y]);
    }
    const path = geoPath(projection);
    const byCountry = new Map<string, TableRow[]>();
    for (const r of rows) byCountry.set(String(r['countryId']), [...(byCountry.get(String(r['countryId'])) ?? []), r]);
    const dots: Dot[] = [];
    const unplacedByCountry = new Map<string, number>();
    for (const r of rows) {
      const base = {
        id: String(r['id']),
        name: String(r['name']),
        status: String(r['status']),
        country: String(r['country']),
      };
      if (typeof r['lat'] === 'number' && typeof r['lon'] === 'number') {
        const xy = projection([r['lon'], r['lat']]);
        if (xy) dots.push({ ...base, x: xy[0], y: xy[1], isPlaced: false });
        continue;
      }
      const shape = byIso.get(String(r['countryId']));
      const centre = shape ? projection(countryCentre(shape)) : null;
      if (!centre) continue;
      // Plants without a site around their country's centre on a sunflower spiral (golden angle, radius ∝ √k):
      // evenly packed, so none hides another.
      const k = unplacedByCountry.get(String(r['countryId'])) ?? 0;
      unplacedByCountry.set(String(r['countryId']), k + 1);
      const angle = k * 2.39996;
      const radius = 6.5 * Math.sqrt(k);
      dots.push({
        ...base,
        x: centre[0] + radius * Math.cos(angle),
        y: centre[1] + radius * Math.sin(angle),
        isPlaced: true,
      });
    }
    const missing = rows.length - dots.length;
    return { path, byCountry, dots, placed: dots.filter((d) => d.isPlaced).length, missing };
  }, [shapes, rows]);

  if (error) return <p className="state-error">The map could not be drawn: {error}</p>;
  if (!drawn || !shapes) return <p className="muted">Drawing the map…</p>;
  const countries = [...drawn.byCountry.keys()].length;
  return (
    <figure className="plant-map" aria-label="Plant map">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Map of ${rows.length} plants in ${countries} countries, coloured by status`}
      >
        {shapes.map((s, i) => {
          const d = drawn.path(s);
          if (!d) return null;
          const mine = s.properties.iso2 ? drawn.byCountry.get(s.properties.iso2) : undefined;
          return (
            <path
              // Natural Earth has several shapes with one code (Australia and its Coral Sea islands): key by place.
              key={i}
              d={d}
              className={mine ? 'country has-plants' : 'country'}
              data-country={s.properties.iso2 ?? undefined}
              data-plants={mine ? mine.length : undefined}
            >
              <title>{mine ? countryTitle(s.properties.name, mine) : s.properties.name}</title>
            </path>
          );
        })}
        {drawn.dots.map((d) => (
          <circle
            key={d.id}
            cx={d.x}
            cy={d.y}
            r={5}
            fill={STATUS_COLOURS[d.status]?.fill ?? '#999'}
            className={d.isPlaced ? 'plant placed' : 'plant'}
            data-status={d.status}
            data-id={d.id}
          >
            <title>
              {d.name} — {statusText(d.status)}, {d.country}
              {d.isPlaced ? ' (no coordinates recorded: drawn at the country’s centre)' : ''}
            </title>
          </circle>
        ))}
      </svg>
      <figcaption className="muted">
        {rows.length} plants in {countries} countries, coloured by status (legend above). Outlines: Natural Earth 1:50m
        via the world-atlas package.
        {drawn.placed > 0 &&
          ` ${drawn.placed} plant${drawn.placed === 1 ? ' has' : 's have'} no recorded coordinates and ${drawn.placed === 1 ? 'is' : 'are'} drawn at ${drawn.placed === 1 ? 'its' : 'their'} country’s centre (dashed ring).`}
        {drawn.missing > 0 && ` ${drawn.missing} plants could not be placed (no coordinates, country not on the map).`}
      </figcaption>
    </figure>
  );
}
