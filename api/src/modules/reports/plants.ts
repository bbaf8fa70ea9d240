import { STAGES } from '../../dataset/types.js';
import { facilitiesIn, plantFacts, plantSources, regionsText } from './plant-facts.js';
import { countryName, rowsOf, type ReportDefinition, type ReportRow } from './report.js';

function words(value: string): string {
  const text = value.replace(/_/g, ' ').toLowerCase();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The plant tracker's table: every facility in a scope (default GLOBAL) with its status, owners' regions,
 * controller, capacity installed, in supply and announced (the projection door's rule for the year), timeline
 * and its last change with the reason. One row per facility, keyed by `id`.
 */
export const PLANTS: ReportDefinition = {
  id: 'PLANTS',
  title: 'Plant tracker',
  question: 'Every facility of the battery value chain: where, who owns and controls it, its status, its capacity.',
  parameters: ['scope', 'year'],
  defaultScope: 'GLOBAL',
  build({ projection: p, args }) {
    const { companies } = rowsOf(p);
    const publisher = new Map(p.dataset.sources.map((s) => [s.id, s.publisher]));
    const regionName = new Map(p.dataset.regions.map((r) => [r.id, r.name]));
    const sources = new Set<string>();
    const rows: ReportRow[] = [];
    for (const f of facilitiesIn(p, args.scope)) {
      const facts = plantFacts(p, f, args.year);
      const row = facts.row;
      const history = row.statusHistory ?? [];
      const last = history[history.length - 1];
      const rowSources = plantSources(p, facts);
      // A stopped or cancelled plan is not shown as capacity that counts: it moves to its own column.
      const withdrawn = row.status === 'STOPPED' || row.status === 'CANCELLED';
      for (const s of rowSources) sources.add(s);
      rows.push({
        id: row.id,
        name: row.name,
        country: countryName(p, row.country),
        // For the tracker's map (not columns): the country's ISO code and the site's coordinates when recorded.
        countryId: row.country,
        lat: row.lat ?? null,
        lon: row.lon ?? null,
        stage: words(row.stage),
        type: words(row.type),
        status: row.status,
        statusInYear: facts.statusInYear,
        ownerRegion: regionsText(p, facts.ownerRegions) || null,
        controller: facts.controller ? (companies.get(facts.controller)?.name ?? facts.controller) : null,
        controllerRegion:
          facts.controllerRegion === 'UNKNOWN'
            ? null
            : (regionName.get(facts.controllerRegion) ?? facts.controllerRegion),
        chemistry: row.chemistry ?? null,
        processStep: row.processStep ?? null,
        // What the figures count with their unit ("battery input, t/yr" for a recycler): the tracker's totals add
        // up rows of one unit only, so two recycling measures in tonnes are never summed together.
        unit: facts.capacityOf,
        installed: facts.installed,
        supply: facts.installed === null || facts.statusInYear === null ? null : facts.supply,
        announced: withdrawn ? null : (facts.announced?.value ?? null),
        announcedFor: facts.announced?.year ?? null,
        withdrawnPlan: withdrawn ? (facts.announced?.value ?? null) : null,
        startYear: row.startYear ?? null,
        statusDate: row.statusDate ?? null,
        lastChange: last ? `${last.date}: ${words(last.status)}` : null,
        reason: last?.reason ?? null,
        sources: [...new Set([...rowSources].map((s) => publisher.get(s) ?? s))].join('; ') || null,
      });
    }
    rows.sort(
      (a, b) =>
        STAGES.indexOf(String(a['stage']).toUpperCase() as (typeof STAGES)[number]) -
          STAGES.indexOf(String(b['stage']).toUpperCase() as (typeof STAGES)[number]) ||
        String(a['country']).localeCompare(String(b['country']), 'en') ||
        String(a['name']).localeCompare(String(b['name']), 'en'),
    );
    return {
      columns: [
        { key: 'name', label: 'Facility', type: 'TEXT' },
        { key: 'country', label: 'Country', type: 'TEXT' },
        { key: 'stage', label: 'Stage', type: 'TEXT' },
        { key: 'type', label: 'Type', type: 'TEXT' },
        { key: 'status', label: 'Status', type: 'STATUS' },
        { key: 'ownerRegion', label: "Owners' regions", type: 'TEXT' },
        { key: 'controller', label: 'Controller', type: 'TEXT' },
        { key: 'controllerRegion', label: "Controller's region", type: 'TEXT' },
        { key: 'chemistry', label: 'Chemistry', type: 'TEXT' },
        { key: 'processStep', label: 'Process step', type: 'TEXT' },
        { key: 'unit', label: 'Unit', type: 'TEXT' },
        { key: 'installed', label: `Installed ${args.year}`, type: 'NUMBER' },
        { key: 'supply', label: `In supply ${args.year}`, type: 'NUMBER' },
        { key: 'announced', label: 'Announced', type: 'NUMBER' },
        { key: 'announcedFor', label: 'Announced for', type: 'YEAR' },
        { key: 'withdrawnPlan', label: 'Withdrawn plan', type: 'NUMBER' },
        { key: 'startYear', label: 'Start year', type: 'YEAR' },
        { key: 'statusDate', label: 'Status date', type: 'DATE' },
        { key: 'lastChange', label: 'Last change', type: 'TEXT' },
        { key: 'reason', label: 'Reason', type: 'TEXT' },
        { key: 'sources', label: 'Sources', type: 'TEXT' },
      ],
      rows,
      footnotes: [
        `Status as recorded now; unit: what the capacity counts (a recycler's as the operator published it: battery input, black mass produced, black mass processed or recovered metal, per year); installed = the latest built capacity at or before ${args.year}; in supply = installed while operating or ramping up in ${args.year} (SPEC 4.0); announced = the latest announced plan and its year; a stopped or cancelled plant's plan is shown as withdrawn, not as announced capacity. Empty = not recorded (never 0).`,
        "Owners' regions: effective ultimate ownership by investor region; controller: the majority chain's end (a plant without a majority owner: its largest recorded owner).",
      ],
      sources,
    };
  },
};
