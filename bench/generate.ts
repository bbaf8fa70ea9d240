import type {
  CapacityRow,
  CompanyRow,
  CountryRow,
  Dataset,
  FacilityRow,
  FacilityStatus,
  FlowRow,
  OwnershipRow,
  ProductionRow,
  Stage,
  TargetRow,
} from '../api/src/dataset/types.js';
import { rowKey } from '../api/src/dataset/merge.js';
import { FACILITY_STATUSES, emptyDataset } from '../api/src/dataset/types.js';

/** mulberry32: a small seeded PRNG, so every run generates the same data. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const METALS = ['lithium', 'nickel', 'cobalt', 'graphite', 'manganese'];
const UNITS: Record<string, string> = {
  lithium: 't Li',
  nickel: 't Ni',
  cobalt: 't Co',
  graphite: 't',
  manganese: 't Mn',
  'black-mass': 't',
  cells: 'GWh',
};
const TYPE: Record<Stage, FacilityRow['type']> = {
  EXTRACTION: 'MINE',
  REFINING: 'REFINERY',
  COMPONENT: 'COMPONENT_PLANT',
  CELL: 'CELL_PLANT',
  RECYCLING: 'RECYCLER',
};
const STAGE_MIX: Stage[] = ['EXTRACTION', 'EXTRACTION', 'REFINING', 'REFINING', 'COMPONENT', 'CELL', 'RECYCLING'];
const YEARS = [2024, 2027, 2030];

/**
 * A synthetic dataset with `facilities` facilities and about 10 relationships per facility: 3 capacity rows,
 * ~1.5 ownership links, ~4 flows, location and operator; companies (half as many) in ownership chains with
 * cross-holding cycles; country production statistics for every material, stage and year 2020–2030; targets.
 * Seeded and reproducible. Valid by construction (not run through the validator, to keep generation fast).
 */
export function generateDataset(facilities: number, seed = 42): Dataset {
  const rnd = random(seed + facilities);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const d = emptyDataset();
  d.sources.push({ id: 'src-synthetic', title: 'Synthetic benchmark data', publisher: 'bench', year: 2025 });
  const regions = ['EU', 'CHINA', 'KOREA', 'JAPAN', 'NORTH-AMERICA', 'REST-OF-WORLD'];
  d.regions.push(...regions.map((id) => ({ id, name: id })));
  const countries: CountryRow[] = [];
  for (let i = 0; i < 80; i++) {
    const region =
      i < 27
        ? 'EU'
        : i === 27
          ? 'CHINA'
          : i === 28
            ? 'KOREA'
            : i === 29
              ? 'JAPAN'
              : i < 33
                ? 'NORTH-AMERICA'
                : 'REST-OF-WORLD';
    const id = String.fromCharCode(65 + Math.floor(i / 26)) + String.fromCharCode(65 + (i % 26));
    countries.push({ id, name: `Country ${id}`, eu: region === 'EU', oecd: i < 33, regions: [region] });
  }
  countries.push({ id: 'XW', name: 'Rest of world', eu: false, oecd: false, regions: [] });
  d.countries = countries;
  const real = countries.slice(0, 80).map((c) => c.id);
  // China-heavy weights, like the real market.
  const weighted = [...real, ...Array<string>(40).fill(real[27]!)];
  d.materials = Object.entries(UNITS).map(([id, unit]) => ({ id, name: id, unit }));
  const src = ['src-synthetic'];

  const nCompanies = Math.max(10, Math.floor(facilities / 2));
  const companies: CompanyRow[] = [];
  for (let i = 0; i < nCompanies; i++)
    companies.push({ id: `co-${i}`, name: `Company ${i}`, country: pick(weighted), sources: src });
  d.companies = companies;
  const ownership: OwnershipRow[] = [];
  for (let i = 0; i < nCompanies; i++) {
    const r = rnd();
    const k = r < 0.4 ? 0 : r < 0.85 ? 1 : 2;
    const owners = new Set<number>();
    for (let j = 0; j < k; j++) {
      // Mostly owned by a later company (chains); 3 % by a nearby earlier one, which closes cross-holding cycles.
      const o =
        rnd() < 0.03 ? i - 1 - Math.floor(rnd() * 5) : i + 1 + Math.floor(rnd() * Math.min(8, nCompanies - i - 1));
      if (o !== i && o >= 0 && o < nCompanies) owners.add(o);
    }
    let left = 0.95;
    for (const o of owners) {
      const share = Math.round((0.2 + rnd() * 0.5) * left * 1000) / 1000;
      left -= share;
      ownership.push({ owner: `co-${o}`, owned: `co-${i}`, share, sources: src });
    }
  }

  const rows: FacilityRow[] = [];
  const capacities: CapacityRow[] = [];
  const byStage = new Map<Stage, FacilityRow[]>();
  for (let i = 0; i < facilities; i++) {
    const stage = pick(STAGE_MIX);
    const status: FacilityStatus = rnd() < 0.6 ? 'OPERATING' : pick(FACILITY_STATUSES);
    const f: FacilityRow = {
      id: `fac-${i}`,
      name: `Facility ${i}`,
      type: TYPE[stage],
      stage,
      country: pick(weighted),
      status,
      startYear: 2015 + Math.floor(rnd() * 18),
      operator: `co-${Math.floor(rnd() * nCompanies)}`,
      sources: src,
    };
    rows.push(f);
    const list = byStage.get(stage) ?? [];
    list.push(f);
    byStage.set(stage, list);
    const material = stage === 'CELL' ? 'cells' : stage === 'RECYCLING' ? 'black-mass' : pick(METALS);
    const base = stage === 'CELL' ? 5 + rnd() * 40 : 500 + rnd() * 20000;
    for (const year of YEARS)
      capacities.push({
        facility: f.id,
        material,
        year,
        value: Math.round(base * (1 + (year - 2024) * 0.05)),
        unit: UNITS[material]!,
        basis: 'INSTALLED',
        sources: src,
      });
    const k = rnd() < 0.5 ? 1 : 2;
    let left = 1;
    for (let j = 0; j < k; j++) {
      const share = j === k - 1 ? Math.round(left * (0.6 + rnd() * 0.4) * 1000) / 1000 : 0.5;
      left -= share;
      ownership.push({ owner: `co-${Math.floor(rnd() * nCompanies)}`, owned: f.id, share, sources: src });
    }
  }
  // Drop duplicate (owner, owned) links, keeping the first.
  const seen = new Set<string>();
  d.ownership = ownership.filter((o) => {
    const key = `${o.owner}>${o.owned}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  d.facilities = rows;
  d.capacities = capacities;

  const flows: FlowRow[] = [];
  for (const f of rows) {
    const material = f.stage === 'CELL' ? 'cells' : f.stage === 'RECYCLING' ? 'black-mass' : pick(METALS);
    for (let j = 0; j < 4; j++) {
      const to = rnd() < 0.5 ? pick(real) : pick(rows).id;
      const toCountry = to.startsWith('fac-') ? rows[Number(to.slice(4))]!.country : to;
      if (toCountry === f.country || to === f.id) continue;
      flows.push({
        from: f.id,
        to,
        material,
        stage: f.stage,
        year: pick(YEARS),
        value: Math.round(rnd() * 1000),
        unit: UNITS[material]!,
        sources: src,
      });
    }
  }
  const production: ProductionRow[] = [];
  for (const c of [...real, 'XW'])
    for (const material of Object.keys(UNITS))
      for (const stage of ['EXTRACTION', 'REFINING', 'COMPONENT', 'CELL', 'RECYCLING'] as Stage[]) {
        if (rnd() < 0.5) continue; // half the countries have no statistic: facility capacity stands in
        for (let year = 2020; year <= 2030; year++)
          production.push({
            country: c,
            material,
            stage,
            year,
            value: Math.round(rnd() * 50000),
            unit: UNITS[material]!,
            sources: src,
          });
      }
  for (let j = 0; j < facilities / 10; j++) {
    const material = pick(METALS);
    const stage = pick(['EXTRACTION', 'REFINING', 'COMPONENT'] as Stage[]);
    const from = pick(real);
    const to = pick(real);
    if (from !== to)
      flows.push({
        from,
        to,
        material,
        stage,
        year: pick(YEARS),
        value: Math.round(rnd() * 5000),
        unit: UNITS[material]!,
        sources: src,
      });
  }
  // A facility can draw the same partner, material and year twice; one row per natural key (duplicates at 50k).
  const flowKeys = new Set<string>();
  d.flows = flows.filter((f) => {
    const key = rowKey('flows', f);
    if (flowKeys.has(key)) return false;
    flowKeys.add(key);
    return true;
  });
  d.production = production;
  const targets: TargetRow[] = [];
  for (const material of METALS)
    for (const stage of ['EXTRACTION', 'REFINING'] as Stage[]) {
      targets.push({
        id: `tgt-red-${material}-${stage}`,
        kind: 'SINGLE_COUNTRY_REDUCTION',
        material,
        stage,
        scope: 'EU',
        baselineYear: 2024,
        targetYear: 2029,
        sources: src,
      });
      targets.push({
        id: `tgt-max-${material}-${stage}`,
        kind: 'MAX_SINGLE_COUNTRY_SHARE',
        material,
        stage,
        scope: 'EU',
        targetYear: 2030,
        share: 0.65,
        sources: src,
      });
    }
  d.targets = targets;
  return d;
}

/** Relationship count as the graph would hold it (one per row, plus location and operator per facility). */
export function relationshipCount(d: Dataset): number {
  return (
    d.capacities.length +
    d.ownership.length +
    d.flows.length +
    d.production.length +
    2 * d.facilities.length +
    d.companies.length
  );
}
