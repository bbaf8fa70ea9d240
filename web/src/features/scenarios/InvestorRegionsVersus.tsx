import { IMPORTS_NOT_RECORDED, NO_DATA, plants } from '../../lib/evidence';
import { percent, quantity } from '../../lib/format';
import { CompareTable, compareRow, type CompareRow } from './CompareTable';
import { NO_FIGURE, signedPoints, signedQuantity } from './difference-format';

/** The API's difference of capacity by investor region (scenario − baseline). */
interface RegionsDifference {
  total: number;
  shares: readonly { origin: string; value: number; share?: number | null }[];
}

interface Regions {
  total: number;
  shares: readonly { origin: string; value: number; share: number }[];
  facilities: readonly unknown[];
}
interface Location {
  total: number;
  producedInScope: number;
  evidence: string;
  /** null for GLOBAL; false when no flow into the scope is recorded (the total is then production alone). */
  importsRecorded?: boolean | null;
  /** The API's difference of the location figure (scenario only). */
  difference?: { total: number } | null;
}

/**
 * A scope's capacity by investor region on the stored data (baseline) beside the scenario: what is produced in the
 * scope, the supply with imports, the investor-region total and plants counted, and each region's capacity and
 * share (a region absent on one side reads "–").
 */
export function InvestorRegionsVersus({
  baseline,
  scenario,
  difference,
  unit,
  scope,
  name,
}: {
  baseline: { regions: Regions; location: Location };
  scenario: { regions: Regions; location: Location };
  difference?: RegionsDifference | null | undefined;
  unit: string;
  scope: string;
  name: (id: string) => string;
}) {
  const located = (l: Location, value: number) => (l.evidence === 'NONE' ? NO_DATA : quantity(value, unit));
  // Without recorded imports the total is production alone: it is no supply "with imports" (it read so beside the
  // badge "imports not recorded").
  const withImports = (l: Location) => (l.importsRecorded === false ? IMPORTS_NOT_RECORDED : located(l, l.total));
  const regionIds = [...new Set([...scenario.regions.shares, ...baseline.regions.shares].map((s) => s.origin))];
  const regionText = (r: Regions, id: string) => {
    const s = r.shares.find((x) => x.origin === id);
    return s ? `${quantity(s.value, unit)} (${percent(s.share)})` : '–';
  };
  const d = difference ?? undefined;
  // The API lists every region whose capacity or share changed; one it does not list is unchanged.
  const regionChange = (id: string) => {
    if (!d) return undefined;
    const s = d.shares.find((x) => x.origin === id);
    return s ? `${signedQuantity(s.value, unit)} (${signedPoints(s.share)})` : 'unchanged';
  };
  // A side with no supply recorded has no figure to compare (never "+X" from nothing).
  const supplyChange = () =>
    baseline.location.evidence === 'NONE' ||
    scenario.location.evidence === 'NONE' ||
    baseline.location.importsRecorded === false ||
    scenario.location.importsRecorded === false
      ? NO_FIGURE
      : scenario.location.difference
        ? signedQuantity(scenario.location.difference.total, unit)
        : '';
  const rows: CompareRow[] = [
    compareRow(
      `Produced in ${name(scope)}`,
      located(baseline.location, baseline.location.producedInScope),
      located(scenario.location, scenario.location.producedInScope),
      d ? '' : undefined,
    ),
    compareRow(
      `Supply into ${name(scope)} with imports`,
      withImports(baseline.location),
      withImports(scenario.location),
      d ? supplyChange() : undefined,
    ),
    compareRow(
      'By investor region, total',
      `${quantity(baseline.regions.total, unit)}, ${plants(baseline.regions.facilities.length)}`,
      `${quantity(scenario.regions.total, unit)}, ${plants(scenario.regions.facilities.length)}`,
      d ? signedQuantity(d.total, unit) : undefined,
    ),
    ...regionIds.map((id) =>
      compareRow(name(id), regionText(baseline.regions, id), regionText(scenario.regions, id), regionChange(id)),
    ),
  ];
  return <CompareTable label="Baseline vs scenario, capacity by investor region" rows={rows} />;
}
