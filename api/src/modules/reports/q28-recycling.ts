import type { TargetRow } from '../../dataset/types.js';
import {
  byChainOrder,
  capacityFacts,
  facilitiesIn,
  measuredMaterials,
  plantFacts,
  plantSources,
  type MeasuredMaterial,
} from './plant-facts.js';
import { companyOf, percentText, type ReportColumn, type ReportDefinition, type ReportRow } from './report.js';

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

/** Column-key part of a measured material: "battery_input", "black_mass_processed", "recovered_lithium". */
function keyOf(m: MeasuredMaterial): string {
  return m.label.replace(/[^a-z0-9]+/gi, '_').toLowerCase();
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function amount(value: number): string {
  return value.toLocaleString('en-GB', { maximumFractionDigits: 3 });
}

/**
 * Q28: recycling capacity in a scope, each recycler's capacity in the measure its operator published (battery input,
 * black mass produced, black mass processed, recovered metal: SPEC 4.7), one group of columns per measure so that no
 * column adds two measures, by the one capacity rule; and the recovery and recycled-content targets it is measured
 * against, with what the data lacks footnoted.
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
    const plants = facilitiesIn(p, args.scope, 'RECYCLING');
    // The measures published by the recyclers in scope, in the order of the chain; each gets its own columns.
    const groups = new Map<string, MeasuredMaterial>();
    for (const f of plants) for (const m of measuredMaterials(p, f)) if (!groups.has(keyOf(m))) groups.set(keyOf(m), m);
    const measures = [...groups.values()].sort(byChainOrder);
    const totals = measures.map((m) => ({ m, key: keyOf(m), supply: 0, plants: 0 }));
    for (const f of plants) {
      const facts = plantFacts(p, f, args.year);
      const row = facts.row;
      for (const s of plantSources(p, facts)) sources.add(s);
      const history = row.statusHistory ?? [];
      const last = history[history.length - 1];
      const out: ReportRow = {
        site: row.name,
        company: companyOf(p, row),
        status: facts.statusInYear ?? row.status,
        processStep: row.processStep ?? null,
      };
      let published = false;
      const own = new Set(measuredMaterials(p, f).map(keyOf));
      for (const total of totals) {
        const { m, key } = total;
        const c = own.has(key) ? capacityFacts(p, f, m.material, args.year) : null;
        for (const r of c?.capacityRows ?? []) for (const s of p.dataset.capacities[r]?.sources ?? []) sources.add(s);
        if (c && (c.installed !== null || c.announced !== null)) published = true;
        out[`${key}_installed`] = c?.installed ?? null;
        out[`${key}_supply`] = !c || facts.statusInYear === null || c.installed === null ? null : c.supply;
        out[`${key}_announced`] = c?.announced?.value ?? null;
        out[`${key}_announcedFor`] = c?.announced?.year ?? null;
        if (c && c.supply > 0) {
          total.supply += c.supply;
          total.plants++;
        }
      }
      if (!published) noCapacity.push(row.name);
      rows.push({
        ...out,
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
    const inSupply = totals
      .filter((t) => t.plants > 0)
      .map((t) => `${t.m.label} ${amount(t.supply)} ${t.m.unit} from ${t.plants} plant${t.plants === 1 ? '' : 's'}`);
    const footnotes = [
      `Each recycler's capacity is shown in the measure its operator published (battery input, black mass produced, black mass processed by hydrometallurgy, or recovered metal), each in its own columns: they are different stages of the chain and never add up. Installed = the latest built capacity at or before ${args.year}; in supply = installed while operating or ramping up in ${args.year}. In supply in ${args.scope}, ${args.year}: ${inSupply.length > 0 ? inSupply.join('; ') : 'no recorded capacity'}.`,
      ...targetLines(targets, materialName),
      'The target tracker evaluates these targets: a recovery rate cannot be checked (no plant publishes the share of a metal it actually recovers; the literature efficiency is an assumption), and recycled content and the CRMA recycling benchmark are estimates resting on parameters where consumption and material intensities are known (else no baseline, with the reason). The recycling view shows the black-mass balance where flows are recorded.',
    ];
    if (noCapacity.length > 0) footnotes.push(`No published capacity (shown empty, not 0): ${noCapacity.join('; ')}.`);
    return {
      columns: [
        { key: 'site', label: 'Site', type: 'TEXT' },
        { key: 'company', label: 'Company', type: 'TEXT' },
        { key: 'status', label: 'Status', type: 'STATUS' },
        { key: 'processStep', label: 'Process step', type: 'TEXT' },
        ...measures.flatMap((m): ReportColumn[] => {
          const key = keyOf(m);
          const label = capitalised(m.label);
          return [
            { key: `${key}_installed`, label: `${label}, installed ${args.year}`, unit: m.unit, type: 'NUMBER' },
            { key: `${key}_supply`, label: `${label}, in supply ${args.year}`, unit: m.unit, type: 'NUMBER' },
            { key: `${key}_announced`, label: `${label}, announced`, unit: m.unit, type: 'NUMBER' },
            { key: `${key}_announcedFor`, label: `${label}, announced for`, type: 'YEAR' },
          ];
        }),
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
