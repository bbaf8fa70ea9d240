import { investorRegions } from '../../analytics/investor-region.js';
import { countryName, percentText, quantityText, rowsOf, type ReportDefinition, type ReportRow } from './report.js';

/**
 * Q23: a scope's cell capacity by investor region, with the sites: the analytics' `investorRegions` twice — by
 * effective ownership (who holds the economic interest) and by controller (who decides) — one row per region,
 * listing the plants whose controller sits there.
 */
export const Q23: ReportDefinition = {
  id: 'Q23',
  title: 'Owners and investors of European battery-cell capacity by investor region',
  question:
    'Q23: What is known about the owner and investor structure of European battery-cell capacity (EU and non-EU ownership), by main investor region, capacity and site?',
  parameters: ['scope', 'year'],
  defaultScope: 'EU',
  build({ projection: p, args }) {
    const query = { stage: 'CELL' as const, year: args.year, scope: args.scope };
    const effective = investorRegions(p, { ...query, by: 'EFFECTIVE' });
    const controlled = investorRegions(p, { ...query, by: 'CONTROLLER' });
    const { companies } = rowsOf(p);
    const regionName = new Map(p.dataset.regions.map((r) => [r.id, r.name]));
    const facilityRow = new Map(p.dataset.facilities.map((f) => [f.id, f]));
    const name = (region: string) =>
      regionName.get(region) ?? (region === 'UNKNOWN' ? 'Unknown (not recorded)' : region);
    const regions = new Set([...effective.shares.map((s) => s.origin), ...controlled.shares.map((s) => s.origin)]);
    const rows: ReportRow[] = [...regions].map((region) => {
      const e = effective.shares.find((s) => s.origin === region);
      const c = controlled.shares.find((s) => s.origin === region);
      const sites = controlled.facilities
        .filter((x) => x.controllerRegion === region)
        .map((x) => {
          const f = facilityRow.get(x.facility);
          const controller = x.controller ? (companies.get(x.controller)?.name ?? x.controller) : 'unknown';
          return `${f?.name ?? x.facility} (${f ? countryName(p, f.country) : ''}, ${quantityText(x.capacity)} ${effective.unit}, controller ${controller})`;
        });
      const held = effective.facilities
        .filter((x) => x.controllerRegion !== region && x.byRegion.some((b) => b.origin === region && b.value > 0))
        .map((x) => {
          const f = facilityRow.get(x.facility);
          const share = x.byRegion.find((b) => b.origin === region)?.share ?? 0;
          return `${f?.name ?? x.facility} ${percentText(share)}`;
        });
      return {
        region: name(region),
        capacityEffective: e?.value ?? 0,
        shareEffective: e?.share ?? 0,
        capacityControlled: c?.value ?? 0,
        shareControlled: c?.share ?? 0,
        plantsControlled: sites.length,
        sites: sites.join('; ') || null,
        minorityStakes: held.join('; ') || null,
      };
    });
    rows.sort(
      (a, b) =>
        Number(b['capacityEffective']) - Number(a['capacityEffective']) ||
        String(a['region']).localeCompare(String(b['region'])),
    );
    const footnotes = [
      ...effective.assumptions,
      controlled.assumptions[1] ?? '',
      `Total: ${quantityText(effective.total)} ${effective.unit} in ${effective.facilities.length} plants (the capacity rule's supply; it equals the dependency view's capacity produced in the scope where member countries have no cell statistic).`,
    ].filter(Boolean);
    return {
      columns: [
        { key: 'region', label: 'Investor region', type: 'TEXT' },
        { key: 'capacityEffective', label: 'Capacity by effective ownership', unit: effective.unit, type: 'NUMBER' },
        { key: 'shareEffective', label: 'Share (effective)', type: 'SHARE' },
        { key: 'capacityControlled', label: 'Capacity controlled', unit: effective.unit, type: 'NUMBER' },
        { key: 'shareControlled', label: 'Share (controlled)', type: 'SHARE' },
        { key: 'plantsControlled', label: 'Plants controlled', type: 'NUMBER' },
        { key: 'sites', label: 'Sites controlled from the region', type: 'TEXT' },
        { key: 'minorityStakes', label: 'Other stakes held', type: 'TEXT' },
      ],
      rows,
      footnotes,
      sources: new Set([...effective.sources, ...controlled.sources]),
    };
  },
};
