import type { FacilityRow, FacilityStatus } from '../../dataset/types.js';
import { resolveScope } from '../../projection/scope.js';
import { companyOf, countryName, type ReportDefinition, type ReportRow } from './report.js';

/** Where a status stands in a project's life: a move to a lower rank is a setback. */
const RANK: Readonly<Record<FacilityStatus, number>> = {
  PLANNED: 0,
  UNDER_CONSTRUCTION: 1,
  RAMP_UP: 2,
  OPERATING: 3,
  PAUSED: -1,
  STOPPED: -2,
  CANCELLED: -3,
};

const STAGE_LABEL: Readonly<Record<string, string>> = {
  EXTRACTION: 'Raw materials (extraction)',
  REFINING: 'Materials (refining)',
  COMPONENT: 'Components',
  CELL: 'Cells',
  RECYCLING: 'Recycling',
};

/** A YYYY or YYYY-MM date as its first day, so dates compare as strings. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * What kind of change of plan a status-history entry is, or null for progress (a step forward, a restart).
 * Cancelled = abandoned; paused and stopped by name; the same status again with a reason is read from the reason
 * (postponed, downsized, else "plan changed"); a step back in the project's life is "set back".
 */
export function changeKind(
  previous: FacilityStatus | null,
  next: FacilityStatus,
  reason: string | undefined,
): string | null {
  if (next === 'CANCELLED') return previous === 'CANCELLED' ? null : 'abandoned';
  if (next === 'STOPPED') return previous === 'STOPPED' ? null : 'stopped';
  if (next === 'PAUSED') return previous === 'PAUSED' ? null : 'paused';
  if (previous === next || previous === null) {
    if (!reason || previous === null) return null;
    if (/postpon|delay|later|defer|push(ed)? back|verschob|verschieb/i.test(reason)) return 'postponed';
    if (/downsiz|reduc|scal(ed|ing) back|smaller|cut|verklein/i.test(reason)) return 'downsized';
    return 'plan changed';
  }
  return RANK[next] < RANK[previous] ? 'set back' : null;
}

function statusWords(status: FacilityStatus | null): string {
  return status ? status.replace(/_/g, ' ').toLowerCase() : '(not recorded)';
}

/**
 * Q2: projects along the value chain (every stage) postponed, downsized, paused, stopped or abandoned since a
 * date, with the reasons known: each status-history entry on or after `since` that is a change of plan. A facility
 * without a history whose current status is paused, stopped or cancelled counts on its status date (footnoted).
 */
export const Q2: ReportDefinition = {
  id: 'Q2',
  title: 'Projects postponed, downsized or abandoned',
  question:
    'Q2: Which projects along the battery value chain (materials, components, recycling …) have been postponed, downsized or abandoned since 1 January 2023, and for which reasons (as a table)?',
  parameters: ['scope', 'since'],
  defaultScope: 'DE',
  defaultSince: '2023-01-01',
  build({ projection: p, args }) {
    const scope = resolveScope(p, args.scope);
    const since = firstDay(args.since);
    const sources = new Set<string>();
    const rows: (ReportRow & { date: string })[] = [];
    let fromStatus = 0;
    const push = (
      f: FacilityRow,
      date: string,
      kind: string,
      before: FacilityStatus | null,
      after: FacilityStatus,
      reason: string | null,
      ids: readonly string[],
    ) => {
      for (const s of ids) sources.add(s);
      rows.push({
        date,
        project: f.name,
        country: countryName(p, f.country),
        stage: STAGE_LABEL[f.stage] ?? f.stage,
        company: companyOf(p, f),
        change: kind,
        statusChange: `${statusWords(before)} → ${statusWords(after)}`,
        status: f.status,
        reason,
      });
    };
    for (const f of p.dataset.facilities) {
      const c = p.countryIndex.get(f.country);
      if (c === undefined || !scope.mask[c]) continue;
      const history = f.statusHistory ?? [];
      if (history.length === 0) {
        if (
          (f.status === 'PAUSED' || f.status === 'STOPPED' || f.status === 'CANCELLED') &&
          f.statusDate &&
          firstDay(f.statusDate) >= since
        ) {
          fromStatus++;
          push(f, f.statusDate, changeKind(null, f.status, undefined) ?? 'changed', null, f.status, null, f.sources);
        }
        continue;
      }
      let previous: FacilityStatus | null = null;
      for (const entry of history) {
        const kind = changeKind(previous, entry.status, entry.reason);
        if (kind && firstDay(entry.date) >= since)
          push(f, entry.date, kind, previous, entry.status, entry.reason ?? null, entry.sources);
        previous = entry.status;
      }
    }
    rows.sort(
      (a, b) =>
        firstDay(a.date).localeCompare(firstDay(b.date)) || String(a['project']).localeCompare(String(b['project'])),
    );
    const footnotes = [
      `Every status-history entry dated on or after ${args.since} that is a change of plan: abandoned (cancelled), stopped, paused, set back (a step back in the project's life), or the same status again with a reason read as postponed, downsized or otherwise changed. Steps forward and restarts are left out.`,
    ];
    if (fromStatus > 0)
      footnotes.push(
        `${fromStatus} of the rows come from a facility without a recorded status history: its current status (paused, stopped or cancelled) on its status date; the status before it and the reason are not recorded.`,
      );
    if (rows.some((r) => r['reason'] === null))
      footnotes.push('A reason shown as “–” is not recorded in the data (the sources may give one).');
    if (rows.length === 0) footnotes.push(`No change of plan in scope ${args.scope} since ${args.since} is recorded.`);
    return {
      columns: [
        { key: 'date', label: 'Date', type: 'DATE' },
        { key: 'project', label: 'Project', type: 'TEXT' },
        { key: 'country', label: 'Country', type: 'TEXT' },
        { key: 'stage', label: 'Value-chain step', type: 'TEXT' },
        { key: 'company', label: 'Company or consortium', type: 'TEXT' },
        { key: 'change', label: 'Change', type: 'TEXT' },
        { key: 'statusChange', label: 'Status before → after', type: 'TEXT' },
        { key: 'status', label: 'Status now', type: 'STATUS' },
        { key: 'reason', label: 'Reason', type: 'TEXT' },
      ],
      rows,
      footnotes,
      sources,
    };
  },
};
