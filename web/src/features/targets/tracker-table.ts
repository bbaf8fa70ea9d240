import type { TargetEvaluationsQuery } from '../../gql/graphql';
import { humanize } from '../../lib/format';
import type { TableColumn, TableRow } from '../reports/table-format';

export type Evaluation = TargetEvaluationsQuery['targetEvaluations'][number];
export type PipelineProject = Evaluation['pipeline'][number];

/** How each status of an evaluation reads on screen and in the CSV. */
export const STATUS_TEXT: Readonly<Record<string, string>> = {
  MET_50: 'Met: −50 % or more',
  MET_30: 'Met: −30 % or more',
  OFF_TRACK: 'Off track',
  WITHIN_MAX: 'Within the maximum share',
  ABOVE_MAX: 'Above the maximum share',
  MET: 'Met: at or above the minimum',
  BELOW: 'Below the minimum',
  NO_BASELINE: 'No baseline: cannot be evaluated',
};

/** Target kinds measured on the scope's own share (domestic production, recycled content, recovery). */
const OWN_SHARE_KINDS: ReadonlySet<string> = new Set(['MIN_DOMESTIC_SHARE', 'RECYCLED_CONTENT', 'RECOVERY_RATE']);

/**
 * Whether an evaluation measures the scope's own share (minimum domestic share, recycled content, recovery rate)
 * rather than a third country's: then there is no dominant country, no reduction and no −30/−50 % gaps, but a
 * minimum (the target's `share`).
 */
export function isOwnShare(e: { target: { kind: string } }): boolean {
  return OWN_SHARE_KINDS.has(e.target.kind);
}

/** Whether an evaluation checks a maximum single-third-country share (CRMA 65 %): no reduction, no −30/−50 % gaps. */
export function isMaxShare(e: { target: { kind: string } }): boolean {
  return e.target.kind === 'MAX_SINGLE_COUNTRY_SHARE';
}

/** The maximum share a MAX_SINGLE_COUNTRY_SHARE target allows (its `share`), else null. */
export function maximumOf(e: Evaluation): number | null {
  return isMaxShare(e) ? (e.target.share ?? null) : null;
}

/** Whether a reduction (1 − P/B) and the −30/−50 % gaps apply: single-country reduction targets only. */
export function isReduction(e: { target: { kind: string } }): boolean {
  return e.target.kind === 'SINGLE_COUNTRY_REDUCTION';
}

/** The minimum share an own-share target asks for (its `share`), else null. */
export function minimumOf(e: Evaluation): number | null {
  return isOwnShare(e) ? (e.target.share ?? null) : null;
}

/** What the share of an evaluation is a share of. */
export function shareMeasured(e: Evaluation): string {
  if (e.target.kind === 'RECYCLED_CONTENT') return "recycled content of the scope's cells";
  if (e.target.kind === 'RECOVERY_RATE') return 'metal recovered from waste batteries';
  if (isOwnShare(e)) return 'produced in the scope';
  return 'top third country';
}

/** The tracker table: one row per target, the figures as the API gives them (none for a target without a baseline). */
export const TRACKER_COLUMNS: readonly TableColumn[] = [
  { key: 'target', label: 'Target', type: 'TEXT' },
  { key: 'material', label: 'Material', type: 'TEXT' },
  { key: 'stage', label: 'Stage', type: 'TEXT' },
  { key: 'scope', label: 'Scope', type: 'TEXT' },
  { key: 'baselineYear', label: 'Baseline year', type: 'YEAR' },
  { key: 'targetYear', label: 'Projected to', type: 'YEAR' },
  // The status before the figures: at 1024 px it is in view beside the dashes of a target without a baseline.
  { key: 'status', label: 'Status', type: 'TEXT' },
  { key: 'dominant', label: 'Dominant third country', type: 'TEXT' },
  { key: 'baselineShare', label: 'Baseline share', type: 'SHARE' },
  { key: 'projectedShare', label: 'Projected share', type: 'SHARE' },
  { key: 'reduction', label: 'Reduction', type: 'SHARE' },
  { key: 'gapTo30', label: 'Gap to −30 %', type: 'NUMBER' },
  { key: 'gapTo50', label: 'Gap to −50 %', type: 'NUMBER' },
  { key: 'maximum', label: 'Maximum', type: 'SHARE' },
  { key: 'gapToMax', label: 'Gap to the maximum (others add)', type: 'NUMBER' },
  { key: 'cutToMax', label: 'Or the dominant country’s fall, unreplaced', type: 'NUMBER' },
  { key: 'minimum', label: 'Minimum', type: 'SHARE' },
  { key: 'gap', label: 'Gap to the minimum', type: 'NUMBER' },
  { key: 'measured', label: 'Share of', type: 'TEXT' },
  { key: 'unit', label: 'Unit', type: 'TEXT' },
  { key: 'projects', label: 'Projects', type: 'NUMBER' },
  { key: 'note', label: 'Note', type: 'TEXT' },
];

/** The note of a row: why there is no baseline, or that the share is floored at 0. */
export function evaluationNote(e: Evaluation): string | null {
  if (e.status === 'NO_BASELINE') return e.reason ?? 'The API gave no reason.';
  if (e.floored)
    return 'Non-dominant supply covers the whole demand: the projected share is 0 and higher weights cannot lower it.';
  return null;
}

/** One row per evaluation. Figures of a target without a baseline stay empty, never 0. */
export function trackerRows(evaluations: readonly Evaluation[], names: ReadonlyMap<string, string>): TableRow[] {
  return evaluations.map((e) => {
    const known = e.status !== 'NO_BASELINE';
    // Each kind shows only its own figures: a reduction and −30/−50 % gaps for reduction targets, the maximum and
    // the gap to it for maximum-share targets, the minimum and the gap to it for own-share targets.
    const reduction = known && isReduction(e);
    const max = known && isMaxShare(e);
    return {
      target: e.target.name ?? e.target.id,
      material: e.target.material.name,
      stage: e.target.stage ? humanize(e.target.stage) : null,
      scope: names.get(e.target.scope) ?? e.target.scope,
      baselineYear: e.baselineYear,
      targetYear: e.targetYear,
      measured: shareMeasured(e),
      dominant: known && e.dominant ? (names.get(e.dominant) ?? e.dominant) : null,
      baselineShare: known ? e.baselineShare : null,
      projectedShare: known ? e.projectedShare : null,
      reduction: reduction ? e.reduction : null,
      status: STATUS_TEXT[e.status] ?? e.status,
      gapTo30: reduction ? e.gapTo30 : null,
      gapTo50: reduction ? e.gapTo50 : null,
      maximum: maximumOf(e),
      gapToMax: max ? (e.gapToMax ?? null) : null,
      cutToMax: max ? (e.cutToMax ?? null) : null,
      minimum: minimumOf(e),
      gap: known && isOwnShare(e) ? (e.gap ?? null) : null,
      unit: e.unit,
      projects: e.pipeline.length,
      note: evaluationNote(e),
    };
  });
}

/** The projects table of a target card (and its CSV): every project of the pipeline and what it adds. */
export function projectColumns(e: Evaluation): TableColumn[] {
  return [
    { key: 'project', label: 'Project', type: 'TEXT' },
    { key: 'country', label: 'Country', type: 'TEXT' },
    { key: 'status', label: 'Status', type: 'STATUS' },
    { key: 'weight', label: 'Weight', type: 'NUMBER' },
    { key: 'capacity', label: `Capacity ${e.targetYear}`, unit: e.unit, type: 'NUMBER' },
    { key: 'baselineSupply', label: `Supplied ${e.baselineYear}`, unit: e.unit, type: 'NUMBER' },
    { key: 'adds', label: 'Counts (weight × increase)', unit: e.unit, type: 'NUMBER' },
    { key: 'contribution', label: 'Effect on the projected share', type: 'TEXT' },
  ];
}

/** "−7.5 pp", or why there is no such figure. */
export function contributionText(e: Evaluation, facility: string): string {
  if (e.status === 'NO_BASELINE') return 'unknown: no baseline';
  const c = e.contributions.find((x) => x.facility.id === facility);
  if (!c) return 'unknown';
  const pp = c.contribution >= 0.0005 ? `${(c.contribution * 100).toFixed(1)} pp` : '0.0 pp';
  // An own-share target's project raises the share (+); a third-country one's lowers it (−).
  return pp === '0.0 pp' ? pp : isOwnShare(e) ? `+${pp}` : `−${pp}`;
}

export function projectRows(e: Evaluation, names: ReadonlyMap<string, string>): TableRow[] {
  return e.pipeline.map((x) => ({
    project: x.viaFlow
      ? `${x.facility.name} (via its flow into the scope)`
      : x.basis === 'PARAMETER'
        ? `${x.facility.name} (recovered metal estimated from parameters: ${x.parameters.join('; ')})`
        : x.facility.name,
    country: names.get(x.facility.country.id) ?? x.facility.country.id,
    status: x.status,
    weight: x.weight.toFixed(2),
    capacity: x.capacity,
    baselineSupply: x.baselineSupply,
    adds: x.adds,
    contribution: contributionText(e, x.facility.id),
  }));
}

/** Every card's projects in one table (for the projects CSV): the target first, then the card's columns. */
export function allProjectRows(
  evaluations: readonly Evaluation[],
  names: ReadonlyMap<string, string>,
): { columns: TableColumn[]; rows: TableRow[] } {
  const columns: TableColumn[] = [
    { key: 'target', label: 'Target', type: 'TEXT' },
    { key: 'project', label: 'Project', type: 'TEXT' },
    { key: 'country', label: 'Country', type: 'TEXT' },
    { key: 'status', label: 'Status', type: 'STATUS' },
    { key: 'weight', label: 'Weight', type: 'NUMBER' },
    { key: 'targetYear', label: 'Projected to', type: 'YEAR' },
    { key: 'capacity', label: 'Capacity in that year', type: 'NUMBER' },
    { key: 'baselineYear', label: 'Baseline year', type: 'YEAR' },
    { key: 'baselineSupply', label: 'Supplied in the baseline year', type: 'NUMBER' },
    { key: 'adds', label: 'Counts (weight × increase)', type: 'NUMBER' },
    { key: 'unit', label: 'Unit', type: 'TEXT' },
    { key: 'contribution', label: 'Effect on the projected share', type: 'TEXT' },
  ];
  const rows = evaluations.flatMap((e) =>
    projectRows(e, names).map((r) => ({
      ...r,
      target: e.target.name ?? e.target.id,
      targetYear: e.targetYear,
      baselineYear: e.baselineYear,
      unit: e.unit,
    })),
  );
  return { columns, rows };
}

/** Which projects each status weight acts on, across the evaluations shown. */
export function projectsByStatus(
  evaluations: readonly Evaluation[],
): Map<string, { evaluation: Evaluation; project: PipelineProject }[]> {
  const by = new Map<string, { evaluation: Evaluation; project: PipelineProject }[]>();
  for (const evaluation of evaluations)
    for (const project of evaluation.pipeline) {
      const list = by.get(project.status) ?? [];
      list.push({ evaluation, project });
      by.set(project.status, list);
    }
  return by;
}
