import type { Projection } from '../../projection/projection.js';
import type { CompanyRow, CountryRow, FacilityRow, OwnershipRow, SourceRow } from '../../dataset/types.js';
import type { TargetsService } from '../targets/targets.service.js';

export type ReportColumnType = 'TEXT' | 'NUMBER' | 'SHARE' | 'YEAR' | 'DATE' | 'STATUS';

export interface ReportColumn {
  key: string;
  label: string;
  unit?: string | null;
  type: ReportColumnType;
}

/** One row: a value per column key; null where the data holds no value. */
export type ReportRow = Record<string, string | number | null>;

/** What a report builder returns; the service adds id, title and the source rows. */
export interface ReportBody {
  columns: ReportColumn[];
  rows: ReportRow[];
  footnotes: string[];
  /** Source ids of every row used. */
  sources: Iterable<string>;
}

/** A built report as the API returns it. */
export interface ReportRecord {
  id: string;
  title: string;
  question: string;
  scope: string | null;
  year: number | null;
  since: string | null;
  columns: ReportColumn[];
  rows: ReportRow[];
  footnotes: string[];
  sources: SourceRow[];
  /** The scenario the table was built under, or null. */
  scenario: string | null;
  /** With a scenario: the same table on the stored data. */
  baseline: ReportRecord | null;
}

export type ReportParameter = 'scope' | 'year' | 'since';

/** The arguments after defaults. */
export interface ReportArgs {
  scope: string;
  year: number;
  since: string;
}

/** What a builder may use: the projection and the analytics services (never the store, never its own capacity rule). */
export interface ReportInput {
  /** The stored data's projection, or the scenario's (then `scenario` names it). */
  projection: Projection;
  args: ReportArgs;
  targets: TargetsService;
  /** The scenario the table is built under (pass it to the services), or null for the stored data. */
  scenario: string | null;
}

export interface ReportDefinition {
  id: string;
  title: string;
  question: string;
  parameters: readonly ReportParameter[];
  defaultScope?: string;
  defaultSince?: string;
  build(input: ReportInput): ReportBody | Promise<ReportBody>;
}

interface RowIndex {
  companies: Map<string, CompanyRow>;
  countries: Map<string, CountryRow>;
  ownersOf: Map<string, OwnershipRow[]>;
}

const indexes = new WeakMap<Projection, RowIndex>();

/** Name lookups on the projection's own rows (built once per projection). */
export function rowsOf(p: Projection): RowIndex {
  let index = indexes.get(p);
  if (!index) {
    const ownersOf = new Map<string, OwnershipRow[]>();
    for (const o of p.dataset.ownership) {
      const list = ownersOf.get(o.owned) ?? [];
      list.push(o);
      ownersOf.set(o.owned, list);
    }
    index = {
      companies: new Map(p.dataset.companies.map((c) => [c.id, c])),
      countries: new Map(p.dataset.countries.map((c) => [c.id, c])),
      ownersOf,
    };
    indexes.set(p, index);
  }
  return index;
}

/** "0.45" → "45 %" (shares inside a text cell). */
/** A quantity in a footnote or a text cell without float noise (156.735, not 156.73499999999999): 3 digits past its integer digits, at least 6 significant. */
export function quantityText(value: number): string {
  return Number(value.toPrecision(Math.max(6, Math.ceil(Math.log10(Math.abs(value) + 1)) + 3))).toString();
}

export function percentText(share: number): string {
  const value = share * 100;
  return `${Number.isInteger(value) ? value : value.toFixed(1)} %`;
}

/**
 * The company or consortium behind a facility, as the inquiry asks for it: the operator, and its partners with
 * their shares when the plant (or its operator, a joint venture) has recorded owners.
 */
export function companyOf(p: Projection, f: FacilityRow): string {
  const { companies, ownersOf } = rowsOf(p);
  const name = (id: string) => companies.get(id)?.name ?? id;
  const partners = (owners: readonly OwnershipRow[]) =>
    [...owners]
      .sort((a, b) => b.share - a.share || (a.owner < b.owner ? -1 : 1))
      .map((o) => `${name(o.owner)} ${percentText(o.share)}`)
      .join(', ');
  const direct = ownersOf.get(f.id) ?? [];
  const operator = f.operator ? name(f.operator) : null;
  if (direct.length > 1 || (direct.length === 1 && direct[0]?.owner !== f.operator))
    return operator ? `${operator} (owners: ${partners(direct)})` : partners(direct);
  const jv = f.operator ? (ownersOf.get(f.operator) ?? []) : [];
  if (operator && jv.length > 1) return `${operator} (joint venture: ${partners(jv)})`;
  return operator ?? '';
}

/** The name of a country id. */
export function countryName(p: Projection, id: string): string {
  return rowsOf(p).countries.get(id)?.name ?? id;
}
