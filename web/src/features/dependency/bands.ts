import { CRMA_BENCHMARK, percent } from '../../lib/format';

export type Band = 'empty' | 'low' | 'mid' | 'high';

/** Below this top-third-country share a cell is green; from it up to the benchmark, amber. */
export const WATCH_SHARE = 0.5;

/**
 * A matrix cell's colour band against the CRMA benchmark: `high` at or above 65 % from one third country,
 * `mid` from 50 %, `low` below, `empty` when the scope has no supply recorded (or none from outside it).
 */
export function dependencyBand(total: number, topThirdShare: number | null | undefined): Band {
  if (total <= 0 || topThirdShare === null || topThirdShare === undefined) return 'empty';
  if (topThirdShare >= CRMA_BENCHMARK) return 'high';
  if (topThirdShare >= WATCH_SHARE) return 'mid';
  return 'low';
}

/** Plain-language reading of a band, for the cell's accessible name and the key. */
export const BAND_TEXT: Readonly<Record<Band, string>> = {
  empty: 'no supply recorded',
  low: 'below 50 %',
  mid: '50–65 %, near the benchmark',
  high: 'at or above the 65 % benchmark',
};

/** Cells with at least this share from statistics carry no coverage note (small stand-ins are noise there). */
export const COVERAGE_NOTED_BELOW = 0.9;

/**
 * How much of a cell rests on plant capacity standing in for a missing statistic (SPEC 4.1 `coverage`): a share
 * computed from a few plants reads very differently from one computed from national statistics.
 */
export function coverageNote(total: number, coverage: number): string {
  if (total <= 0 || coverage >= COVERAGE_NOTED_BELOW) return '';
  return coverage <= 0.005 ? 'plants only' : `${percent(coverage, 0)} statistics`;
}
