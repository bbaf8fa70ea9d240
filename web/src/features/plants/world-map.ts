import { numericToAlpha2 } from 'i18n-iso-countries';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** A country's outline, keyed by its ISO 3166 alpha-2 code (null where Natural Earth has no code, e.g. Kosovo). */
export type CountryShape = Feature<Geometry, { name: string; iso2: string | null }>;

let cached: Promise<CountryShape[]> | null = null;

/**
 * The world's country outlines, from the `world-atlas` npm package (Natural Earth 1:50m, TopoJSON) bundled with the
 * app and loaded only when the map is shown: no tile server, nothing fetched from the internet.
 */
export function loadCountryShapes(): Promise<CountryShape[]> {
  cached ??= import('world-atlas/countries-50m.json').then((module) => {
    const topology = (module.default ?? module) as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
    return collection.features.map((f) => ({
      ...f,
      properties: {
        name: f.properties.name,
        iso2: f.id === undefined ? null : (numericToAlpha2(String(f.id)) ?? null),
      },
    }));
  });
  return cached;
}
