import { TARGET_COLUMNS, projectsText, statusLabel } from './q27-targets.js';
import { countryName, type ReportDefinition, type ReportRow } from './report.js';

/**
 * The Battery Booster tracker: every single-country reduction target (30–50 % by 2029) with baseline, projected
 * share, reduction, status, the supply still missing for −30 % and −50 %, and the projects that move it — the
 * targets service's evaluations, one row each.
 */
export const BATTERY_BOOSTER: ReportDefinition = {
  id: 'BATTERY_BOOSTER',
  title: 'Battery Booster: single-country dependency −30 to −50 % by 2029',
  question:
    'Battery Booster (Dec 2025): will the projects identified cut the EU’s raw-material dependency on a single country of origin by 30 % to 50 % by 2029?',
  parameters: ['scope'],
  defaultScope: 'EU',
  async build({ projection: p, args, targets, scenario }) {
    const evaluations = (await targets.evaluations({ scope: args.scope }, scenario)).filter(
      (e) => e.target.kind === 'SINGLE_COUNTRY_REDUCTION',
    );
    const materialName = new Map(p.dataset.materials.map((m) => [m.id, m.name]));
    const sources = new Set<string>();
    const rows: ReportRow[] = evaluations.map((e) => {
      for (const s of e.sources) sources.add(s.id);
      for (const s of e.target.sources) sources.add(s);
      const status: string = e.status;
      const known = status !== 'NO_BASELINE' && status !== 'NO_THIRD_COUNTRY';
      return {
        material: materialName.get(e.target.material) ?? e.target.material,
        stage: e.target.stage ? e.target.stage.charAt(0) + e.target.stage.slice(1).toLowerCase() : null,
        baselineYear: e.baselineYear,
        dominant: known && e.dominant ? countryName(p, e.dominant) : null,
        baselineShare: known ? e.baselineShare : null,
        targetYear: e.targetYear,
        projectedShare: known ? e.projectedShare : null,
        reduction: known ? e.reduction : null,
        status: statusLabel(e.status),
        reason: known
          ? null
          : ((e as { reason?: string | null }).reason ?? 'The baseline cannot be known from the data.'),
        unit: e.unit,
        gapTo30: known ? e.gapTo30 : null,
        gapTo50: known ? e.gapTo50 : null,
        projects: known ? projectsText(e) || 'none recorded' : null,
      };
    });
    const footnotes = [
      'Baseline: the top third country’s share of supply into the scope in the baseline year (location basis). Projection: non-dominant supply plus new projects outside that country, weighted by status (operating 1, ramp-up 1, under construction 0.75, planned 0.25, paused/stopped/cancelled 0).',
      'Gap to −30 % / −50 %: extra non-dominant supply still needed in the target year, in the material’s unit (0 when met).',
    ];
    if (rows.some((r) => r['baselineShare'] === null))
      footnotes.push(
        'No baseline: the data cannot say which third country dominates (no supply or no import flows recorded); the gap is unknown, not zero.',
      );
    if (rows.length === 0) footnotes.push(`No single-country reduction targets are recorded for scope ${args.scope}.`);
    return {
      columns: [
        TARGET_COLUMNS.material,
        TARGET_COLUMNS.stage,
        TARGET_COLUMNS.baselineYear,
        TARGET_COLUMNS.dominant,
        TARGET_COLUMNS.baselineShare,
        TARGET_COLUMNS.targetYear,
        TARGET_COLUMNS.projectedShare,
        TARGET_COLUMNS.reduction,
        TARGET_COLUMNS.status,
        TARGET_COLUMNS.reason,
        { key: 'unit', label: 'Unit', type: 'TEXT' },
        { key: 'gapTo30', label: 'Gap to −30 %', type: 'NUMBER' },
        { key: 'gapTo50', label: 'Gap to −50 %', type: 'NUMBER' },
        TARGET_COLUMNS.projects,
      ],
      rows,
      footnotes,
      sources,
    };
  },
};
