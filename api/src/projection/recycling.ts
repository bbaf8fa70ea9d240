/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts). */
import {
  banEffect,
  parameterKeyOf,
  recyclingBalance,
  recyclingBalanceAtValues,
  type BanEffect,
  type BlackMassFlow,
  type CellPlantInput,
  type ParameterInUse,
  type RecyclerInput,
  type RecyclingInput,
  type RecyclingResult,
  type RecyclingTarget,
} from '../analytics/recycling.js';
import { MATERIAL_OF_MEASURE, PARAMETER_UNIT, type ParameterRow, type ParameterSetting } from '../dataset/types.js';
import { isRecoverableMetal, parameterErrors } from '../dataset/validate.js';
import { installedEntry, isSupplying, projectedEntry, statusIn, supplyEntry } from './capacity.js';
import { STAGE_INDEX, bucket, materialStageKey, type Projection } from './projection.js';
import { AnalyticsInputError, GLOBAL, resolveScope, type Scope } from './scope.js';

/**
 * The recycling door of the projection (SPEC 4.7): builds the plain inputs of `analytics/recycling.ts` from the
 * projection with the one capacity rule (SPEC 4.0: a recycler's installed capacity of each measure while it operates
 * or ramps up), the recorded black-mass flows, the scope's cell supply and the parameters in use, and runs it.
 * The measure of a capacity row is its material (model.ts MATERIAL_OF_MEASURE): `battery-input` BATTERY_INPUT,
 * `black-mass` BLACK_MASS_OUTPUT, `black-mass-feed` BLACK_MASS_INPUT, a metal RECOVERED_METAL.
 */

export interface RecyclingQuery {
  scope: string;
  year: number;
  /** The query's parameter overrides (replace the data's and the scenario's values). */
  parameters?: readonly ParameterSetting[];
  /**
   * The stored data's parameter rows, when the projection is a scenario's: a row whose value differs from them is
   * reported as overridden.
   */
  baseParameters?: readonly ParameterRow[];
  /**
   * Which recycler capacity counts: SUPPLY (default, SPEC 4.0: the latest installed row while OPERATING or RAMP_UP)
   * or PROJECTED (the latest row of either basis at or before the year, any status, unweighted — the caller weights
   * by status as targets do, SPEC 4.5).
   */
  capacity?: 'SUPPLY' | 'PROJECTED';
}

const BLACK_MASS = MATERIAL_OF_MEASURE.BLACK_MASS_OUTPUT;

/**
 * The parameters in use: the projection's rows (a scenario's values already applied), then the query's overrides.
 * @throws AnalyticsInputError (VALIDATION_FAILED) for an override that breaks the parameter rules, with its path.
 */
export function resolveParameters(
  p: Projection,
  settings: readonly ParameterSetting[] = [],
  baseRows: readonly ParameterRow[] = p.dataset.parameters,
): ParameterInUse[] {
  const base = new Map(baseRows.map((r) => [parameterKeyOf(r), r]));
  const out = new Map<string, ParameterInUse>();
  for (const row of p.dataset.parameters) {
    const key = parameterKeyOf(row);
    const stored = base.get(key);
    out.set(key, { ...row, key, overridden: stored === undefined || stored.value !== row.value });
  }
  const errors: string[] = [];
  settings.forEach((s, i) => {
    const path = `parameters[${i}]`;
    parameterErrors(s, path, (at, value, message) =>
      errors.push(`${at.replace(/\//g, '.')}: ${message} (got ${JSON.stringify(value ?? null)})`),
    );
    if (s.material !== undefined && !p.materialIndex.has(s.material))
      errors.push(`${path}.material: unknown material "${s.material}" (got "${s.material}")`);
    const key = parameterKeyOf(s);
    const was = out.get(key);
    const unit = PARAMETER_UNIT[s.kind];
    out.set(key, {
      id: was?.id ?? null,
      key,
      kind: s.kind,
      ...(s.material !== undefined ? { material: s.material } : {}),
      ...(s.chemistry !== undefined ? { chemistry: s.chemistry } : {}),
      value: s.value,
      ...(was?.low !== undefined ? { low: was.low } : {}),
      ...(was?.high !== undefined ? { high: was.high } : {}),
      unit,
      overridden: true,
      notes: was ? `Set by the query; the data's value is ${was.value}.` : 'Set by the query; not in the data.',
      sources: was?.sources ?? [],
    });
  });
  if (errors.length > 0)
    throw new AnalyticsInputError(`Invalid parameters: ${errors.join('; ')}.`, 'VALIDATION_FAILED');
  return [...out.values()];
}

/**
 * Whether a recycler's process step says it smelts batteries (pyrometallurgy, e.g. Umicore's UHT process) rather than
 * shredding them to black mass: then its battery input makes no black mass.
 */
export function isSmelting(processStep: string | undefined): boolean {
  return processStep !== undefined && /pyrometallurg|smelt/i.test(processStep) && !/black[ -]mass/i.test(processStep);
}

/** Whether facility f has an INSTALLED capacity row of any material at or before year y. */
function installedAny(p: Projection, f: number, y: number): boolean {
  for (let i = p.capStart[f]!; i < p.capStart[f + 1]!; i++)
    if (installedEntry(p, f, p.capMaterial[i]!, y) >= 0) return true;
  return false;
}

/** Whether a target's scope holds every country of the query's scope. */
function covers(p: Projection, targetScope: string, scope: Scope): boolean {
  if (targetScope === scope.id) return true;
  if (scope.id === GLOBAL) return false;
  let outer: Scope;
  try {
    outer = resolveScope(p, targetScope);
  } catch {
    return false;
  }
  for (let c = 0; c < scope.mask.length; c++) if (scope.mask[c] && !outer.mask[c]) return false;
  return true;
}

/** The inputs of the recycling analytics for a scope and year on a projection. */
export function recyclingInput(p: Projection, query: RecyclingQuery): RecyclingInput {
  const scope = resolveScope(p, query.scope);
  const y = query.year;
  const countryName = new Map(p.dataset.countries.map((c) => [c.id, c.name]));
  const inScope = (c: string) => {
    const i = p.countryIndex.get(c);
    return i !== undefined && scope.mask[i] === 1;
  };

  const recyclers: RecyclerInput[] = [];
  const withoutCapacity: string[] = [];
  const notSupplying: string[] = [];
  const stated = new Set<string>();
  for (const f of p.facilitiesByStage[STAGE_INDEX.RECYCLING]!) {
    if (!scope.mask[p.facilityCountry[f]!]) continue;
    const row = p.dataset.facilities[f]!;
    const r: RecyclerInput = { id: row.id, name: row.name, country: row.country, sources: [] };
    if (row.chemistry !== undefined) r.chemistry = row.chemistry;
    if (isSmelting(row.processStep)) r.smelting = true;
    const recoveredMetal: Record<string, number> = {};
    const materials = new Set<number>();
    for (let i = p.capStart[f]!; i < p.capStart[f + 1]!; i++) materials.add(p.capMaterial[i]!);
    let any = false;
    const capacityRows: number[] = [];
    for (const m of materials) {
      const e = query.capacity === 'PROJECTED' ? projectedEntry(p, f, m, y) : supplyEntry(p, f, m, y);
      if (e < 0) continue;
      any = true;
      capacityRows.push(p.capRow[e]!);
      const value = p.capValue[e]!;
      for (const s of p.dataset.capacities[p.capRow[e]!]!.sources) r.sources.push(s);
      const id = p.materialIds[m]!;
      if (id === MATERIAL_OF_MEASURE.BATTERY_INPUT) r.batteryInput = value;
      else if (id === MATERIAL_OF_MEASURE.BLACK_MASS_OUTPUT) r.blackMassOutput = value;
      else if (id === MATERIAL_OF_MEASURE.BLACK_MASS_INPUT) r.blackMassInput = value;
      else if (isRecoverableMetal(id)) {
        recoveredMetal[id] = value;
        stated.add(id);
      }
    }
    if (Object.keys(recoveredMetal).length > 0) r.recoveredMetal = recoveredMetal;
    r.capacityRows = capacityRows;
    if (any) recyclers.push(r);
    else if (isSupplying(p, f, y)) withoutCapacity.push(row.name);
    else if (materials.size > 0 && installedAny(p, f, y))
      notSupplying.push(`${row.name} (${statusIn(p, f, y) ?? 'not yet existing'})`);
  }

  const flows: BlackMassFlow[] = [];
  const bm = p.materialIndex.get(BLACK_MASS);
  if (bm !== undefined)
    for (let i = 0; i < p.flowYear.length; i++) {
      if (p.flowMaterial[i] !== bm || p.flowYear[i] !== y) continue;
      const from = p.countryIds[p.flowFromCountry[i]!]!;
      const to = p.countryIds[p.flowToCountry[i]!]!;
      if (from === to || (!inScope(from) && !inScope(to))) continue;
      flows.push({ from, to, value: p.flowValue[i]!, sources: p.dataset.flows[i]!.sources });
    }

  const cellPlants: CellPlantInput[] = [];
  const cells = p.materialIndex.get('cells');
  // The scope's cell supply (SPEC 4.0), read with the capacity rule directly: supply.ts calls this module.
  if (cells !== undefined)
    for (const f of bucket(p.facilitiesByMaterialStage, materialStageKey(cells, STAGE_INDEX.CELL))) {
      if (!scope.mask[p.facilityCountry[f]!]) continue;
      const e = supplyEntry(p, f, cells, y);
      if (e < 0) continue;
      const row = p.dataset.facilities[f]!;
      cellPlants.push({
        id: row.id,
        name: row.name,
        country: row.country,
        gwh: p.capValue[e]!,
        ...(row.chemistry !== undefined ? { chemistry: row.chemistry } : {}),
      });
    }

  const targets: RecyclingTarget[] = [];
  for (const tgt of p.dataset.targets) {
    const kind = tgt.kind;
    const relevant =
      kind === 'RECOVERY_RATE' ||
      kind === 'RECYCLED_CONTENT' ||
      (kind === 'MIN_DOMESTIC_SHARE' && tgt.stage === 'RECYCLING');
    if (!relevant || tgt.share === undefined || !covers(p, tgt.scope, scope)) continue;
    targets.push({
      id: tgt.id,
      kind,
      material: tgt.material,
      share: tgt.share,
      targetYear: tgt.targetYear,
      sources: tgt.sources,
    });
  }

  const parameters = resolveParameters(p, query.parameters, query.baseParameters);
  const wanted = new Set<string>([...stated, ...targets.map((x) => x.material)]);
  for (const x of parameters)
    if ((x.kind === 'BLACK_MASS_CONTENT' || x.kind === 'RECOVERY_EFFICIENCY') && x.material) wanted.add(x.material);
  const metals = p.materialIds.filter((m) => wanted.has(m) && isRecoverableMetal(m));

  return {
    scope: scope.id,
    year: y,
    inScope,
    countryName: (c) => countryName.get(c) ?? c,
    recyclers,
    recyclersWithoutCapacity: withoutCapacity,
    recyclersNotSupplying: notSupplying,
    flows,
    cellPlants,
    parameters,
    targets,
    metals,
    unitOf: (m) => p.materialUnit[p.materialIndex.get(m) ?? -1] ?? 't',
  };
}

/** The recycling figures of a scope and year on a projection (SPEC 4.7). */
export function recycling(p: Projection, query: RecyclingQuery): RecyclingResult {
  const result = recyclingBalance(recyclingInput(p, query));
  result.notes.unshift(
    `Capacities are SPEC 4.0 supply in ${query.year}: a recycler's latest installed capacity row of each measure while it operates or ramps up; announced capacity is not counted.`,
  );
  return result;
}

/** The export ban's effect between two projections of the same scope and year (without and with the ban). */
export function recyclingBanEffect(
  withoutBan: Projection,
  withBan: Projection,
  query: RecyclingQuery,
): { effect: BanEffect; withoutBan: RecyclingResult } {
  const before = recycling(withoutBan, query);
  return { effect: banEffect(before, recycling(withBan, query)), withoutBan: before };
}

/** One recovering plant's recovered metal in a year (SPEC 4.7: REFINING-stage production of its country). */
export interface PlantRecoveredSupply {
  facility: string;
  /** Index of the facility in the projection. */
  facilityIndex: number;
  country: string;
  countryIndex: number;
  material: string;
  /** t metal per year, in the metal's unit. */
  value: number;
  /** CAPACITY: its stated RECOVERED_METAL capacity; PARAMETER: black mass processed × content × efficiency. */
  basis: 'CAPACITY' | 'PARAMETER';
  /** Keys (kind|material|chemistry) of the parameters the value rests on (none for a stated capacity). */
  parameters: string[];
  /** Ids of those parameter rows (null for a value an override set without a row) and the values used. */
  parameterRows: { id: string | null; key: string; value: number }[];
  /** Indices into the dataset's `capacities` of the plant's rows used. */
  capacityRows: number[];
  /** Source ids of those capacity rows and parameters. */
  sources: string[];
}

export interface RecoveredOptions {
  /** The balance's scope: black mass is pooled within it (default GLOBAL). */
  scope?: string;
  /** SUPPLY (default, SPEC 4.0) or PROJECTED capacity (latest row of either basis, any status, unweighted). */
  capacity?: 'SUPPLY' | 'PROJECTED';
  /** Parameter overrides for the call (a scenario's are already in a scenario projection). */
  parameters?: readonly ParameterSetting[];
}

const plantMemo = new WeakMap<Projection, Map<string, PlantRecoveredSupply[]>>();

/**
 * Recovered metal by plant and metal in a year (SPEC 4.7): what the recycling balance of the scope recovers at each
 * hydrometallurgical plant (or states as RECOVERED_METAL capacity). Plants and metals without a figure are absent (no
 * data, never 0). Pure on the projection; does not call the supply function (supply.ts calls this). Memoised per
 * projection and arguments.
 */
export function recoveredMetalByPlant(
  p: Projection,
  year: number,
  options: RecoveredOptions = {},
): PlantRecoveredSupply[] {
  let memo = plantMemo.get(p);
  if (!memo) plantMemo.set(p, (memo = new Map()));
  const key = JSON.stringify([year, options.scope ?? GLOBAL, options.capacity ?? 'SUPPLY', options.parameters ?? []]);
  const hit = memo.get(key);
  if (hit) return hit;
  const input = recyclingInput(p, {
    scope: options.scope ?? GLOBAL,
    year,
    ...(options.capacity ? { capacity: options.capacity } : {}),
    ...(options.parameters ? { parameters: options.parameters } : {}),
  });
  // Supply needs the figures at the parameters' values, not their ranges.
  const result = recyclingBalanceAtValues(input);
  const parameters = new Map(result.parameters.map((x) => [x.key, x]));
  const plants = new Map(input.recyclers.map((r) => [r.id, r]));
  const out: PlantRecoveredSupply[] = [];
  for (const metal of result.recovered)
    for (const x of metal.byPlant) {
      const plant = plants.get(x.facility);
      const used = x.parameters.flatMap((k) => parameters.get(k) ?? []);
      const sources = new Set(plant?.sources ?? []);
      for (const u of used) for (const s of u.sources) sources.add(s);
      out.push({
        facility: x.facility,
        facilityIndex: p.facilityIndex.get(x.facility) ?? -1,
        country: x.country,
        countryIndex: p.countryIndex.get(x.country) ?? -1,
        material: metal.material,
        value: x.value,
        basis: x.basis,
        parameters: x.parameters,
        parameterRows: used.map((u) => ({ id: u.id, key: u.key, value: u.value })),
        capacityRows: plant?.capacityRows ?? [],
        sources: [...sources].sort(),
      });
    }
  memo.set(key, out);
  return out;
}

/** Recovered metal of one country in a year, as REFINING-stage production of that country (SPEC 4.7). */
export interface RecoveredSupply {
  material: string;
  country: string;
  /** t metal per year, in the metal's unit. */
  value: number;
  /** CAPACITY: stated RECOVERED_METAL capacity only; PARAMETER: rests (partly) on black mass × content × efficiency. */
  basis: 'CAPACITY' | 'PARAMETER';
  /** Keys (kind|material|chemistry) of the parameters the value rests on. */
  parameters: string[];
  /** Source ids of the capacity rows and parameters used. */
  sources: string[];
}

/**
 * Recovered metal by metal and country in a year: {@link recoveredMetalByPlant} summed per country (the same
 * figures as `Query.recycling.recovered[].byCountry` for that scope).
 */
export function recoveredMetalByCountry(
  p: Projection,
  year: number,
  scope: string = GLOBAL,
  options: Omit<RecoveredOptions, 'scope'> = {},
): RecoveredSupply[] {
  const out = new Map<string, RecoveredSupply>();
  for (const x of recoveredMetalByPlant(p, year, { ...options, scope })) {
    const k = `${x.material}|${x.country}`;
    const row = out.get(k) ?? {
      material: x.material,
      country: x.country,
      value: 0,
      basis: 'CAPACITY',
      parameters: [],
      sources: [],
    };
    row.value += x.value;
    if (x.basis === 'PARAMETER') row.basis = 'PARAMETER';
    row.parameters = [...new Set([...row.parameters, ...x.parameters])].sort();
    row.sources = [...new Set([...row.sources, ...x.sources])].sort();
    out.set(k, row);
  }
  const order = (m: string) => p.materialIndex.get(m) ?? Infinity;
  return [...out.values()].sort((a, b) => order(a.material) - order(b.material) || b.value - a.value);
}

/** One pre-treatment plant's black mass estimated from its battery input × BLACK_MASS_YIELD (SPEC 4.7). */
export interface PlantBlackMassEstimate {
  /** Index of the facility in the projection. */
  facility: number;
  /** The plant's battery-input capacity entry (index into the projection's cap arrays) the estimate rests on. */
  entry: number;
  /** t black mass per year. */
  value: number;
  /** The yield used: key (kind|material|chemistry), value, its row id (null for an override without a row), sources. */
  parameter: { key: string; id: string | null; value: number; sources: string[] };
}

const blackMassMemo = new WeakMap<Projection, Map<number, PlantBlackMassEstimate[]>>();

/**
 * Black mass of each pre-treatment plant in year y that rests on the yield parameter (battery input × yield), as the
 * recycling balance computes it (the same figures as `Query.recycling`'s black mass, per plant). A plant's stated
 * black-mass output is a capacity row of material `black-mass` and reaches the supply function directly, so it is
 * not repeated here. Memoised per projection and year; does not call the supply function (supply.ts calls this).
 */
export function estimatedBlackMassByPlant(p: Projection, y: number): PlantBlackMassEstimate[] {
  let memo = blackMassMemo.get(p);
  if (!memo) blackMassMemo.set(p, (memo = new Map()));
  const hit = memo.get(y);
  if (hit) return hit;
  // Supply needs the figures at the parameters' values, not their ranges.
  const result = recyclingBalanceAtValues(recyclingInput(p, { scope: GLOBAL, year: y }));
  const parameters = new Map(result.parameters.map((x) => [x.key, x]));
  const input = p.materialIndex.get(MATERIAL_OF_MEASURE.BATTERY_INPUT);
  const out: PlantBlackMassEstimate[] = [];
  for (const x of result.blackMassByPlant) {
    if (x.basis !== 'PARAMETER' || input === undefined) continue;
    const f = p.facilityIndex.get(x.facility);
    const used = parameters.get(x.parameters[0] ?? '');
    if (f === undefined || !used) continue;
    const entry = supplyEntry(p, f, input, y);
    if (entry < 0) continue;
    out.push({
      facility: f,
      entry,
      value: x.value,
      parameter: { key: used.key, id: used.id, value: used.value, sources: used.sources },
    });
  }
  memo.set(y, out);
  return out;
}
