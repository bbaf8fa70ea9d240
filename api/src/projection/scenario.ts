/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import {
  PARAMETER_UNIT,
  type Dataset,
  type FlowRow,
  type ScenarioOverride,
  type ScenarioRow,
} from '../dataset/types.js';
import { parameterKey } from '../dataset/validate.js';

/** The material the black-mass export ban applies to. */
export const BLACK_MASS = 'black-mass';

/** A dataset with a scenario's overrides applied, and what each override did in words. */
export interface ScenarioApplication {
  dataset: Dataset;
  notes: string[];
}

/**
 * Applies a scenario's overrides (SPEC 4.6) to a copy of a dataset; the dataset passed in is not changed.
 * - `{facility, status?, capacity?}`: the facility's status, and the value of every capacity row it has.
 * - `{addFacility}`: a new facility with its capacity rows (each a dataset capacity row: basis, default INSTALLED;
 *   a recycler's measure; sources, default the plant's).
 * - `{country, material, stage?, cut}`: flows of that material (at that stage, or every stage) from the country
 *   or its facilities to other countries are cut by the fraction.
 * - `{blackMassExportBan: true}`: black-mass flows from EU countries to non-OECD countries are removed (the
 *   hazardous-waste export ban of Delegated Decision (EU) 2025/934).
 * - `{parameter: {kind, material?, chemistry?, value}}`: the recycling parameter of that kind, material and chemistry
 *   takes the value (its row keeps id, range and sources; a parameter the data lacks is added without sources).
 */
export function applyScenario(dataset: Dataset, scenario: ScenarioRow): ScenarioApplication {
  const out: Dataset = {
    ...dataset,
    facilities: [...dataset.facilities],
    capacities: [...dataset.capacities],
    flows: [...dataset.flows],
    parameters: [...dataset.parameters],
  };
  const notes: string[] = [`Scenario ${scenario.id} (${scenario.name}).`];
  for (const override of scenario.overrides) notes.push(applyOverride(out, override, scenario.id));
  return { dataset: out, notes };
}

function applyOverride(d: Dataset, o: ScenarioOverride, scenarioId: string): string {
  if ('parameter' in o) {
    const { kind, material, chemistry, value } = o.parameter;
    const i = d.parameters.findIndex((row) => parameterKey(row) === parameterKey(o.parameter));
    const name = `${kind}${material ? ` of ${material}` : ''}${chemistry ? ` (${chemistry})` : ''}`;
    const was = d.parameters[i];
    if (was)
      d.parameters[i] = { ...was, value, notes: `Set by scenario ${scenarioId}; the data's value is ${was.value}.` };
    else {
      const id = `${scenarioId}:${parameterKey(o.parameter).replace(/[^A-Za-z0-9._:-]/g, '_')}`;
      const unit = PARAMETER_UNIT[kind];
      d.parameters.push({
        id,
        ...o.parameter,
        unit,
        sources: [],
        notes: `Set by scenario ${scenarioId}; not in the data.`,
      });
    }
    return `Parameter ${name}: ${value}${was ? ` instead of ${was.value}` : ' (not in the data)'}.`;
  }
  if ('addFacility' in o) {
    const { capacities, ...row } = o.addFacility;
    d.facilities.push({ ...row, sources: row.sources ?? [] });
    // A row is a dataset capacity row of the plant: basis INSTALLED unless it says ANNOUNCED, its own sources or
    // else the plant's; its measure (a recycler's battery input, black-mass feed, …) as it states it.
    for (const c of capacities)
      d.capacities.push({
        ...c,
        facility: row.id,
        basis: c.basis ?? 'INSTALLED',
        sources: c.sources ?? row.sources ?? [],
      });
    const rows = capacities.map(
      (c) =>
        `${c.value} ${c.unit} of ${c.material}${c.measure ? ` (${c.measure})` : ''} ${c.basis === 'ANNOUNCED' ? 'announced for' : 'installed from'} ${c.year}`,
    );
    return `Adds facility ${row.id} (${row.status}) in ${row.country}${rows.length > 0 ? `: ${rows.join('; ')}` : ' without capacity rows'}.`;
  }
  if ('blackMassExportBan' in o) {
    const country = countryOf(d);
    const eu = new Set(d.countries.filter((c) => c.eu).map((c) => c.id));
    const oecd = new Set(d.countries.filter((c) => c.oecd).map((c) => c.id));
    const before = d.flows.length;
    d.flows = d.flows.filter(
      (f) => !(f.material === BLACK_MASS && eu.has(country(f.from)) && !oecd.has(country(f.to))),
    );
    const removed = before - d.flows.length;
    if (removed === 0)
      return (
        'Black-mass export ban: changes nothing here, because the data records no black-mass flow from an EU ' +
        `country to a non-OECD country (${d.flows.some((f) => f.material === BLACK_MASS) ? 'its black-mass flows go elsewhere' : 'it records no black-mass flows at all'}): the ban's effect is unknown, not zero.`
      );
    return `Black-mass export ban: ${removed} flows of black mass from EU countries to non-OECD countries removed.`;
  }
  if ('cut' in o) {
    const country = countryOf(d);
    let cut = 0;
    d.flows = d.flows.map((f: FlowRow) => {
      if (
        f.material !== o.material ||
        (o.stage !== undefined && f.stage !== o.stage) ||
        country(f.from) !== o.country ||
        country(f.to) === o.country
      )
        return f;
      cut++;
      return { ...f, value: f.value * (1 - o.cut) };
    });
    const what = `${o.material}${o.stage ? ` at ${o.stage}` : ''} from ${o.country}`;
    if (cut === 0) {
      const stages = [
        ...new Set(
          d.flows
            .filter((f) => f.material === o.material && country(f.from) === o.country && country(f.to) !== o.country)
            .map((f) => f.stage),
        ),
      ].sort();
      return (
        `Export restriction: changes nothing here, because the data records no flow of ${what} to other ` +
        `countries (${stages.length > 0 ? `its ${o.material} flows from ${o.country} are at ${stages.join(', ')}` : `it records no ${o.material} flows from ${o.country} at all`}): the restriction's effect is unknown, not zero.`
      );
    }
    return `Export restriction: ${cut} flows of ${what} to other countries cut by ${o.cut * 100} %.`;
  }
  const index = d.facilities.findIndex((f) => f.id === o.facility);
  if (index < 0) return `Facility ${o.facility} is not in the data; override ignored.`;
  const parts: string[] = [];
  if (o.status !== undefined) {
    // The overridden status holds every year from the start year on (SPEC 4.0 without a history): a history
    // would otherwise keep deciding the status of past and present years.
    d.facilities[index] = { ...d.facilities[index]!, status: o.status, statusHistory: [] };
    parts.push(`status ${o.status} in every year`);
  }
  if (o.capacity !== undefined) {
    let rows = 0;
    d.capacities = d.capacities.map((c) => {
      if (c.facility !== o.facility) return c;
      rows++;
      return { ...c, value: o.capacity! };
    });
    parts.push(`capacity ${o.capacity} in its ${rows} capacity rows`);
  }
  return `Facility ${o.facility}: ${parts.join(', ') || 'no change'}.`;
}

/** Resolves a flow endpoint (country or facility id) to a country id. */
function countryOf(d: Dataset): (id: string) => string {
  const facilityCountry = new Map(d.facilities.map((f) => [f.id, f.country]));
  return (id) => facilityCountry.get(id) ?? id;
}
