import type { ParameterKind } from '../dataset/types.js';

/**
 * The recycling analytics (SPEC 4.7): the black-mass balance of a scope in a year, recovered metal per metal and
 * country against the Batteries Regulation's recovery targets, recycled content against the minimums for the
 * scope's cell production, and (with {@link banEffect}) what the black-mass export ban changes. Pure functions of
 * plain inputs — no projection, store or GraphQL: `api/src/projection/recycling.ts` builds the inputs from the
 * projection with the one capacity rule (SPEC 4.0).
 *
 * Chain (all quantities tonnes per year):
 * - battery input (BATTERY_INPUT capacity) × BLACK_MASS_YIELD = black mass, or a stated BLACK_MASS_OUTPUT capacity;
 * - black mass available in a country = its plants' black mass + recorded imports − recorded exports (flows);
 * - hydrometallurgy (BLACK_MASS_INPUT capacity) processes what is available: first a country's own black mass in its
 *   own plants, then the scope's remaining surplus where capacity is still free (intra-scope trade is not recorded,
 *   so black mass is assumed to move to free capacity inside the scope); what is left is unallocated (surplus),
 *   capacity left without feed is reported as free capacity (deficit);
 * - recovered metal = processed black mass × BLACK_MASS_CONTENT × RECOVERY_EFFICIENCY, or a stated RECOVERED_METAL
 *   capacity (scaled by the plant's utilisation when it also states its black-mass feed);
 * - recycled content = recovered metal in the scope / (cell supply in GWh × MATERIAL_INTENSITY by chemistry).
 * A figure that rests on a parameter says so (basis PARAMETER and the parameter keys); a figure without data has
 * basis NONE (its value is a 0 placeholder, never an answer).
 */

/** What a figure rests on: a published capacity, a capacity × a parameter, a recorded flow, or nothing. */
export type RecyclingBasis = 'CAPACITY' | 'PARAMETER' | 'FLOW' | 'NONE';

/** A parameter in use: the dataset's default, or a scenario's or query's value (`overridden`). */
export interface ParameterInUse {
  /** The dataset row's id; null for a value the data lacks that an override set. */
  id: string | null;
  /** kind|material|chemistry — what figures cite. */
  key: string;
  kind: ParameterKind;
  material?: string;
  chemistry?: string;
  value: number;
  low?: number;
  high?: number;
  unit: string;
  overridden: boolean;
  notes?: string;
  sources: string[];
}

/** A recycler located in the scope with its supply capacities in the year (SPEC 4.0), by measure. */
export interface RecyclerInput {
  id: string;
  name: string;
  country: string;
  chemistry?: string;
  /** t battery input per year (BATTERY_INPUT). */
  batteryInput?: number;
  /**
   * True when the plant smelts batteries (pyrometallurgy) instead of shredding them to black mass: its battery input
   * makes no black mass (the projection door reads it from the facility's process step).
   */
  smelting?: boolean;
  /** t black mass produced per year (BLACK_MASS_OUTPUT). */
  blackMassOutput?: number;
  /** t black mass processed by hydrometallurgy per year (BLACK_MASS_INPUT). */
  blackMassInput?: number;
  /** t metal recovered per year, by metal (RECOVERED_METAL). */
  recoveredMetal?: Readonly<Record<string, number>>;
  /** Sources of the capacity rows used. */
  sources: string[];
  /** Indices of the capacity rows used (into the dataset's `capacities`), passed through for callers. */
  capacityRows?: number[];
}

/** A recorded black-mass flow of the year with its endpoints' countries; at least one end is in the scope. */
export interface BlackMassFlow {
  from: string;
  to: string;
  value: number;
  sources: string[];
}

/** A cell plant in the scope supplying cells in the year (SPEC 4.0), GWh. */
export interface CellPlantInput {
  id: string;
  name: string;
  country: string;
  chemistry?: string;
  gwh: number;
}

/** A target of the data that applies to the scope. */
export interface RecyclingTarget {
  id: string;
  kind: 'RECOVERY_RATE' | 'RECYCLED_CONTENT' | 'MIN_DOMESTIC_SHARE';
  material: string;
  share: number;
  targetYear: number;
  sources: string[];
}

export interface RecyclingInput {
  scope: string;
  year: number;
  /** Whether a country id is inside the scope. */
  inScope: (country: string) => boolean;
  /** Display names of countries (labels). */
  countryName: (country: string) => string;
  /** Recyclers located in the scope that supply in the year, with their capacities. */
  recyclers: readonly RecyclerInput[];
  /** Recyclers in the scope operating (or ramping up) in the year without any capacity row for it: names. */
  recyclersWithoutCapacity: readonly string[];
  /** Recyclers in the scope with installed capacity that do not supply in the year: "name (status)". */
  recyclersNotSupplying: readonly string[];
  /** Black-mass flows of the year into, out of or inside the scope. */
  flows: readonly BlackMassFlow[];
  /** Cell plants of the scope supplying cells in the year. */
  cellPlants: readonly CellPlantInput[];
  /** Every parameter available (defaults with overrides applied). */
  parameters: readonly ParameterInUse[];
  /** RECOVERY_RATE, RECYCLED_CONTENT and RECYCLING-stage MIN_DOMESTIC_SHARE targets that apply to the scope. */
  targets: readonly RecyclingTarget[];
  /** The metals to report, in order. */
  metals: readonly string[];
  /** Unit of each metal (e.g. `t Li`). */
  unitOf: (material: string) => string;
}

/** A node of the black-mass balance (Sankey). */
export interface RecyclingNode {
  id: string;
  label: string;
  kind: 'INPUT' | 'PRETREATMENT' | 'BLACK_MASS' | 'HYDROMET' | 'EXPORT' | 'UNALLOCATED' | 'RECOVERED';
  country: string | null;
}

/** A link of the balance, tonnes per year (of its material). */
export interface RecyclingLink {
  source: string;
  target: string;
  value: number;
  material: string;
  basis: Exclude<RecyclingBasis, 'NONE'>;
}

export interface OriginValue {
  origin: string;
  value: number;
  share: number;
}

export interface RecoveredMetal {
  material: string;
  /** t metal per year; a 0 placeholder when basis is NONE. */
  value: number;
  unit: string;
  byCountry: OriginValue[];
  /** Each recovering plant's figure (empty when basis is NONE). */
  byPlant: PlantRecovery[];
  /** What each country's figure rests on (CAPACITY: stated recovered metal only; PARAMETER: an estimate). */
  basisByCountry: Readonly<Record<string, 'CAPACITY' | 'PARAMETER'>>;
  /** Recovered / contained over the figure (the hydrometallurgical step's efficiency); 0 when unknown. */
  recoveryRate: number;
  recoveryRateKnown: boolean;
  /** The RECOVERY_RATE target in force in the year (latest targetYear ≤ year), else the next one. */
  targetRate: number | null;
  targetYear: number | null;
  targetInForce: boolean;
  /**
   * Whether recoveryRate reaches targetRate; null without a target or a known rate, and null when the rate is only the
   * assumed RECOVERY_EFFICIENCY (no plant states its recovered metal): a parameter never meets a target.
   */
  meetsTarget: boolean | null;
  /** The CRMA recycling benchmark for the metal (MIN_DOMESTIC_SHARE at RECYCLING): its share and year. */
  benchmarkShare: number | null;
  benchmarkYear: number | null;
  basis: RecyclingBasis;
  /**
   * The figure with every parameter at the low, then the high end of its range (a parameter without a range, or one
   * a scenario or the query set, at its value); null when basis is NONE. Equal to value when nothing has a range.
   */
  low: number | null;
  high: number | null;
  /** Keys of the parameters the figure rests on. */
  parameters: string[];
  reason: string | null;
}

/** One plant's recovered metal. */
export interface PlantRecovery {
  facility: string;
  country: string;
  /** t metal per year. */
  value: number;
  basis: 'CAPACITY' | 'PARAMETER';
  /** Keys of the parameters it rests on (a stated capacity rests on none). */
  parameters: string[];
}

export interface RecycledContent {
  material: string;
  recovered: number;
  /**
   * t metal the scope's cell supply needs: the installed capacity (GWh per year) of its cell plants operating or
   * ramping up (SPEC 4.0 — capacity, not output) × MATERIAL_INTENSITY; null when it cannot be known.
   */
  cellDemand: number | null;
  share: number | null;
  /** PARAMETER: an estimate (it always rests on MATERIAL_INTENSITY, and mostly on the recovered metal's parameters). */
  basis: 'PARAMETER' | 'NONE';
  /** The figures with every parameter at the low, then the high end of its range; null without a figure. */
  recoveredLow: number | null;
  recoveredHigh: number | null;
  cellDemandLow: number | null;
  cellDemandHigh: number | null;
  /** recoveredLow / cellDemandHigh. */
  shareLow: number | null;
  /** recoveredHigh / cellDemandLow; null also when cellDemandLow is 0 (no upper bound). */
  shareHigh: number | null;
  minimum: number | null;
  targetYear: number | null;
  inForce: boolean;
  status: 'MET' | 'BELOW' | 'NO_BASELINE';
  reason: string | null;
  parameters: string[];
}

/** One pre-treatment plant's black mass in a year. */
export interface PlantBlackMass {
  facility: string;
  country: string;
  /** t black mass per year. */
  value: number;
  /** CAPACITY: its stated BLACK_MASS_OUTPUT capacity; PARAMETER: its battery input × BLACK_MASS_YIELD. */
  basis: 'CAPACITY' | 'PARAMETER';
  /** Key (kind|material|chemistry) of the yield used (none for a stated output). */
  parameters: string[];
}

export interface RecyclingResult {
  scope: string;
  year: number;
  unit: 't';
  nodes: RecyclingNode[];
  links: RecyclingLink[];
  /** t battery input fed to pre-treatment (shredding to black mass). */
  batteryInput: number;
  /** t battery input fed to pyrometallurgical smelting (no black mass). */
  smeltingInput: number;
  /** Black mass produced in the scope (a 0 placeholder when blackMassBasis is NONE). */
  blackMass: number;
  blackMassBasis: RecyclingBasis;
  /** The black mass of each pre-treatment plant in `blackMass`: stated output (CAPACITY) or input × yield (PARAMETER). */
  blackMassByPlant: PlantBlackMass[];
  imported: number;
  processedInScope: number;
  /**
   * What processedInScope, hydrometFree and unallocated rest on: the black mass's basis, FLOW (recorded imports
   * only), or NONE (no hydrometallurgical capacity published, or its feed unknown): then processed and free are 0
   * placeholders, and unallocated is the known black mass without a destination in the data.
   */
  processedBasis: RecyclingBasis;
  hydrometCapacity: number;
  /** Hydrometallurgical capacity left without recorded feed (the deficit). */
  hydrometFree: number;
  exported: number;
  /** Black mass with no recorded destination and no free capacity in the scope (the surplus). */
  unallocated: number;
  flowsRecorded: boolean;
  recovered: RecoveredMetal[];
  recycledContent: RecycledContent[];
  /** Every parameter the result used, and every overridden one. */
  parameters: ParameterInUse[];
  notes: string[];
  /** Source ids of every capacity and flow row used. */
  sources: string[];
}

/** The kind|material|chemistry key of a parameter. */
export function parameterKeyOf(p: { kind: string; material?: string | undefined; chemistry?: string | undefined }) {
  return `${p.kind}|${p.material ?? ''}|${p.chemistry ?? ''}`;
}

/** The leading word of a free-text chemistry ("LFP (prismatic)" → "LFP", "NMC; …" → "NMC"), upper case. */
function chemistryFamily(chemistry: string): string {
  return (/^[A-Za-z]+/.exec(chemistry.trim())?.[0] ?? '').toUpperCase();
}

/** A parameter picked for a plant: the row and, when it is not the plant's own chemistry, what stood in. */
interface Pick {
  parameter: ParameterInUse;
  /** Why this row: the chemistry's own, its family's, the mixed row, or the only chemistry the data has. */
  how: 'exact' | 'family' | 'mixed' | 'sole';
}

/**
 * The parameter of a kind and material for a chemistry: the row of that chemistry, else of its family (the leading
 * word: NMC for "NMC (high-nickel)"), else the row without chemistry (mixed / any), else — for a plant that states
 * no chemistry, when the data has rows of one chemistry only — that row (it stands in, and the caller says so).
 */
export function pickParameter(
  parameters: readonly ParameterInUse[],
  kind: ParameterKind,
  material: string | undefined,
  chemistry: string | undefined,
): Pick | null {
  const rows = parameters.filter((p) => p.kind === kind && p.material === material);
  if (chemistry !== undefined && chemistry.trim() !== '') {
    const exact = rows.find((p) => p.chemistry !== undefined && p.chemistry.toUpperCase() === chemistry.toUpperCase());
    if (exact) return { parameter: exact, how: 'exact' };
    const family = chemistryFamily(chemistry);
    const byFamily = rows.find((p) => p.chemistry !== undefined && p.chemistry.toUpperCase() === family);
    if (family !== '' && byFamily) return { parameter: byFamily, how: 'family' };
  }
  const mixed = rows.find((p) => p.chemistry === undefined);
  if (mixed) return { parameter: mixed, how: 'mixed' };
  // A plant that states another chemistry keeps no parameter (an NMC value says nothing about LFP cells).
  const only = rows[0];
  const stated = chemistry !== undefined && chemistry.trim() !== '';
  return only && rows.length === 1 && !stated ? { parameter: only, how: 'sole' } : null;
}

/** Collects which parameter stood in for which plants (a chemistry other than the plant's own). */
class StandIns {
  private readonly byKey = new Map<string, { parameter: ParameterInUse; plants: Set<string> }>();

  /** Records a pick for a plant unless it is the plant's own chemistry (or the mixed row for a plant without one). */
  add(pick: Pick, plant: string, chemistry: string | undefined): void {
    if (pick.how === 'exact' || (pick.how === 'mixed' && chemistry === undefined)) return;
    let entry = this.byKey.get(pick.parameter.key);
    if (!entry) this.byKey.set(pick.parameter.key, (entry = { parameter: pick.parameter, plants: new Set() }));
    entry.plants.add(chemistry === undefined ? `${plant} (chemistry not stated)` : `${plant} (${chemistry})`);
  }

  notes(): string[] {
    return [...this.byKey.values()].map(
      ({ parameter, plants }) =>
        `${describeParameter(parameter)} stands in for ${[...plants].join(', ')}: no parameter of their own chemistry.`,
    );
  }
}

const t = (x: number) => `${round(x).toLocaleString('en-GB')} t`;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** A parameter in words: "BLACK_MASS_YIELD 0.4 t/t (0.3–0.5)". */
export function describeParameter(p: ParameterInUse): string {
  const what = `${p.kind}${p.material ? ` ${p.material}` : ''}${p.chemistry ? ` ${p.chemistry}` : ''}`;
  const range = p.low !== undefined || p.high !== undefined ? ` (${p.low ?? '?'}–${p.high ?? '?'})` : '';
  return `${what} ${p.value} ${p.unit}${range}${p.overridden ? ', overridden' : ''}`;
}

interface CountryBalance {
  country: string;
  batteryInput: number;
  /** Black mass by basis. */
  fromCapacity: number;
  fromParameter: number;
  imported: number;
  exported: number;
  intraIn: number;
  intraOut: number;
  capacity: number;
  processed: number;
}

/** A parameter's value at one end of its range (its value when it has none, or when a scenario or query set it). */
const endValue = (p: ParameterInUse, end: 'low' | 'high') => (p.overridden ? p.value : (p[end] ?? p.value));

function atEnd(parameters: readonly ParameterInUse[], end: 'low' | 'high'): ParameterInUse[] {
  return parameters.map((p) => {
    const v = endValue(p, end);
    return v === p.value ? p : { ...p, value: v };
  });
}

const hasRange = (p: ParameterInUse) =>
  !p.overridden && ((p.low ?? p.value) !== p.value || (p.high ?? p.value) !== p.value);

const pct = (x: number) => `${(x * 100).toFixed(Math.abs(x) < 0.1 ? 2 : 1)} %`;
/** "81–135 t", or one figure when both ends are the same (whole tonnes from 100 t). */
const span = (low: number, high: number) => {
  const f = (x: number) => x.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(x) >= 100 ? 0 : 1 });
  return f(low) === f(high) ? `${f(low)} t` : `${f(low)}–${f(high)} t`;
};

/**
 * The black-mass balance, recovered metal and recycled content of a scope in a year, with the range every figure
 * resting on parameters spans: the balance is run again with every parameter at the low, then the high end of its
 * range (each figure grows with each parameter, so these are its bounds); recycled content's low is the low
 * recovered metal over the high cell need, its high the high recovered metal over the low cell need.
 */
export function recyclingBalance(input: RecyclingInput): RecyclingResult {
  const central = recyclingBalanceAtValues(input);
  const ranged = input.parameters.some(hasRange);
  const low = ranged ? recyclingBalanceAtValues({ ...input, parameters: atEnd(input.parameters, 'low') }) : central;
  const high = ranged ? recyclingBalanceAtValues({ ...input, parameters: atEnd(input.parameters, 'high') }) : central;
  const valueIn = (r: RecyclingResult, metal: string) => {
    const m = r.recovered.find((x) => x.material === metal);
    return m && m.basis !== 'NONE' ? m.value : 0;
  };
  for (const m of central.recovered) {
    if (m.basis === 'NONE') continue;
    m.low = Math.min(m.value, valueIn(low, m.material));
    m.high = Math.max(m.value, valueIn(high, m.material));
  }
  for (const c of central.recycledContent) {
    if (c.status === 'NO_BASELINE' || c.share === null || c.cellDemandLow === null || c.cellDemandHigh === null)
      continue;
    c.recoveredLow = Math.min(c.recovered, valueIn(low, c.material));
    c.recoveredHigh = Math.max(c.recovered, valueIn(high, c.material));
    c.shareLow = c.cellDemandHigh > 0 ? c.recoveredLow / c.cellDemandHigh : null;
    c.shareHigh = c.cellDemandLow > 0 ? c.recoveredHigh / c.cellDemandLow : null;
    const shares =
      c.shareHigh === null
        ? `at least ${pct(c.shareLow ?? 0)}, with no upper bound (at the low end of its MATERIAL_INTENSITY range a chemistry needs no ${c.material})`
        : `${pct(c.shareLow ?? 0)}–${pct(c.shareHigh)}`;
    const straddles =
      c.minimum !== null && (c.shareLow ?? 0) < c.minimum - 1e-12 && (c.shareHigh === null || c.shareHigh >= c.minimum);
    c.reason =
      `${c.reason ?? ''} An estimate resting on parameters; with each at the low, then the high end of its range: recovered ${span(c.recoveredLow, c.recoveredHigh)}, cell need ${span(c.cellDemandLow, c.cellDemandHigh)}, recycled content ${shares}.${straddles && c.minimum !== null ? ` The minimum ${pct(c.minimum)} lies inside that range: ${c.status} holds at the central values only.` : ''}`.trim();
  }
  return central;
}

/**
 * The balance at the parameters' values only (no range): what the REFINING supply of recovered metal needs, at a
 * third of the cost of {@link recyclingBalance}.
 */
export function recyclingBalanceAtValues(input: RecyclingInput): RecyclingResult {
  const notes: string[] = [];
  const used = new Map<string, ParameterInUse>();
  const use = (p: ParameterInUse) => used.set(p.key, p);
  const sources = new Set<string>();
  const nodes = new Map<string, RecyclingNode>();
  const links: RecyclingLink[] = [];
  const node = (id: string, label: string, kind: RecyclingNode['kind'], country: string | null) => {
    if (!nodes.has(id)) nodes.set(id, { id, label, kind, country });
    return id;
  };
  const link = (source: string, target: string, value: number, material: string, basis: RecyclingLink['basis']) => {
    if (value > 0) links.push({ source, target, value, material, basis });
  };
  const name = (c: string) => `${input.countryName(c)}`;

  // 1. Pre-treatment: battery input × yield, or stated black-mass output.
  const balances = new Map<string, CountryBalance>();
  const balance = (c: string): CountryBalance => {
    let b = balances.get(c);
    if (!b) {
      b = {
        country: c,
        batteryInput: 0,
        fromCapacity: 0,
        fromParameter: 0,
        imported: 0,
        exported: 0,
        intraIn: 0,
        intraOut: 0,
        capacity: 0,
        processed: 0,
      };
      balances.set(c, b);
    }
    return b;
  };
  const standIns = new StandIns();
  const noYield: string[] = [];
  const yields: string[] = [];
  const smelters: string[] = [];
  let smeltingInput = 0;
  const blackMassByPlant: PlantBlackMass[] = [];
  for (const r of input.recyclers) {
    for (const s of r.sources) sources.add(s);
    const b = balance(r.country);
    b.capacity += r.blackMassInput ?? 0;
    if (r.smelting === true && r.batteryInput !== undefined && r.blackMassOutput === undefined) {
      smeltingInput += r.batteryInput;
      smelters.push(`${r.name} (${t(r.batteryInput)})`);
      continue;
    }
    if (r.batteryInput !== undefined) b.batteryInput += r.batteryInput;
    if (r.blackMassOutput !== undefined) {
      b.fromCapacity += r.blackMassOutput;
      blackMassByPlant.push({
        facility: r.id,
        country: r.country,
        value: r.blackMassOutput,
        basis: 'CAPACITY',
        parameters: [],
      });
    } else if (r.batteryInput !== undefined) {
      const pick = pickParameter(input.parameters, 'BLACK_MASS_YIELD', undefined, r.chemistry);
      if (!pick) noYield.push(`${r.name} (${t(r.batteryInput)})`);
      else {
        standIns.add(pick, r.name, r.chemistry);
        use(pick.parameter);
        b.fromParameter += r.batteryInput * pick.parameter.value;
        blackMassByPlant.push({
          facility: r.id,
          country: r.country,
          value: r.batteryInput * pick.parameter.value,
          basis: 'PARAMETER',
          parameters: [pick.parameter.key],
        });
        yields.push(
          `${r.name}: ${t(r.batteryInput)} × ${pick.parameter.value} = ${t(r.batteryInput * pick.parameter.value)}`,
        );
      }
    }
  }
  const batteryInput = sum([...balances.values()].map((b) => b.batteryInput));
  const producedByCapacity = sum([...balances.values()].map((b) => b.fromCapacity));
  const producedByParameter = sum([...balances.values()].map((b) => b.fromParameter));
  const blackMass = producedByCapacity + producedByParameter;
  const hasPretreatment = input.recyclers.some(
    (r) => (r.batteryInput !== undefined && r.smelting !== true) || r.blackMassOutput !== undefined,
  );
  const blackMassBasis: RecyclingBasis =
    blackMass > 0 || (hasPretreatment && noYield.length === 0)
      ? producedByParameter > 0
        ? 'PARAMETER'
        : 'CAPACITY'
      : 'NONE';
  if (yields.length > 0)
    notes.push(
      `Black mass estimated from battery input × BLACK_MASS_YIELD (a parameter, not reported): ${yields.join('; ')}.`,
    );
  if (noYield.length > 0)
    notes.push(
      `No BLACK_MASS_YIELD for ${noYield.join(', ')}: their battery input is not turned into black mass (no data, not 0).`,
    );
  if (smelters.length > 0)
    notes.push(
      `Battery input smelted (pyrometallurgy), which makes no black mass and is not in the balance: ${smelters.join(', ')}; metal recovered by smelting is counted only where a RECOVERED_METAL capacity is published.`,
    );
  if (!hasPretreatment)
    notes.push(
      `No pre-treatment plant in ${input.scope} has a published capacity for ${input.year}: black-mass output is no data, not 0.`,
    );

  // 2. Recorded flows.
  const flowsRecorded = input.flows.length > 0;
  for (const f of input.flows) {
    for (const s of f.sources) sources.add(s);
    const fromIn = input.inScope(f.from);
    const toIn = input.inScope(f.to);
    if (fromIn && toIn) {
      balance(f.from).intraOut += f.value;
      balance(f.to).intraIn += f.value;
    } else if (fromIn) {
      balance(f.from).exported += f.value;
      link(
        bmNode(f.from),
        node(`export:${f.to}`, `Export to ${name(f.to)}`, 'EXPORT', f.to),
        f.value,
        'black-mass',
        'FLOW',
      );
    } else if (toIn) {
      balance(f.to).imported += f.value;
      link(
        node(`import:${f.from}`, `Black-mass imports from ${name(f.from)}`, 'INPUT', f.from),
        bmNode(f.to),
        f.value,
        'black-mass',
        'FLOW',
      );
    }
  }
  function bmNode(c: string): string {
    return node(`black-mass:${c}`, `Black mass, ${name(c)}`, 'BLACK_MASS', c);
  }
  if (!flowsRecorded)
    notes.push(
      `No black-mass flows are recorded into, out of or inside ${input.scope} for ${input.year}: exports and imports are unknown, not 0.`,
    );
  const exported = sum([...balances.values()].map((b) => b.exported));
  const imported = sum([...balances.values()].map((b) => b.imported));

  // Pre-treatment links per country.
  for (const b of balances.values()) {
    const c = b.country;
    if (b.batteryInput > 0) {
      const pre = node(`pretreatment:${c}`, `Pre-treatment, ${name(c)}`, 'PRETREATMENT', c);
      link(
        node(`input:${c}`, `Battery input, ${name(c)}`, 'INPUT', c),
        pre,
        b.batteryInput,
        'battery-input',
        'CAPACITY',
      );
    }
    if (b.fromCapacity > 0 || b.fromParameter > 0) {
      const pre = node(`pretreatment:${c}`, `Pre-treatment, ${name(c)}`, 'PRETREATMENT', c);
      link(pre, bmNode(c), b.fromCapacity, 'black-mass', 'CAPACITY');
      link(pre, bmNode(c), b.fromParameter, 'black-mass', 'PARAMETER');
    }
  }

  // 3. Hydrometallurgy: own black mass first, then the scope's surplus to free capacity.
  const available = (b: CountryBalance) =>
    b.fromCapacity + b.fromParameter + b.imported + b.intraIn - b.intraOut - b.exported;
  const bmBasisOf = (b: CountryBalance): RecyclingLink['basis'] =>
    b.fromParameter > 0 ? 'PARAMETER' : b.fromCapacity > 0 ? 'CAPACITY' : 'FLOW';
  const surplus = new Map<string, number>();
  const free = new Map<string, number>();
  for (const b of balances.values()) {
    const own = Math.min(b.capacity, Math.max(0, available(b)));
    b.processed = own;
    if (own > 0) link(bmNode(b.country), hydrometNode(b.country), own, 'black-mass', bmBasisOf(b));
    if (available(b) - own > 0) surplus.set(b.country, available(b) - own);
    if (b.capacity - own > 0) free.set(b.country, b.capacity - own);
    if (available(b) < 0)
      notes.push(
        `${name(b.country)}: recorded black-mass exports and transfers exceed the black mass its plants produce by ${t(-available(b))}; plants without a published capacity must supply them.`,
      );
  }
  function hydrometNode(c: string): string {
    return node(`hydromet:${c}`, `Hydrometallurgy, ${name(c)}`, 'HYDROMET', c);
  }
  const ownTotal = sum([...balances.values()].map((b) => b.processed));
  const totalSurplus = sum([...surplus.values()]);
  const totalFree = sum([...free.values()]);
  const moved = Math.min(totalSurplus, totalFree);
  if (moved > 0) {
    for (const [from, s] of surplus)
      for (const [to, f] of free) {
        const value = (moved * s * f) / (totalSurplus * totalFree);
        balance(to).processed += value;
        link(bmNode(from), hydrometNode(to), value, 'black-mass', bmBasisOf(balance(from)));
      }
    notes.push(
      `${t(moved)} of black mass without a recorded destination is assumed processed where hydrometallurgical capacity in ${input.scope} is free (trade inside the scope is not recorded).`,
    );
  }
  const unallocated = snap(totalSurplus - moved, totalSurplus);
  if (unallocated > 0) {
    const un = node('unallocated', 'No recorded destination', 'UNALLOCATED', null);
    for (const [from, s] of surplus)
      link(bmNode(from), un, (s * unallocated) / totalSurplus, 'black-mass', bmBasisOf(balance(from)));
    const anyCapacity = [...balances.values()].some((b) => b.capacity > 0);
    notes.push(
      anyCapacity
        ? `Surplus: ${t(unallocated)} of black mass has no recorded destination and no free hydrometallurgical capacity in ${input.scope} — exported without a record, stockpiled or processed elsewhere; the data cannot say which.`
        : `${t(unallocated)} of black mass has no destination in the data: no hydrometallurgical plant in ${input.scope} publishes its capacity and no flows are recorded — where it is processed is unknown, not "nowhere".`,
    );
  }
  const hydrometCapacity = sum([...balances.values()].map((b) => b.capacity));
  const processedInScope = ownTotal + moved;
  const hydrometFree = snap(hydrometCapacity - processedInScope, hydrometCapacity);
  // Processing is known only where its feed is: black mass of the scope's plants, or recorded imports.
  const feedUnknown = blackMassBasis === 'NONE' && imported === 0;
  const processedBasis: RecyclingBasis =
    hydrometCapacity === 0 || feedUnknown ? 'NONE' : blackMassBasis === 'NONE' ? 'FLOW' : blackMassBasis;
  if (hydrometCapacity > 0 && feedUnknown)
    notes.push(
      `Processing is no data: ${input.scope}'s ${t(hydrometCapacity)} of hydrometallurgical capacity has no known feed (the scope's black mass is not known and no imports are recorded), so processed, deficit and surplus are not figures.`,
    );
  else if (hydrometFree > 0)
    notes.push(
      `Deficit: ${t(hydrometFree)} of hydrometallurgical capacity in ${input.scope} has no recorded feed (imports ${flowsRecorded ? 'recorded do not cover it' : 'are not recorded'}).`,
    );
  if (hydrometCapacity === 0)
    notes.push(
      `No hydrometallurgical plant in ${input.scope} has a published black-mass feed capacity for ${input.year}: processing in the scope is no data, not 0.`,
    );
  if (input.recyclersWithoutCapacity.length > 0)
    notes.push(
      `${input.recyclersWithoutCapacity.length} recyclers in ${input.scope} operate in ${input.year} without a published capacity and are not in these figures: ${input.recyclersWithoutCapacity.join(', ')}.`,
    );

  if (input.recyclersNotSupplying.length > 0)
    notes.push(
      `Not counted in ${input.year} because their status then is not OPERATING or RAMP_UP (SPEC 4.0): ${input.recyclersNotSupplying.join(', ')}.`,
    );

  // 4. Recovered metal.
  const recovered = input.metals.map((metal) => recoveredMetal(input, metal, balances, use, node, link, standIns));
  notes.push(...standIns.notes());
  // 5. Recycled content.
  const recycledContent = recycledContentOf(input, recovered, use);

  for (const p of input.parameters) if (p.overridden) use(p);
  return {
    scope: input.scope,
    year: input.year,
    unit: 't',
    nodes: [...nodes.values()],
    links,
    batteryInput,
    smeltingInput,
    blackMass,
    blackMassBasis,
    blackMassByPlant,
    processedBasis,
    imported,
    processedInScope,
    hydrometCapacity,
    hydrometFree,
    exported,
    unallocated,
    flowsRecorded,
    recovered,
    recycledContent,
    parameters: [...used.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    notes,
    sources: [...sources].sort(),
  };
}

function recoveredMetal(
  input: RecyclingInput,
  metal: string,
  balances: ReadonlyMap<string, CountryBalance>,
  use: (p: ParameterInUse) => void,
  node: (id: string, label: string, kind: RecyclingNode['kind'], country: string | null) => string,
  link: (source: string, target: string, value: number, material: string, basis: RecyclingLink['basis']) => void,
  standIns: StandIns,
): RecoveredMetal {
  const byCountry = new Map<string, number>();
  const byPlant: PlantRecovery[] = [];
  const basisByCountry: Record<string, 'CAPACITY' | 'PARAMETER'> = {};
  const keys = new Set<string>();
  let plantsFeed = 0;
  let feedDependent = false;
  let contained = 0;
  let recoveredFromContained = 0;
  let fromCapacity = 0;
  let fromParameter = 0;
  const missing = new Set<string>();
  let plants = 0;
  for (const r of input.recyclers) {
    const stated = r.recoveredMetal?.[metal];
    if (stated === undefined && r.blackMassInput === undefined) continue;
    if (r.blackMassInput !== undefined) feedDependent = true;
    plants++;
    const b = balances.get(r.country);
    // The plant's share of its country's processed black mass (capacity-weighted).
    const processed =
      r.blackMassInput !== undefined && b && b.capacity > 0 ? (b.processed * r.blackMassInput) / b.capacity : 0;
    plantsFeed += processed;
    const content = pickParameter(input.parameters, 'BLACK_MASS_CONTENT', metal, r.chemistry);
    let value: number | null = null;
    let plantKeys: string[] = [];
    if (stated !== undefined) {
      const feedCapacity = r.blackMassInput;
      value = feedCapacity !== undefined && feedCapacity > 0 ? (stated * processed) / feedCapacity : stated;
      fromCapacity += value;
      basisByCountry[r.country] ??= 'CAPACITY';
      if (content && processed > 0) {
        standIns.add(content, r.name, r.chemistry);
        use(content.parameter);
        keys.add(content.parameter.key);
        contained += processed * content.parameter.value;
        recoveredFromContained += value;
      }
    } else {
      const efficiency = pickParameter(input.parameters, 'RECOVERY_EFFICIENCY', metal, r.chemistry);
      if (!content) missing.add(`BLACK_MASS_CONTENT of ${metal}`);
      if (!efficiency) missing.add(`RECOVERY_EFFICIENCY of ${metal}`);
      if (content && efficiency) {
        plantKeys = [content.parameter.key, efficiency.parameter.key];
        standIns.add(content, r.name, r.chemistry);
        standIns.add(efficiency, r.name, r.chemistry);
        use(content.parameter);
        use(efficiency.parameter);
        keys.add(content.parameter.key);
        keys.add(efficiency.parameter.key);
        value = processed * content.parameter.value * efficiency.parameter.value;
        fromParameter += value;
        basisByCountry[r.country] = 'PARAMETER';
        contained += processed * content.parameter.value;
        recoveredFromContained += value;
      }
    }
    if (value !== null) {
      byCountry.set(r.country, (byCountry.get(r.country) ?? 0) + value);
      byPlant.push({
        facility: r.id,
        country: r.country,
        value,
        basis: stated !== undefined ? 'CAPACITY' : 'PARAMETER',
        parameters: stated !== undefined ? [] : plantKeys,
      });
    }
  }
  const value = fromCapacity + fromParameter;
  // A 0 that only says "no recorded feed" is no figure: the plants' black mass is not in the data.
  const unfed = byCountry.size > 0 && value === 0 && plantsFeed === 0 && feedDependent;
  const known = byCountry.size > 0 && !unfed;
  const basis: RecyclingBasis = !known ? 'NONE' : fromParameter > 0 ? 'PARAMETER' : 'CAPACITY';
  const target = targetFor(input, 'RECOVERY_RATE', metal);
  const benchmark = targetFor(input, 'MIN_DOMESTIC_SHARE', metal);
  let recoveryRate = 0;
  let recoveryRateKnown = false;
  if (contained > 0) {
    recoveryRate = recoveredFromContained / contained;
    recoveryRateKnown = true;
  } else {
    const efficiency = pickParameter(input.parameters, 'RECOVERY_EFFICIENCY', metal, undefined);
    if (efficiency && known) {
      use(efficiency.parameter);
      keys.add(efficiency.parameter.key);
      recoveryRate = efficiency.parameter.value;
      recoveryRateKnown = true;
    }
  }
  let reason: string | null = null;
  if (plants === 0)
    reason = `No hydrometallurgical plant in ${input.scope} states a black-mass feed or recovered-${metal} capacity for ${input.year}: no data.`;
  else if (unfed)
    reason = `The hydrometallurgical plants in ${input.scope} have no recorded black-mass feed in ${input.year} (no black mass known in the scope, imports not recorded): no data, not 0.`;
  else if (!known)
    reason = `No ${[...missing].join(' or ')} in the parameters: recovered ${metal} cannot be estimated.`;
  if (known)
    for (const [c, v] of byCountry) {
      const hydromet = node(`hydromet:${c}`, `Hydrometallurgy, ${input.countryName(c)}`, 'HYDROMET', c);
      link(
        hydromet,
        node(`recovered:${metal}`, `Recovered ${metal}`, 'RECOVERED', null),
        v,
        metal,
        basis === 'PARAMETER' ? 'PARAMETER' : 'CAPACITY',
      );
    }
  return {
    material: metal,
    value: known ? value : 0,
    unit: input.unitOf(metal),
    byPlant: known ? byPlant : [],
    basisByCountry: known ? basisByCountry : {},
    byCountry: [...(known ? byCountry : [])]
      .map(([origin, v]) => ({ origin, value: v, share: value > 0 ? v / value : 0 }))
      .sort((a, b) => b.value - a.value || (a.origin < b.origin ? -1 : 1)),
    recoveryRate,
    recoveryRateKnown,
    targetRate: target?.share ?? null,
    targetYear: target?.targetYear ?? null,
    targetInForce: target !== null && target.targetYear <= input.year,
    // A rate resting on no stated recovered metal is the assumed efficiency itself: it cannot meet a target.
    meetsTarget:
      target && recoveryRateKnown && fromCapacity > 0 && contained > 0 ? recoveryRate >= target.share - 1e-12 : null,
    benchmarkShare: benchmark?.share ?? null,
    benchmarkYear: benchmark?.targetYear ?? null,
    basis,
    low: null,
    high: null,
    parameters: [...keys].sort(),
    reason,
  };
}

/** The target of a kind and metal in force in the year (latest targetYear ≤ year), else the next one; or null. */
function targetFor(input: RecyclingInput, kind: RecyclingTarget['kind'], metal: string): RecyclingTarget | null {
  const list = input.targets
    .filter((x) => x.kind === kind && x.material === metal)
    .sort((a, b) => a.targetYear - b.targetYear || a.share - b.share);
  const inForce = list.filter((x) => x.targetYear <= input.year).at(-1);
  return inForce ?? list[0] ?? null;
}

const NO_RANGE = {
  recoveredLow: null,
  recoveredHigh: null,
  cellDemandLow: null,
  cellDemandHigh: null,
  shareLow: null,
  shareHigh: null,
} as const;

function recycledContentOf(
  input: RecyclingInput,
  recovered: readonly RecoveredMetal[],
  use: (p: ParameterInUse) => void,
): RecycledContent[] {
  const metals = [...new Set(input.targets.filter((x) => x.kind === 'RECYCLED_CONTENT').map((x) => x.material))];
  const order = (m: string) => {
    const i = input.metals.indexOf(m);
    return i < 0 ? Infinity : i;
  };
  metals.sort((a, b) => order(a) - order(b) || (a < b ? -1 : 1));
  return metals.flatMap((metal) => {
    const target = targetFor(input, 'RECYCLED_CONTENT', metal);
    if (!target) return [];
    const rec = recovered.find((r) => r.material === metal);
    const keys = new Set<string>(rec?.parameters ?? []);
    const inForce = target.targetYear <= input.year;
    const base = {
      material: metal,
      recovered: rec && rec.basis !== 'NONE' ? rec.value : 0,
      minimum: target.share,
      targetYear: target.targetYear,
      inForce,
    };
    // Cell demand: every supplying cell plant's GWh (installed capacity in supply, not output) × the intensity of its
    // chemistry; and the same at the low and high ends of each intensity's range.
    let demand = 0;
    let demandLow = 0;
    let demandHigh = 0;
    const uncovered: string[] = [];
    const stoodIn = new Map<string, number>();
    for (const plant of input.cellPlants) {
      const pick = pickParameter(input.parameters, 'MATERIAL_INTENSITY', metal, plant.chemistry);
      if (!pick) {
        uncovered.push(`${plant.name} (${round(plant.gwh)} GWh${plant.chemistry ? `, ${plant.chemistry}` : ''})`);
        continue;
      }
      use(pick.parameter);
      keys.add(pick.parameter.key);
      demand += plant.gwh * pick.parameter.value;
      demandLow += plant.gwh * endValue(pick.parameter, 'low');
      demandHigh += plant.gwh * endValue(pick.parameter, 'high');
      // Which intensity each plant used, when it is not its own chemistry's or when it spans a range (the family and
      // mixed rows derived over several chemistries, docs/methodology.md §7).
      if (pick.how !== 'exact' || hasRange(pick.parameter)) {
        const p = pick.parameter;
        const range = hasRange(p) ? `, ${p.low ?? p.value}–${p.high ?? p.value}` : '';
        const stated = plant.chemistry !== undefined && plant.chemistry.trim() !== '';
        const why =
          pick.how === 'exact'
            ? ''
            : pick.how === 'family'
              ? ' as their family'
              : !stated
                ? ' (chemistry not stated)'
                : pick.how === 'mixed'
                  ? ' in place of their own chemistry'
                  : ' (the only chemistry with a row)';
        const label = `${p.chemistry ?? 'mixed'} (${p.value} t/GWh${range})${why}`;
        stoodIn.set(label, (stoodIn.get(label) ?? 0) + 1);
      }
    }
    const parameters = [...keys].sort();
    const noBaseline = (reason: string): RecycledContent => ({
      ...base,
      cellDemand: null,
      share: null,
      basis: 'NONE',
      ...NO_RANGE,
      status: 'NO_BASELINE',
      reason,
      parameters,
    });
    if (input.cellPlants.length === 0)
      return noBaseline(`No cell plant in ${input.scope} supplies cells in ${input.year} (SPEC 4.0): no cell demand.`);
    if (uncovered.length > 0)
      return noBaseline(
        `No MATERIAL_INTENSITY of ${metal} for ${uncovered.length} of ${input.cellPlants.length} cell plants and no mixed-chemistry value to stand in: ${uncovered.join(', ')}.`,
      );
    if (!rec || rec.basis === 'NONE')
      return noBaseline(rec?.reason ?? `Recovered ${metal} in ${input.scope} is not known.`);
    const share = demand > 0 ? rec.value / demand : null;
    if (share === null) return noBaseline(`Cell demand for ${metal} is 0 t.`);
    const standIn =
      stoodIn.size > 0
        ? ` Intensities used: ${[...stoodIn].map(([label, n]) => `${label} for ${n} ${n === 1 ? 'plant' : 'plants'}`).join('; ')}.`
        : '';
    const when = inForce
      ? `the minimum in force since ${target.targetYear}`
      : `the ${target.targetYear} minimum (not yet in force in ${input.year})`;
    return {
      ...base,
      cellDemand: demand,
      share,
      basis: 'PARAMETER',
      ...NO_RANGE,
      // recyclingBalance fills the recovered metal's and the share's bounds from its low and high runs.
      cellDemandLow: demandLow,
      cellDemandHigh: demandHigh,
      status: share >= target.share - 1e-12 ? 'MET' : 'BELOW',
      reason: `Recovered ${metal} in ${input.scope} against ${when}. Every recovered tonne is counted as if it went into the scope's cells, and the cells' need is their installed capacity in ${input.year} (GWh of plants operating or ramping up), not their output.${standIn}`,
      parameters,
    };
  });
}

/** What the export ban changes: the same scope and year without and with the ban. */
export interface BanEffect {
  keptByBan: number;
  processedOfKept: number;
  unallocatedOfKept: number;
  notes: string[];
}

/**
 * The black-mass export ban's effect: the exports the ban removes stay in the scope (keptByBan); the balance with the
 * ban processes them where hydrometallurgical capacity is free, the rest is unallocated.
 */
export function banEffect(withoutBan: RecyclingResult, withBan: RecyclingResult): BanEffect {
  const keptByBan = Math.max(0, withoutBan.exported - withBan.exported);
  const processedOfKept = Math.max(0, withBan.processedInScope - withoutBan.processedInScope);
  const unallocatedOfKept = Math.max(0, keptByBan - processedOfKept);
  const notes: string[] = [];
  if (keptByBan > 0)
    notes.push(
      `Export ban: ${t(keptByBan)} of black mass recorded as exported to non-OECD countries stays in ${withBan.scope}; ${t(processedOfKept)} of it finds free hydrometallurgical capacity, ${t(unallocatedOfKept)} has none (unallocated).`,
    );
  else
    notes.push(
      withoutBan.flowsRecorded
        ? `Export ban: no recorded black-mass export from ${withBan.scope} goes to a non-OECD country in ${withBan.year}, so the ban changes nothing in these figures.`
        : `Export ban: no black-mass flows are recorded for ${withBan.scope} in ${withBan.year}, so the ban's effect cannot be measured (unknown, not 0).`,
    );
  return { keptByBan, processedOfKept, unallocatedOfKept, notes };
}

/** A difference of sums that is zero but for rounding (relative to `scale`) is 0. */
function snap(x: number, scale: number): number {
  return Math.abs(x) <= 1e-9 * Math.max(1, Math.abs(scale)) ? 0 : x;
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
