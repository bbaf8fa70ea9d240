/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import { STAGES, type Stage } from '../dataset/types.js';
import { STAGE_INDEX, type Projection } from '../projection/projection.js';
import { AnalyticsInputError, isUnattributed, materialOf, originId, resolveScope } from '../projection/scope.js';
import { SourceCollector, cellSupply, recoveredInto } from '../projection/supply.js';
import { dependency, type DependencyResult, type OriginShare } from './shares.js';

/** The stages a look-through chains over, in order (recycling is not part of the chain). */
export const CHAIN: readonly Stage[] = ['EXTRACTION', 'REFINING', 'COMPONENT', 'CELL'];
/** The material whose supply is the mix at the CELL stage, whatever material is looked through. */
export const CELLS_MATERIAL = 'cells';

export interface LookThroughQuery {
  scope: string;
  material: string;
  stage: Stage;
  /** An earlier stage than `stage`. */
  upstream: Stage;
  year: number;
  /** How many of the largest paths to report (default 10). */
  paths?: number;
}

/** One chain of origins, from the origin at `stage` back to the origin at `upstream`, with its weight. */
export interface ExposurePath {
  origins: string[];
  /** Fraction of the scope's stage supply that travels this path, 0–1. */
  weight: number;
  /** True when some step assumed a country with no recorded supply sources entirely from itself. */
  assumed: boolean;
}

/** The scope's exposure at an upstream stage through its supply at a later stage (SPEC 4.4). */
export interface LookThroughResult {
  scope: string;
  material: string;
  stage: Stage;
  upstream: Stage;
  year: number;
  /** The direct dependency at `stage` (LOCATION basis). */
  direct: DependencyResult;
  /** Exposure by upstream origin; `value` = share × the direct total (in the unit of the direct figure). */
  shares: OriginShare[];
  topThirdCountry: OriginShare | null;
  /** Share of the exposure that rests on the assumption that a country with no recorded supply sources from itself. */
  assumed: number;
  /** The largest contributing paths, descending by weight. */
  paths: ExposurePath[];
  assumptions: string[];
  sources: string[];
}

/** A country's origin mix at one stage: `[origin, fraction]` with fractions summing to 1. */
type Mix = readonly (readonly [number, number])[];

/**
 * The origin mix of every country with recorded supply of (m, t, y): SPEC 4.1 with scope = {c}, i.e. its own
 * production (or, without a production row, the 4.0 supply of its facilities) plus flows into it from other
 * countries. Countries without recorded supply are absent.
 */
export function originMixes(
  p: Projection,
  m: number,
  t: number,
  y: number,
  sources?: SourceCollector,
): Map<number, Mix> {
  const cell = cellSupply(p, m, t, y);
  const values = new Map<number, Map<number, number>>();
  const add = (c: number, origin: number, v: number) => {
    let mix = values.get(c);
    if (!mix) values.set(c, (mix = new Map()));
    mix.set(origin, (mix.get(origin) ?? 0) + v);
  };
  for (const [c, v] of cell.production) add(c, c, v);
  for (const r of cell.productionRows) sources?.production.add(r);
  for (const [c, list] of cell.facilities) {
    if (cell.production.has(c)) continue;
    for (const x of list) {
      add(c, c, x.value);
      sources?.capacities.add(p.capRow[x.entry]!);
    }
  }
  // Recovered metal (SPEC 4.7) is REFINING production of the recovering country, as in scope {c} (recoveredInto).
  for (const c of recyclerCountries(p))
    for (const r of recoveredInto(p, resolveScope(p, p.countryIds[c]!), m, t, y))
      if (!r.inStatistic) {
        add(c, c, r.value);
        for (const id of r.sources) sources?.direct.add(id);
      }
  for (const r of cell.flowRows) {
    const from = p.flowFromCountry[r]!;
    const to = p.flowToCountry[r]!;
    if (from === to) continue;
    add(to, from, p.flowValue[r]!);
    sources?.flows.add(r);
  }
  const mixes = new Map<number, Mix>();
  for (const [c, mix] of values) {
    let total = 0;
    for (const v of mix.values()) total += v;
    if (total > 0)
      mixes.set(
        c,
        [...mix].map(([o, v]) => [o, v / total] as const),
      );
  }
  return mixes;
}

/** Countries with a recycler (where recovered metal can enter REFINING supply). */
function recyclerCountries(p: Projection): Set<number> {
  const out = new Set<number>();
  for (const f of p.facilitiesByStage[STAGE_INDEX.RECYCLING]!) out.add(p.facilityCountry[f]!);
  return out;
}

const BEAM_WIDTH = 1000;

/**
 * Look-through dependency (SPEC 4.4): share_s × M_{s−1} × … × M_u over countries, where M_t(c) is country c's
 * origin mix at stage t. At the CELL stage the mix is that of `cells` supply; below it, of the material asked.
 * A country with no recorded supply at a stage counts as sourcing entirely from itself; `assumed` is the share
 * of the exposure resting on that. Paths are the largest found by a beam search (width 1000); the shares and
 * `assumed` are exact.
 * @throws AnalyticsInputError for an unknown scope or material, or stages not in chain order.
 */
export function lookThrough(p: Projection, query: LookThroughQuery): LookThroughResult {
  const s = CHAIN.indexOf(query.stage);
  const u = CHAIN.indexOf(query.upstream);
  if (s < 0 || u < 0 || u >= s)
    throw new AnalyticsInputError(
      `Look-through needs an upstream stage before the stage, both among ${CHAIN.join(' → ')}; got ${query.upstream} → ${query.stage}.`,
      'VALIDATION_FAILED',
    );
  const scope = resolveScope(p, query.scope);
  materialOf(p, query.material);
  const materialAt = (t: number) =>
    CHAIN[t] === 'CELL' && p.materialIndex.has(CELLS_MATERIAL) ? CELLS_MATERIAL : query.material;
  const direct = dependency(p, {
    scope: query.scope,
    material: materialAt(s),
    stage: query.stage,
    year: query.year,
  });
  const sources = new SourceCollector();

  // Exact propagation, keeping the mass that went through an assumption apart.
  let clean = new Map<number, number>();
  let assumedMass = new Map<number, number>();
  const originIndex = (id: string) => p.countryIndex.get(id) ?? p.unknownOrigin;
  for (const share of direct.shares) clean.set(originIndex(share.origin), share.share);
  type Partial = { origins: number[]; weight: number; assumed: boolean };
  let beam: Partial[] = direct.shares.map((x) => ({
    origins: [originIndex(x.origin)],
    weight: x.share,
    assumed: false,
  }));
  const stagesAssumed: string[] = [];

  for (let t = s - 1; t >= u; t--) {
    const stage = CHAIN[t]!;
    const mixes = originMixes(p, materialOf(p, materialAt(t)), STAGE_INDEX[stage], query.year, sources);
    const nextClean = new Map<number, number>();
    const nextAssumed = new Map<number, number>();
    const add = (map: Map<number, number>, k: number, v: number) => map.set(k, (map.get(k) ?? 0) + v);
    let assumedHere = 0;
    for (const [c, w] of clean) {
      const mix = mixes.get(c);
      if (mix) for (const [o, f] of mix) add(nextClean, o, w * f);
      else {
        add(nextAssumed, c, w);
        assumedHere += w;
      }
    }
    for (const [c, w] of assumedMass) {
      const mix = mixes.get(c);
      if (mix) for (const [o, f] of mix) add(nextAssumed, o, w * f);
      else add(nextAssumed, c, w);
    }
    if (assumedHere > 0) stagesAssumed.push(`${stage} ${round(assumedHere)}`);
    clean = nextClean;
    assumedMass = nextAssumed;

    const expanded: Partial[] = [];
    for (const path of beam) {
      const last = path.origins[path.origins.length - 1]!;
      const mix = mixes.get(last);
      if (mix)
        for (const [o, f] of mix)
          expanded.push({ origins: [...path.origins, o], weight: path.weight * f, assumed: path.assumed });
      else expanded.push({ origins: [...path.origins, last], weight: path.weight, assumed: true });
    }
    expanded.sort((a, b) => b.weight - a.weight);
    beam = expanded.slice(0, BEAM_WIDTH);
  }

  const exposure = new Map<number, number>(clean);
  let assumed = 0;
  for (const [c, w] of assumedMass) {
    exposure.set(c, (exposure.get(c) ?? 0) + w);
    assumed += w;
  }
  const entries = [...exposure].filter(([, w]) => w !== 0);
  entries.sort((a, b) => b[1] - a[1] || (originId(p, a[0]) < originId(p, b[0]) ? -1 : 1));
  const shares = entries.map(([o, w]) => ({ origin: originId(p, o), value: w * direct.total, share: w }));
  let topThirdCountry: OriginShare | null = null;
  for (let i = 0; i < entries.length && !topThirdCountry; i++) {
    const o = entries[i]![0];
    if (!isUnattributed(p, o) && (scope.size === scope.mask.length || !scope.mask[o])) topThirdCountry = shares[i]!;
  }
  // Looking through cannot make known what the direct figure leaves unknown (imports not recorded or incomplete):
  // the exposure is then passed up from a partial mix, and its largest third country is not an answer.
  if (!direct.thirdCountryKnown) topThirdCountry = null;
  const paths = beam
    .slice(0, query.paths ?? 10)
    .map((x) => ({ origins: x.origins.map((o) => originId(p, o)), weight: x.weight, assumed: x.assumed }));

  const assumptions = [
    ...direct.assumptions,
    `Look-through ${STAGES.slice(STAGE_INDEX[query.upstream], STAGE_INDEX[query.stage] + 1).join(' → ')}: each origin's share is passed up through that country's own origin mix at the stage before (its production plus imports from other countries), in ${query.year} throughout.`,
  ];
  if (materialAt(s) !== query.material)
    assumptions.push(`At the CELL stage the mix is that of ${CELLS_MATERIAL} supply; below it, of ${query.material}.`);
  assumptions.push(
    stagesAssumed.length > 0
      ? `Countries with no recorded supply at a stage are assumed to source entirely from themselves; exposure first resting on that, by stage: ${stagesAssumed.join(', ')} (assumed = ${round(assumed)} in all).`
      : 'Every country on the way had recorded supply; nothing rests on the self-sourcing assumption.',
  );
  if (!direct.thirdCountryKnown)
    assumptions.push(
      "The direct figure's third-country share is unknown (imports not recorded or incomplete), so no top third country is given for the look-through either; the exposure shares above rest on the recorded part only.",
    );
  const all = new Set([...direct.sources, ...sources.ids(p)]);
  return {
    scope: scope.id,
    material: query.material,
    stage: query.stage,
    upstream: query.upstream,
    year: query.year,
    direct,
    shares,
    topThirdCountry,
    assumed,
    paths,
    assumptions,
    sources: [...all].sort(),
  };
}

function round(v: number): string {
  return Number(v.toPrecision(4)).toString();
}
