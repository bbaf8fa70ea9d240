import { facilitiesIn, plantFacts, plantSources } from './plant-facts.js';
import type { TargetRow } from '../../dataset/types.js';
import { companyOf, percentText, type ReportDefinition, type ReportRow } from './report.js';

const KIND_TEXT: Readonly<Record<string, string>> = {
  RECOVERY_RATE: 'Material recovery from waste batteries (Batteries Regulation)',
  RECYCLED_CONTENT: 'Minimum recycled content in new batteries (Batteries Regulation)',
  MIN_DOMESTIC_SHARE: 'EU recycling capacity as a share of EU consumption (CRMA benchmark)',
};

/** The targets in a few lines: one per kind, scope and year, listing each material's share. */
function targetLines(targets: readonly TargetRow[], materialName: ReadonlyMap<string, string>): string[] {
  const groups = new Map<string, TargetRow[]>();
  for (const t of targets) {
    const key = `${t.kind}|${t.scope}|${t.targetYear}`;
    groups.set(key, [...(groups.get(key) ?? []), t]);
  }
  return [...groups.values()].map((list) => {
    const [t] = list as [TargetRow, ...TargetRow[]];
    const by = t.kind === 'RECYCLED_CONTENT' ? 'from' : 'by';
    return `Target (${t.scope}): ${KIND_TEXT[t.kind] ?? t.kind}, ${by} ${t.targetYear}: ${list
      .map((x) => `${materialName.get(x.material) ?? x.material} ${percentText(x.share ?? 0)}`)
      .join(', ')}.`;
  });
}

/**
 * Q28: recycling capacity in a scope (each recycler with its black-mass capacity by the one capacity rule) and
 * the recovery and recycled-content targets it is measured against; what the data lacks to evaluate them is said
 * in the footnotes (recovered metal per plant is not recorded).
 */
export const Q28: ReportDefinition = {
  id: 'Q28',
  title: 'Recycling capacity and recovery against the targets',
  question:
    'Q28: Which measures accelerate industrial recycling capacity (permits, standards, offtake, recycled content), and which targets apply to capacity and recovery rates?',
  parameters: ['scope', 'year'],
  defaultScope: 'DE',
  build({ projection: p, args }) {
    const sources = new Set<string>();
    const noCapacity: string[] = [];
    const rows: ReportRow[] = [];
    let total = 0;
    let unit = 't';
    for (const f of facilitiesIn(p, args.scope, 'RECYCLING')) {
      const facts = plantFacts(p, f, args.year);
      const row = facts.row;
      for (const s of plantSources(p, facts)) sources.add(s);
      if (facts.installed === null && facts.announced === null) noCapacity.push(row.name);
      if (facts.unit) unit = facts.unit;
      total += facts.supply;
      const history = row.statusHistory ?? [];
      const last = history[history.length - 1];
      rows.push({
        site: row.name,
        company: companyOf(p, row),
        status: facts.statusInYear ?? row.status,
        processStep: row.processStep ?? null,
        material: facts.material,
        installed: facts.installed,
        supply: facts.statusInYear === null || facts.installed === null ? null : facts.supply,
        announced: facts.announced?.value ?? null,
        announcedFor: facts.announced?.year ?? null,
        startYear: row.startYear ?? null,
        designations:
          (row.designations ?? []).map((d) => `${d.kind.replace(/_/g, ' ').toLowerCase()} ${d.date}`).join('; ') ||
          null,
        lastChange: last?.reason ? `${last.date}: ${last.reason}` : null,
      });
    }
    rows.sort((a, b) => String(a['site']).localeCompare(String(b['site']), 'de'));
    const targets = p.dataset.targets
      .filter(
        (t) =>
          t.kind === 'RECOVERY_RATE' ||
          t.kind === 'RECYCLED_CONTENT' ||
          (t.kind === 'MIN_DOMESTIC_SHARE' && t.stage === 'RECYCLING'),
      )
      .sort(
        (a, b) => a.kind.localeCompare(b.kind) || a.targetYear - b.targetYear || a.material.localeCompare(b.material),
      );
    for (const t of targets) for (const s of t.sources) sources.add(s);
    const materialName = new Map(p.dataset.materials.map((m) => [m.id, m.name]));
    const footnotes = [
      `Capacity in ${unit} of black mass (or input) per year: installed = the latest built capacity at or before ${args.year}; in supply = installed while operating or ramping up in ${args.year}. In supply in ${args.scope}, ${args.year}: ${total} ${unit} from ${rows.filter((r) => ((r['supply'] as number | null) ?? 0) > 0).length} plants with a recorded capacity.`,
      ...targetLines(targets, materialName),
      'Not in the data, so the targets cannot be evaluated here: the metal recovered per plant and year (recovery rates), and the recycled content of cells made in the EU. The recycling view shows the black-mass balance where flows are recorded.',
    ];
    if (noCapacity.length > 0) footnotes.push(`No published capacity (shown empty, not 0): ${noCapacity.join('; ')}.`);
    return {
      columns: [
        { key: 'site', label: 'Site', type: 'TEXT' },
        { key: 'company', label: 'Company', type: 'TEXT' },
        { key: 'status', label: 'Status', type: 'STATUS' },
        { key: 'processStep', label: 'Process step', type: 'TEXT' },
        { key: 'material', label: 'Capacity of', type: 'TEXT' },
        { key: 'installed', label: `Installed ${args.year}`, unit, type: 'NUMBER' },
        { key: 'supply', label: `In supply ${args.year}`, unit, type: 'NUMBER' },
        { key: 'announced', label: 'Announced', unit, type: 'NUMBER' },
        { key: 'announcedFor', label: 'Announced for', type: 'YEAR' },
        { key: 'startYear', label: 'Start year', type: 'YEAR' },
        { key: 'designations', label: 'Designations', type: 'TEXT' },
        { key: 'lastChange', label: 'Last change', type: 'TEXT' },
      ],
      rows,
      footnotes,
      sources,
    };
  },
};
