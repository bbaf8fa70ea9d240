import { EVALUATED_KINDS } from '../../analytics/targets.js';
import type { TargetKind } from '../../dataset/types.js';
import type { TargetEvaluationRecord } from '../targets/targets.service.js';
import {
  countryName,
  percentText,
  type ReportColumn,
  type ReportDefinition,
  type ReportInput,
  type ReportRow,
} from './report.js';

const STAGE_LABEL: Readonly<Record<string, string>> = {
  EXTRACTION: 'Extraction',
  REFINING: 'Refining',
  COMPONENT: 'Component',
  CELL: 'Cell',
  RECYCLING: 'Recycling',
};

/** The columns the target reports share (Q27 and the Battery Booster tracker), by key. */
export const TARGET_COLUMNS = {
  material: { key: 'material', label: 'Raw material', type: 'TEXT' },
  stage: { key: 'stage', label: 'Stage', type: 'TEXT' },
  baselineYear: { key: 'baselineYear', label: 'Baseline year', type: 'YEAR' },
  dominant: { key: 'dominant', label: 'Top third country', type: 'TEXT' },
  baselineShare: { key: 'baselineShare', label: 'Baseline share', type: 'SHARE' },
  targetYear: { key: 'targetYear', label: 'Target year', type: 'YEAR' },
  projectedShare: { key: 'projectedShare', label: 'Projected share', type: 'SHARE' },
  reduction: { key: 'reduction', label: 'Reduction', type: 'SHARE' },
  status: { key: 'status', label: 'Status', type: 'TEXT' },
  reason: { key: 'reason', label: 'Why no baseline', type: 'TEXT' },
  projects: { key: 'projects', label: 'Projects that move it', type: 'TEXT' },
  missing: { key: 'missing', label: 'Still missing by the target year', type: 'TEXT' },
} as const satisfies Record<string, ReportColumn>;

/** A quantity as the web writes it (grouped; whole units from 100 on) with its unit. */
function amount(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 1 ? 1 : 2;
  return `${value.toLocaleString('en-GB', { maximumFractionDigits: digits })} ${unit}`;
}

/**
 * What an evaluated target still lacks by its target year, in the figures that apply to its kind (the evaluator's
 * gaps, none recomputed): −30/−50 % gaps for a reduction target, the gap to the maximum for a maximum-share target
 * (and the dominant country's unreplaced fall), the gap to the minimum for a minimum-share target.
 */
export function missingText(e: TargetEvaluationRecord, dominant: string | null): string | null {
  const u = e.unit;
  switch (e.target.kind) {
    case 'SINGLE_COUNTRY_REDUCTION':
      if (e.gapTo30 === null || e.gapTo50 === null) return null;
      if (e.gapTo50 === 0) return 'nothing: the −50 % reduction is reached';
      return e.gapTo30 === 0
        ? `−30 % reached; ${amount(e.gapTo50, u)} more from other countries for −50 %`
        : `${amount(e.gapTo30, u)} more from other countries for −30 %, ${amount(e.gapTo50, u)} for −50 %`;
    case 'MAX_SINGLE_COUNTRY_SHARE': {
      if (e.gapToMax === null || e.cutToMax === null) return null;
      const max = percentText(e.target.share ?? 0.65);
      if (e.gapToMax === 0) return `nothing: within the ${max} maximum`;
      return `${amount(e.gapToMax, u)} more from other countries to reach ${max} at the same demand (or ${dominant ?? 'the dominant country'} ${amount(e.cutToMax, u)} less, unreplaced)`;
    }
    case 'MIN_DOMESTIC_SHARE':
    case 'RECYCLED_CONTENT':
      if (e.gap === null) return null;
      return e.gap === 0
        ? 'nothing: the minimum is reached'
        : `${amount(e.gap, u)} more to reach the ${percentText(e.minimum ?? e.target.share ?? 0)} minimum`;
    case 'RECOVERY_RATE':
      return null;
  }
}

/** A target's status in words (the evaluation's own code, spelled out). */
export function statusLabel(status: string): string {
  const labels: Record<string, string> = {
    MET_50: 'Met: −50 % or more',
    MET: 'Met: minimum share reached',
    BELOW: 'Below the minimum share',
    MET_30: 'Met: −30 % or more',
    OFF_TRACK: 'Off track',
    WITHIN_MAX: 'Within the maximum share',
    ABOVE_MAX: 'Above the maximum share',
    NO_BASELINE: 'No baseline',
    NO_THIRD_COUNTRY: 'No baseline',
  };
  return labels[status] ?? status;
}

/** What a target asks for, in words. */
export function targetText(t: {
  kind: TargetKind;
  share?: number;
  reductionMin?: number;
  reductionMax?: number;
  targetYear: number;
  baselineYear?: number;
}): string {
  switch (t.kind) {
    case 'SINGLE_COUNTRY_REDUCTION':
      return `cut the top third country's share by ${percentText(t.reductionMin ?? 0.3)}–${percentText(t.reductionMax ?? 0.5)} by ${t.targetYear}${t.baselineYear ? ` (from ${t.baselineYear})` : ''}`;
    case 'MAX_SINGLE_COUNTRY_SHARE':
      return `at most ${percentText(t.share ?? 0.65)} from one third country by ${t.targetYear}`;
    case 'MIN_DOMESTIC_SHARE':
      return `at least ${percentText(t.share ?? 0)} of EU consumption from EU capacity by ${t.targetYear}`;
    case 'RECYCLED_CONTENT':
      return `at least ${percentText(t.share ?? 0)} recycled content in new batteries from ${t.targetYear}`;
    case 'RECOVERY_RATE':
      return `recover at least ${percentText(t.share ?? 0)} of the metal from waste batteries by end of ${t.targetYear}`;
  }
}

/** The projects that move a target most, in words: name (status, country), contribution in percentage points. */
export function projectsText(e: TargetEvaluationRecord, limit = 5): string {
  const moving = e.contributions.filter((c) => c.contribution > 0 || c.capacity > 0);
  // A minimum-share target's projects raise the share; a reduction target's lower the dominant country's.
  const sign = e.target.kind === 'MIN_DOMESTIC_SHARE' ? '+' : '−';
  const shown = moving
    .slice(0, limit)
    .map(
      (c) =>
        `${c.facility.name} (${c.status.replace(/_/g, ' ').toLowerCase()}, ${c.facility.country}): ${sign}${(c.contribution * 100).toFixed(1)} pp`,
    );
  if (moving.length > limit) shown.push(`${moving.length - limit} more`);
  return shown.join('; ');
}

/** The reason an evaluation has no baseline, when it gives one. */
function reasonOf(e: TargetEvaluationRecord): string | null {
  const reason = (e as { reason?: string | null }).reason;
  return reason ?? null;
}

function isNoBaseline(status: string): boolean {
  return status === 'NO_BASELINE' || status === 'NO_THIRD_COUNTRY';
}

/**
 * Q27: the dependency-reduction targets per raw material and stage, with baseline, projection, status and the
 * projects that move them: the targets service's evaluations, laid out as the inquiry asks (by raw material,
 * target, instrument, timeline). Targets the analytics do not evaluate are listed with their text.
 */
export const Q27: ReportDefinition = {
  id: 'Q27',
  title: 'Targets to reduce dependence on critical battery raw materials (2030, 2035)',
  question:
    'Q27: Which concrete targets apply until 2030 and 2035 to reduce dependence on critical battery raw materials (lithium, nickel, cobalt, graphite …), by raw material, target, instrument and timeline?',
  parameters: ['scope'],
  defaultScope: 'EU',
  async build({ projection: p, args, targets, scenario }: ReportInput) {
    const evaluations = await targets.evaluations({ scope: args.scope }, scenario);
    const byId = new Map(
      evaluations.filter((e) => EVALUATED_KINDS.includes(e.target.kind)).map((e) => [e.target.id, e]),
    );
    const sourceTitle = new Map(p.dataset.sources.map((s) => [s.id, s.title]));
    const materialName = new Map(p.dataset.materials.map((m) => [m.id, m.name]));
    const sources = new Set<string>();
    const footnotes: string[] = [];
    const listed = p.dataset.targets
      .filter(
        (t) =>
          t.scope === args.scope &&
          t.kind !== 'RECYCLED_CONTENT' &&
          t.kind !== 'RECOVERY_RATE' &&
          materialName.has(t.material) &&
          t.material !== 'cells' &&
          t.material !== 'black-mass',
      )
      .sort(
        (a, b) =>
          a.material.localeCompare(b.material) ||
          (a.stage ?? '').localeCompare(b.stage ?? '') ||
          a.targetYear - b.targetYear ||
          a.id.localeCompare(b.id),
      );
    const rows: ReportRow[] = listed.map((t) => {
      const e = byId.get(t.id);
      for (const s of t.sources) sources.add(s);
      for (const s of e?.sources ?? []) sources.add(s.id);
      const noBaseline = e ? isNoBaseline(e.status) : false;
      return {
        material: materialName.get(t.material) ?? t.material,
        stage: t.stage ? (STAGE_LABEL[t.stage] ?? t.stage) : null,
        target: targetText(t),
        instrument: t.sources.map((s) => sourceTitle.get(s) ?? s)[0] ?? null,
        targetYear: t.targetYear,
        baselineYear: e ? e.baselineYear : null,
        dominant: e && e.dominant && !noBaseline ? countryName(p, e.dominant) : null,
        baselineShare: e && !noBaseline ? e.baselineShare : null,
        projectedShare: e && !noBaseline ? e.projectedShare : null,
        reduction: e && !noBaseline && t.kind === 'SINGLE_COUNTRY_REDUCTION' ? e.reduction : null,
        status: e ? statusLabel(e.status) : 'Not evaluated',
        reason: e ? (noBaseline ? (reasonOf(e) ?? 'The baseline cannot be known from the data.') : null) : null,
        projects: e && !noBaseline ? projectsText(e) || 'none recorded' : null,
        missing: e && !noBaseline ? missingText(e, e.dominant ? countryName(p, e.dominant) : null) : null,
      };
    });
    if (rows.length === 0)
      footnotes.push(
        `No raw-material targets are recorded for scope ${args.scope}; the EU targets (scope EU) apply to Germany as a member state.`,
      );
    if (listed.some((t) => !byId.has(t.id)))
      footnotes.push(
        'Minimum domestic-share targets (CRMA benchmarks: 10 % extraction, 40 % processing, 25 % recycling of EU consumption) are listed with their text only: EU consumption per raw material is not in the data, so they are not evaluated.',
      );
    if (evaluations.some((e) => isNoBaseline(e.status)))
      footnotes.push(
        'No baseline: the figure cannot be known from the data (the reason column says why: no supply recorded, no or incomplete import flows into the scope, no domestic production recorded), so no share is computed — this is not 0 %.',
      );
    footnotes.push(
      'Baseline and projection as in the target tracker: location basis, projects weighted by status (operating 1, ramp-up 1, under construction 0.75, planned 0.25, paused, stopped and cancelled 0); a project’s figure is how many percentage points the projected share would rise without it.',
    );
    return {
      columns: [
        TARGET_COLUMNS.material,
        TARGET_COLUMNS.stage,
        { key: 'target', label: 'Target', type: 'TEXT' },
        { key: 'instrument', label: 'Instrument', type: 'TEXT' },
        TARGET_COLUMNS.targetYear,
        TARGET_COLUMNS.baselineYear,
        TARGET_COLUMNS.dominant,
        TARGET_COLUMNS.baselineShare,
        TARGET_COLUMNS.projectedShare,
        TARGET_COLUMNS.reduction,
        TARGET_COLUMNS.status,
        TARGET_COLUMNS.reason,
        TARGET_COLUMNS.projects,
        TARGET_COLUMNS.missing,
      ],
      rows,
      footnotes,
      sources,
    };
  },
};
