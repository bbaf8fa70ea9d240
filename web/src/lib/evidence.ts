import { percent } from './format';

/** What a dependency figure rests on (SPEC 4.1 `evidence`), as the API reports it. */
export type EvidenceLevel = 'STATISTICS' | 'MIXED' | 'REGISTER' | 'NONE';

/** The parts of a `Dependency` that say what its numbers rest on. Every field comes from the API as is. */
export interface FigureBasis {
  evidence: EvidenceLevel;
  /** null for GLOBAL; for a region or country, whether any flow into the scope is recorded. */
  importsRecorded?: boolean | null;
  /** false when the third-country dependency cannot be known (no data, or a regional scope without imports). */
  thirdCountryKnown: boolean;
  /** Share of the total from statistics and flows rather than plant capacity, 0–1. */
  coverage: number;
  /** The plants whose capacity stood in for a missing statistic (only their number is read here). */
  standIns: readonly unknown[];
  /** What the data knowingly lacks for this figure. */
  gaps: readonly { id: string }[];
  topThirdCountry?: { origin: string; share: number } | null;
  /**
   * CONTROL basis only: the share of the total followed to recorded owners (null on LOCATION); the rest is counted in
   * the country it was produced in.
   */
  ownershipCoverage?: number | null;
}

/** The words the app uses for a figure that is not there; one wording everywhere (matrix, detail, targets, CSV). */
export const NO_DATA = 'no data';
export const IMPORTS_NOT_RECORDED = 'imports not recorded';
export const THIRD_COUNTRY_UNKNOWN = 'third-country share unknown';
export const IMPORTS_NOT_RECORDED_LONG = `${IMPORTS_NOT_RECORDED} — ${THIRD_COUNTRY_UNKNOWN}`;
/** Imports are recorded, but a gap says they miss a material part (e.g. one trade code of several). */
export const IMPORTS_INCOMPLETE = 'imports incomplete';
export const IMPORTS_INCOMPLETE_LONG = `${IMPORTS_INCOMPLETE} — ${THIRD_COUNTRY_UNKNOWN}`;

/** "1 plant", "53 plants". */
export function plants(count: number): string {
  return `${count} plant${count === 1 ? '' : 's'}`;
}

/** "1 gap in the data", "3 gaps in the data". */
export function gapCount(count: number): string {
  return `${count} gap${count === 1 ? '' : 's'} in the data`;
}

/**
 * How a figure's evidence reads, or '' when it rests on statistics: a REGISTER figure is a plant-register
 * estimate (with how many plants stood in), a MIXED one says how much came from statistics.
 */
export function evidenceNote(basis: Pick<FigureBasis, 'evidence' | 'coverage' | 'standIns'>): string {
  switch (basis.evidence) {
    case 'STATISTICS':
      return '';
    case 'NONE':
      return NO_DATA;
    case 'REGISTER':
      return `plant-register estimate, ${plants(basis.standIns.length)}`;
    case 'MIXED':
      return `${percent(basis.coverage, 0)} statistics, ${plants(basis.standIns.length)} standing in`;
  }
}

/** A CONTROL figure none of which rests on recorded ownership: it is the LOCATION figure. */
export const NO_OWNERS_RECORDED = 'no owners recorded: counted where produced';

/**
 * What a CONTROL figure's origins rest on, or '' when every part follows recorded owners (or on LOCATION): "no owners
 * recorded: counted where produced" when none does — the figure is then the LOCATION one, not who owns the
 * producers — else "owners recorded for 25 %".
 */
export function ownershipNote(basis: Pick<FigureBasis, 'evidence' | 'ownershipCoverage'>): string {
  const c = basis.ownershipCoverage;
  if (c == null || c >= 1 || basis.evidence === 'NONE') return '';
  return c === 0 ? NO_OWNERS_RECORDED : `owners recorded for ${percent(c, 0)}`;
}

/** The state of a figure's top third-country share: a number, no data at all, or not knowable. */
export type TopThirdCountryReading =
  | { kind: 'share'; origin: string; share: number }
  | { kind: 'no-data' }
  /** `incomplete`: imports are recorded but known to miss a part; `no-imports`: none recorded. */
  | { kind: 'unknown'; why: 'no-imports' | 'incomplete' }
  | { kind: 'none-named' };

/**
 * Reads the top third country of a figure without ever turning a gap into an answer: NONE is "no data" (never
 * 0 %), a regional scope without imports is "unknown" (never "no third-country supply").
 */
export function readTopThirdCountry(
  basis: Pick<FigureBasis, 'evidence' | 'thirdCountryKnown' | 'topThirdCountry' | 'importsRecorded'>,
): TopThirdCountryReading {
  if (basis.evidence === 'NONE') return { kind: 'no-data' };
  if (!basis.thirdCountryKnown)
    return { kind: 'unknown', why: basis.importsRecorded === false ? 'no-imports' : 'incomplete' };
  if (!basis.topThirdCountry) return { kind: 'none-named' };
  return { kind: 'share', origin: basis.topThirdCountry.origin, share: basis.topThirdCountry.share };
}

/** The top third-country reading as one line of text: "China 75.0 %", "no data", "imports not recorded — …". */
export function topThirdCountryText(reading: TopThirdCountryReading, name: (id: string) => string): string {
  switch (reading.kind) {
    case 'share':
      return `${name(reading.origin)} ${percent(reading.share)}`;
    case 'no-data':
      return NO_DATA;
    case 'unknown':
      return reading.why === 'incomplete' ? IMPORTS_INCOMPLETE_LONG : IMPORTS_NOT_RECORDED_LONG;
    case 'none-named':
      return 'no third country named';
  }
}
