import { userError } from '../../errors.js';
import { AnalyticsAccess, guard, type QueryProjection } from '../scenarios/analytics-access.js';
import type { TargetsService } from '../targets/targets.service.js';
import { BATTERY_BOOSTER } from './battery-booster.js';
import { PLANTS } from './plants.js';
import { Q1 } from './q1-cell-plants.js';
import { Q2 } from './q2-changes.js';
import { Q23 } from './q23-investor-regions.js';
import { Q27 } from './q27-targets.js';
import { Q28 } from './q28-recycling.js';
import type { ReportArgs, ReportDefinition, ReportRecord } from './report.js';

/** Every report, in the order the inquiry asks its questions. */
export const REPORTS: readonly ReportDefinition[] = [Q1, Q2, Q23, Q27, Q28, BATTERY_BOOSTER];

const BY_ID = new Map(REPORTS.map((r) => [r.id, r]));

/** The date forms the data uses: YYYY, YYYY-MM or YYYY-MM-DD. */
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export interface ReportQuery {
  id: string;
  scope?: string | null | undefined;
  year?: number | null | undefined;
  since?: string | null | undefined;
  /** Build the table under this stored scenario (with the stored data's beside it as `baseline`). */
  scenario?: string | null | undefined;
}

/**
 * Builds the report tables. A report takes its figures from the projection door and the analytics services
 * (never from the store, never by a capacity or share rule of its own); this service only checks arguments,
 * applies defaults and resolves source ids.
 */
export class ReportsService {
  constructor(
    private readonly access: AnalyticsAccess,
    private readonly targets: TargetsService,
    /** The year a report without `year` is built for (default: the current year). */
    private readonly currentYear: () => number = () => new Date().getUTCFullYear(),
  ) {}

  list(): readonly ReportDefinition[] {
    return REPORTS;
  }

  /** The plant tracker's table (every facility in a scope, default GLOBAL). */
  plants(query: Omit<ReportQuery, 'id' | 'since'>): Promise<ReportRecord> {
    return this.build(PLANTS, query);
  }

  async report(query: ReportQuery): Promise<ReportRecord> {
    const definition = BY_ID.get(query.id);
    if (!definition)
      throw userError(
        'NOT_FOUND',
        `There is no report "${query.id}". Reports: ${REPORTS.map((r) => r.id).join(', ')}.`,
        {
          ids: REPORTS.map((r) => r.id),
        },
      );
    return this.build(definition, query);
  }

  private async build(definition: ReportDefinition, query: Omit<ReportQuery, 'id'>): Promise<ReportRecord> {
    const year = query.year ?? this.currentYear();
    if (!Number.isInteger(year) || year < 1950 || year > 2100)
      throw userError('VALIDATION_FAILED', `"year" must be a year from 1950 to 2100; got ${year}.`);
    const since = query.since ?? definition.defaultSince ?? `${year}-01-01`;
    if (!DATE.test(since))
      throw userError('VALIDATION_FAILED', `"since" must be a date YYYY, YYYY-MM or YYYY-MM-DD; got "${since}".`);
    const args: ReportArgs = { scope: query.scope || definition.defaultScope || 'EU', year, since };
    const { base, scenario: applied } = await this.access.projections(query.scenario);
    const baseline = await this.table(definition, args, base);
    return applied ? { ...(await this.table(definition, args, applied)), baseline } : baseline;
  }

  /** The table on one projection (the stored data's, or a scenario's: then its notes are footnotes too). */
  private async table(definition: ReportDefinition, args: ReportArgs, q: QueryProjection): Promise<ReportRecord> {
    const p = q.projection;
    const body = await guard(() =>
      definition.build({ projection: p, args, targets: this.targets, scenario: q.scenario }),
    );
    const uses = new Set(definition.parameters);
    return {
      id: definition.id,
      title: definition.title,
      question: definition.question,
      scope: uses.has('scope') ? args.scope : null,
      year: uses.has('year') ? args.year : null,
      since: uses.has('since') ? args.since : null,
      columns: body.columns,
      rows: body.rows,
      footnotes: [...body.footnotes, ...q.notes],
      sources: AnalyticsAccess.sources(p, [...new Set(body.sources)].sort()),
      scenario: q.scenario,
      baseline: null,
    };
  }
}
