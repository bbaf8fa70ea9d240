import { CRMA_BENCHMARK } from '../../lib/format';
import { IMPORTS_NOT_RECORDED_LONG, NO_DATA, readTopThirdCountry, type FigureBasis } from '../../lib/evidence';

/**
 * A matrix cell's band: against the CRMA benchmark when the top third-country share is known, otherwise what is
 * missing — `none` (no supply recorded at all: "no data"), `unknown` (a regional scope without recorded imports:
 * the third-country share cannot be known), `empty` (supply known, but no third country named in it).
 */
export type Band = 'none' | 'unknown' | 'empty' | 'low' | 'mid' | 'high';

/** Below this top-third-country share a cell is green; from it up to the benchmark, amber. */
export const WATCH_SHARE = 0.5;

/** A cell's band from the API's figure (evidence, thirdCountryKnown, topThirdCountry); never computes a share. */
export function dependencyBand(
  basis: Pick<FigureBasis, 'evidence' | 'thirdCountryKnown' | 'topThirdCountry' | 'importsRecorded'>,
): Band {
  const reading = readTopThirdCountry(basis);
  if (reading.kind === 'no-data') return 'none';
  if (reading.kind === 'unknown') return 'unknown';
  if (reading.kind === 'none-named') return 'empty';
  if (reading.share >= CRMA_BENCHMARK) return 'high';
  if (reading.share >= WATCH_SHARE) return 'mid';
  return 'low';
}

/** Plain-language reading of a band, for the cell's accessible name and the key. */
export const BAND_TEXT: Readonly<Record<Band, string>> = {
  none: NO_DATA,
  unknown: IMPORTS_NOT_RECORDED_LONG,
  empty: 'no third country named',
  low: 'below 50 %',
  mid: '50–65 %, near the benchmark',
  high: 'at or above the 65 % benchmark',
};
