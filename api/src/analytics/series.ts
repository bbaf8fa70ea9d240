import { CAPACITY_BASIS_INSTALLED, STAGE_INDEX, materialStageKey, type Projection } from '../projection/projection.js';
import { materialOf } from '../projection/scope.js';
import { MATERIAL_OF_MEASURE, type Stage } from '../dataset/types.js';
import { dependency, type DependencyQuery, type DependencyResult } from './shares.js';

/** A dependency series: the query of {@link dependency} without its year. */
export type DependencySeriesQuery = Omit<DependencyQuery, 'year'>;

/**
 * The years a material × stage has data for in a scope: every year of a production row or a flow row of that
 * material and stage, and (outside GLOBAL, where plant capacity can stand in for a missing statistic, SPEC 4.1) of
 * an INSTALLED capacity row of a facility at that stage; from the first such year to the last, every year in
 * between included (so a year without rows reads as no data instead of vanishing from a chart); for black mass at
 * RECYCLING also of the pre-treatment plants' INSTALLED battery-input rows, which its supply rests on. Ascending; empty
 * when there are no rows at all. Announced capacity is a plan, not data for its year, and does not count.
 */
export function dataYears(p: Projection, material: string, stage: Stage, scope = 'GLOBAL'): number[] {
  const m = materialOf(p, material);
  const s = STAGE_INDEX[stage];
  let first = Infinity;
  let last = -Infinity;
  const see = (y: number) => {
    if (y < first) first = y;
    if (y > last) last = y;
  };
  for (const y of p.yearsByMaterialStage.get(materialStageKey(m, s)) ?? []) see(y);
  for (let r = 0; r < p.flowYear.length; r++)
    if (p.flowMaterial[r] === m && p.flowStage[r] === s) see(p.flowYear[r] as number);
  // Black mass at RECYCLING also rests on the pre-treatment plants' battery input (× yield, SPEC 4.7).
  const input = p.materialIndex.get(MATERIAL_OF_MEASURE.BATTERY_INPUT);
  const resting = [m];
  if (material === MATERIAL_OF_MEASURE.BLACK_MASS_OUTPUT && stage === 'RECYCLING' && input !== undefined)
    resting.push(input);
  if (scope !== 'GLOBAL')
    for (const rm of resting)
      for (const f of p.facilitiesByMaterialStage.get(materialStageKey(rm, s)) ?? [])
        for (let i = p.capStart[f] as number; i < (p.capStart[f + 1] as number); i++)
          if (p.capMaterial[i] === rm && p.capBasis[i] === CAPACITY_BASIS_INSTALLED) see(p.capYear[i] as number);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return years;
}

/**
 * Shares over time (SPEC 5, "shares over time"): {@link dependency} for every year of {@link dataYears},
 * ascending, each with its evidence; a year without supply answers evidence NONE (never a 0 % share).
 */
export function dependencySeries(p: Projection, query: DependencySeriesQuery): DependencyResult[] {
  return dataYears(p, query.material, query.stage, query.scope ?? 'GLOBAL').map((year) =>
    dependency(p, { ...query, year }),
  );
}
