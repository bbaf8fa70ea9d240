import { FACILITY_STATUSES } from '../../dataset/types.js';
import { facilitiesIn, plantFacts, plantSources, timelineText } from './plant-facts.js';
import { companyOf, type ReportDefinition, type ReportRow } from './report.js';

/**
 * Q1: cell plants in a scope by status, with the inquiry's columns (site, company or consortium, chemistry,
 * process step, installed and announced capacity in GWh, timeline, status date). Status and capacity are the
 * projection door's (SPEC 4.0) for the year asked; an unknown capacity is empty and footnoted, never 0; a stopped
 * or cancelled plant shows no capacity as if it counted (its former plan is footnoted).
 */
export const Q1: ReportDefinition = {
  id: 'Q1',
  title: 'Battery-cell plants by status',
  question:
    'Q1: Which battery-cell production sites are a) operating, b) ramping up, c) under construction, d) planned, e) paused or f) stopped — by site, company or consortium, cell chemistry, process step (cell, module, pack), approved and planned annual capacity (GWh), timeline and status date?',
  parameters: ['scope', 'year'],
  defaultScope: 'DE',
  build({ projection: p, args }) {
    const sources = new Set<string>();
    const unknownCapacity: string[] = [];
    const withdrawn: string[] = [];
    const notYet: string[] = [];
    const built: (ReportRow & { order: number })[] = [];
    for (const f of facilitiesIn(p, args.scope, 'CELL')) {
      const facts = plantFacts(p, f, args.year);
      const row = facts.row;
      if (facts.statusInYear === null) {
        notYet.push(row.name);
        continue;
      }
      for (const s of plantSources(p, facts)) sources.add(s);
      const status = facts.statusInYear;
      const isWithdrawn = status === 'STOPPED' || status === 'CANCELLED';
      if (facts.installed === null && facts.announced === null) unknownCapacity.push(row.name);
      if (isWithdrawn && (facts.announced || facts.installed))
        withdrawn.push(
          `${row.name} (${status.toLowerCase()}): ${[
            facts.installed !== null ? `${facts.installed} GWh had been installed` : null,
            facts.announced ? `${facts.announced.value} GWh had been announced for ${facts.announced.year}` : null,
          ]
            .filter(Boolean)
            .join(', ')}`,
        );
      built.push({
        order: FACILITY_STATUSES.indexOf(status),
        status,
        site: row.name,
        company: companyOf(p, row),
        chemistry: row.chemistry ?? null,
        processStep: row.processStep ?? null,
        installed: isWithdrawn ? null : facts.installed,
        announced: isWithdrawn ? null : (facts.announced?.value ?? null),
        announcedFor: isWithdrawn ? null : (facts.announced?.year ?? null),
        startYear: row.startYear ?? null,
        timeline: timelineText(p, f) || null,
        statusDate: row.statusDate ?? null,
      });
    }
    built.sort((a, b) => a.order - b.order || String(a['site']).localeCompare(String(b['site']), 'de'));
    const rows = built.map(({ order: _order, ...row }) => row);
    const footnotes = [
      'Rows in the order of the inquiry: a) operating, b) ramping up, c) under construction, d) planned, e) paused, f) stopped (then cancelled projects), each by site.',
      `Status in ${args.year} from each plant's status history (the last entry dated on or before 31 December ${args.year}); installed capacity = the latest built (INSTALLED) capacity at or before ${args.year}; announced = the latest announced plan and the year it is announced for. Capacity in GWh per year; an empty cell means no such figure is recorded, never 0.`,
    ];
    if (unknownCapacity.length > 0)
      footnotes.push(
        `No published capacity (shown empty, not 0): ${unknownCapacity.join('; ')}. See seed/GAPS.md for where it could be found.`,
      );
    if (withdrawn.length > 0)
      footnotes.push(`Stopped or cancelled: no capacity is shown as if it counted. ${withdrawn.join('; ')}.`);
    if (notYet.length > 0)
      footnotes.push(`Not yet recorded in ${args.year} (their history starts later): ${notYet.join('; ')}.`);
    const chemistryUnknown = rows.filter((r) => r['chemistry'] === null).length;
    if (chemistryUnknown > 0)
      footnotes.push(`${chemistryUnknown} plants: cell chemistry not stated in the sources used (shown “–”).`);
    return {
      columns: [
        { key: 'status', label: 'Status', type: 'STATUS' },
        { key: 'site', label: 'Site', type: 'TEXT' },
        { key: 'company', label: 'Company or consortium', type: 'TEXT' },
        { key: 'chemistry', label: 'Cell chemistry', type: 'TEXT' },
        { key: 'processStep', label: 'Process step', type: 'TEXT' },
        { key: 'installed', label: `Installed ${args.year}`, unit: 'GWh', type: 'NUMBER' },
        { key: 'announced', label: 'Announced', unit: 'GWh', type: 'NUMBER' },
        { key: 'announcedFor', label: 'Announced for', type: 'YEAR' },
        { key: 'startYear', label: 'Start year', type: 'YEAR' },
        { key: 'timeline', label: 'Timeline', type: 'TEXT' },
        { key: 'statusDate', label: 'Status date', type: 'DATE' },
      ],
      rows,
      footnotes,
      sources,
    };
  },
};
