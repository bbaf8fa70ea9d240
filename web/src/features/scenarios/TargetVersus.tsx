import { percent, quantity } from '../../lib/format';
import { CompareTable, compareRow, type CompareRow } from './CompareTable';
import { signedPoints, signedQuantity } from './difference-format';

/** The API's difference of an evaluation (scenario − baseline); its figures are null where either has no baseline. */
export interface EvaluationDifference {
  baselineShare?: number | null;
  projectedShare?: number | null;
  reduction?: number | null;
  gapTo30?: number | null;
  gapTo50?: number | null;
  gapToMax?: number | null;
  statusChanged: boolean;
  dominantChanged: boolean;
}

/** The figures of one target evaluation that a scenario can move (the API's fields, as they are). */
export interface EvaluationFigures {
  status: string;
  reason?: string | null;
  dominant?: string | null;
  baselineShare: number | null;
  projectedShare: number | null;
  reduction: number | null;
  gapTo30: number | null;
  gapTo50: number | null;
  /** Maximum-share targets only: the supply others must add to reach the maximum (null for the other kinds). */
  gapToMax?: number | null;
  /** Own-share targets only: the supply still missing to reach the minimum. */
  gap?: number | null;
  nonDominant: number | null;
}

/**
 * A target evaluated on the stored data (baseline) beside the same target under the scenario: status, dominant
 * third country, its share in the baseline year, the projected share, and for reduction targets the reduction and
 * the gaps. An evaluation without a baseline (NO_BASELINE) reads "no baseline" in each row, never 0 %.
 */
export function TargetVersus({
  baseline,
  scenario,
  difference,
  kind,
  unit,
  baselineYear,
  targetYear,
  statusText,
  name,
}: {
  baseline: EvaluationFigures;
  scenario: EvaluationFigures;
  /** The API's difference; without it the table has no difference column. */
  difference?: EvaluationDifference | null | undefined;
  kind: string;
  unit: string;
  baselineYear: number;
  targetYear: number;
  statusText: (status: string) => string;
  name: (id: string) => string;
}) {
  const figure = (e: EvaluationFigures, text: (e: EvaluationFigures) => string) =>
    e.status === 'NO_BASELINE' ? 'no baseline' : text(e);
  const row = (label: string, text: (e: EvaluationFigures) => string, change?: (d: EvaluationDifference) => string) =>
    compareRow(
      label,
      figure(baseline, text),
      figure(scenario, text),
      difference ? (change ? change(difference) : '') : undefined,
    );
  if (baseline.status === 'NO_BASELINE' && scenario.status === 'NO_BASELINE')
    return <p className="muted">No baseline on the stored data, nor under the scenario.</p>;
  const isReduction = kind === 'SINGLE_COUNTRY_REDUCTION';
  const isMax = kind === 'MAX_SINGLE_COUNTRY_SHARE';
  // Own-share kinds (minimum domestic share, recycled content, recovery rate) have no dominant third country.
  const isOwn = !isReduction && !isMax;
  const rows: CompareRow[] = [
    compareRow(
      'Status',
      statusText(baseline.status),
      statusText(scenario.status),
      difference ? (difference.statusChanged ? 'changed' : 'unchanged') : undefined,
    ),
    ...(isOwn
      ? []
      : [
          row(
            'Dominant third country',
            (e) => (e.dominant ? name(e.dominant) : '–'),
            (d) => (d.dominantChanged ? 'another country' : 'the same'),
          ),
        ]),
    row(
      isOwn ? `Own share ${baselineYear}` : `Its share ${baselineYear}`,
      (e) => percent(e.baselineShare),
      (d) => signedPoints(d.baselineShare),
    ),
    row(
      `Projected share ${targetYear}`,
      (e) => percent(e.projectedShare),
      (d) => signedPoints(d.projectedShare),
    ),
    ...(isOwn
      ? [row('Gap to the minimum', (e) => quantity(e.gap, unit))]
      : [row(`Non-dominant supply ${targetYear}`, (e) => quantity(e.nonDominant, unit))]),
    ...(isMax
      ? [
          row(
            'Gap to the maximum',
            (e) => quantity(e.gapToMax, unit),
            (d) => signedQuantity(d.gapToMax, unit),
          ),
        ]
      : []),
    ...(isReduction
      ? [
          row(
            'Reduction',
            (e) => percent(e.reduction),
            (d) => signedPoints(d.reduction),
          ),
          row(
            'Gap to −30 %',
            (e) => quantity(e.gapTo30, unit),
            (d) => signedQuantity(d.gapTo30, unit),
          ),
          row(
            'Gap to −50 %',
            (e) => quantity(e.gapTo50, unit),
            (d) => signedQuantity(d.gapTo50, unit),
          ),
        ]
      : []),
  ];
  return (
    <>
      <CompareTable label="Baseline vs scenario" rows={rows} />
      {scenario.status === 'NO_BASELINE' && baseline.status !== 'NO_BASELINE' && (
        <p className="muted">Under the scenario: {scenario.reason ?? 'the API gave no reason.'}</p>
      )}
    </>
  );
}
