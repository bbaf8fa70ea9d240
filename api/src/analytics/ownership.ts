/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import type { Projection } from '../projection/projection.js';
import { AnalyticsInputError, UNKNOWN } from '../projection/scope.js';

/**
 * Effective ownership (SPEC 4.3) as an absorbing Markov chain: from an entity, walk to each direct owner with
 * probability equal to its share. The remainder 1 − Σ recorded shares of a company stays with the company itself
 * (its unrecorded holders and free float: it is its own ultimate owner for that part); the remainder of a facility
 * goes to UNKNOWN. A company with no recorded owners absorbs wholly. Solved iteratively on the sparse chain (never
 * by enumerating paths), so cross-holdings and cycles are handled.
 */

/** Convergence settings of the iterative solvers. */
export interface SolverOptions {
  /** Stop when no entry changes by more than this between sweeps (default 1e-14). */
  tolerance?: number;
  /** Give up after this many sweeps and report non-convergence (default 10 000). */
  maxIterations?: number;
}

const DEFAULT_TOLERANCE = 1e-14;
const DEFAULT_MAX_ITERATIONS = 10_000;
/** Marks UNKNOWN in owner vectors. */
const UNKNOWN_OWNER = -1;

/** The ultimate-owner distribution of every company and facility, and each facility's control origins. */
export interface OwnershipResolution {
  /** CSR over the ownership entity space (companies, then facilities): ultimate owner (company index, or -1 for UNKNOWN) and probability. */
  readonly ultStart: Int32Array;
  readonly ultOwner: Int32Array;
  readonly ultShare: Float64Array;
  /** CSR over facilities: control origin (country index of the owner's headquarters, or the UNKNOWN origin) and share. */
  readonly ctrlStart: Int32Array;
  readonly ctrlOrigin: Int32Array;
  readonly ctrlShare: Float64Array;
  /** Ids of companies in ownership cycles whose iteration hit the cap. Empty when everything converged. */
  readonly nonConverged: readonly string[];
  /** The largest number of Gauss–Seidel sweeps any cycle needed. */
  readonly maxSweeps: number;
  /** Ids of companies in cycles that hold probability mass forever (100 % cycles); that mass is counted UNKNOWN. */
  readonly trapped: readonly string[];
}

const resolutions = new WeakMap<Projection, OwnershipResolution>();

type Vector = Map<number, number>;

function addScaled(target: Vector, source: Vector, factor: number): void {
  if (factor === 0) return;
  for (const [k, v] of source) target.set(k, (target.get(k) ?? 0) + v * factor);
}

/**
 * Resolves the ultimate owners of every entity at once: companies in reverse topological order of the
 * "is owned by" graph (owners first), each strongly connected component (a cross-holding cycle) by Gauss–Seidel
 * sweeps to the tolerance. Memoised per projection. Cost ≈ Σ over ownership links of the owner's vector size.
 */
export function resolveOwnership(p: Projection, options: SolverOptions = {}): OwnershipResolution {
  const memo = options.tolerance === undefined && options.maxIterations === undefined ? resolutions.get(p) : undefined;
  if (memo) return memo;
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const nCompanies = p.companyIds.length;
  const nFacilities = p.facilityIds.length;
  const vectors: (Vector | undefined)[] = new Array<Vector | undefined>(nCompanies);
  const nonConverged: string[] = [];
  const trapped: string[] = [];
  let maxSweeps = 0;

  const ownedVector = (entity: number, resolved: (owner: number) => Vector): Vector => {
    const v: Vector = new Map();
    let sum = 0;
    for (let i = p.ownStart[entity]!; i < p.ownStart[entity + 1]!; i++) {
      sum += p.ownShare[i]!;
      addScaled(v, resolved(p.ownOwner[i]!), p.ownShare[i]!);
    }
    const rest = 1 - sum;
    // A company keeps its unrecorded remainder; a facility's goes to UNKNOWN.
    const residual = entity < nCompanies ? entity : UNKNOWN_OWNER;
    if (rest > 1e-15) v.set(residual, (v.get(residual) ?? 0) + rest);
    return v;
  };

  for (const component of stronglyConnectedComponents(p)) {
    if (component.length === 1) {
      const c = component[0]!;
      vectors[c] = p.ownStart[c] === p.ownStart[c + 1] ? new Map([[c, 1]]) : ownedVector(c, (o) => vectors[o]!);
      continue;
    }
    // A cross-holding cycle: Gauss–Seidel sweeps from zero converge to the absorption probabilities.
    const empty: Vector = new Map();
    for (const c of component) vectors[c] = empty;
    let sweeps = 0;
    let converged = false;
    while (sweeps < maxIterations) {
      sweeps++;
      let change = 0;
      for (const c of component) {
        const next = ownedVector(c, (o) => vectors[o]!);
        const previous = vectors[c]!;
        for (const [k, v] of next) change = Math.max(change, Math.abs(v - (previous.get(k) ?? 0)));
        for (const [k, v] of previous) if (!next.has(k)) change = Math.max(change, Math.abs(v));
        vectors[c] = next;
      }
      if (change <= tolerance) {
        converged = true;
        break;
      }
    }
    maxSweeps = Math.max(maxSweeps, sweeps);
    for (const c of component) {
      if (!converged) nonConverged.push(p.companyIds[c]!);
      // Mass that circulates for ever (a 100 % cycle) never reaches an ultimate owner: count it UNKNOWN.
      const v = vectors[c]!;
      let total = 0;
      for (const x of v.values()) total += x;
      if (1 - total > 1e-12) {
        v.set(UNKNOWN_OWNER, (v.get(UNKNOWN_OWNER) ?? 0) + (1 - total));
        if (converged) trapped.push(p.companyIds[c]!);
      }
    }
  }

  // Lay out company vectors, then facility vectors, as CSR arrays.
  const ultStart = new Int32Array(nCompanies + nFacilities + 1);
  const owners: number[] = [];
  const shares: number[] = [];
  const push = (v: Vector) => {
    for (const [k, x] of [...v].sort((a, b) => b[1] - a[1] || a[0] - b[0])) {
      owners.push(k);
      shares.push(x);
    }
  };
  for (let c = 0; c < nCompanies; c++) {
    push(vectors[c]!);
    ultStart[c + 1] = owners.length;
  }
  const ctrlStart = new Int32Array(nFacilities + 1);
  const ctrlOrigin: number[] = [];
  const ctrlShare: number[] = [];
  for (let f = 0; f < nFacilities; f++) {
    const v = ownedVector(nCompanies + f, (o) => vectors[o]!);
    push(v);
    ultStart[nCompanies + f + 1] = owners.length;
    const byOrigin: Vector = new Map();
    for (const [k, x] of v) {
      const origin = k === UNKNOWN_OWNER ? p.unknownOrigin : p.companyCountry[k]!;
      byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + x);
    }
    for (const [origin, x] of byOrigin) {
      ctrlOrigin.push(origin);
      ctrlShare.push(x);
    }
    ctrlStart[f + 1] = ctrlOrigin.length;
  }
  const resolution: OwnershipResolution = {
    ultStart,
    ultOwner: Int32Array.from(owners),
    ultShare: Float64Array.from(shares),
    ctrlStart,
    ctrlOrigin: Int32Array.from(ctrlOrigin),
    ctrlShare: Float64Array.from(ctrlShare),
    nonConverged,
    maxSweeps,
    trapped,
  };
  if (options.tolerance === undefined && options.maxIterations === undefined) resolutions.set(p, resolution);
  return resolution;
}

/**
 * Tarjan's algorithm (iterative) over companies with edges owned → owner. Components come out owners-first
 * (every component after all the components it can reach).
 */
function stronglyConnectedComponents(p: Projection): number[][] {
  const n = p.companyIds.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  const callStack: { node: number; edge: number }[] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    callStack.push({ node: root, edge: p.ownStart[root]! });
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (callStack.length > 0) {
      const frame = callStack[callStack.length - 1]!;
      const v = frame.node;
      if (frame.edge < p.ownStart[v + 1]!) {
        const w = p.ownOwner[frame.edge++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          callStack.push({ node: w, edge: p.ownStart[w]! });
        } else if (onStack[w]) low[v] = Math.min(low[v]!, index[w]!);
        continue;
      }
      callStack.pop();
      const parent = callStack[callStack.length - 1];
      if (parent) low[parent.node] = Math.min(low[parent.node]!, low[v]!);
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        components.push(component.reverse());
      }
    }
  }
  return components;
}

/** One owner with its effective share. */
export interface OwnerShare {
  owner: string;
  share: number;
}

/** The effective ownership of one company or facility. */
export interface OwnershipResult {
  entity: string;
  kind: 'company' | 'facility';
  /** Probability of ending at each ultimate owner, descending. Sums with `unknownShare` to 1. */
  ultimateOwners: OwnerShare[];
  unknownShare: number;
  /** Every owner up the chains with its effective share [A(I − A)⁻¹] (ultimate owners included), descending. */
  effectiveOwners: (OwnerShare & { isUltimate: boolean })[];
  /** Control split by the ultimate owners' home countries (plus UNKNOWN), descending. */
  byCountry: OwnerShare[];
  converged: boolean;
  iterations: number;
  /** The controlling owner (SPEC 4.3), or null when it is UNKNOWN (a facility with no recorded owners). */
  controller: string | null;
  /** The majority chain from the entity up to the controller (companies; a company entity starts with itself). */
  controlChain: string[];
  assumptions: string[];
  /** Source ids of the ownership links walked. */
  sources: string[];
}

/**
 * Effective ownership of one entity by power iteration of the upward walk on the sparse chain: the mass still in
 * transit shrinks geometrically with the shares; it stops when that mass is below the tolerance (converged) or at
 * the iteration cap (mass still in transit, e.g. in a 100 % cycle, is then counted UNKNOWN).
 * @throws AnalyticsInputError when the id is neither a company nor a facility.
 */
export function ownershipOf(p: Projection, id: string, options: SolverOptions = {}): OwnershipResult {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const maxIterations = options.maxIterations ?? DEFAULT_MAX_ITERATIONS;
  const nCompanies = p.companyIds.length;
  const company = p.companyIndex.get(id);
  const facility = p.facilityIndex.get(id);
  if (company === undefined && facility === undefined)
    throw new AnalyticsInputError(`"${id}" is neither a company nor a facility.`);
  const start = company ?? nCompanies + facility!;
  const control = controlOf(p, start);
  const isUltimate = (e: number) => e < nCompanies && p.ownStart[e] === p.ownStart[e + 1];

  const visits: Vector = new Map();
  const absorbed: Vector = new Map();
  const sourceRows = new Set<number>();
  let unknown = 0;
  let mass: Vector = new Map([[start, 1]]);
  let iterations = 0;
  let inTransit = 1;
  while (inTransit > tolerance && iterations < maxIterations) {
    iterations++;
    const next: Vector = new Map();
    for (const [e, m] of mass) {
      if (isUltimate(e)) {
        absorbed.set(e, (absorbed.get(e) ?? 0) + m);
        continue;
      }
      let sum = 0;
      for (let i = p.ownStart[e]!; i < p.ownStart[e + 1]!; i++) {
        const o = p.ownOwner[i]!;
        const flow = m * p.ownShare[i]!;
        sum += p.ownShare[i]!;
        sourceRows.add(p.ownRow[i]!);
        next.set(o, (next.get(o) ?? 0) + flow);
        visits.set(o, (visits.get(o) ?? 0) + flow);
      }
      const rest = 1 - sum;
      if (rest > 1e-15) {
        // A company is its own ultimate owner for its unrecorded remainder; a facility's remainder is UNKNOWN.
        if (e < nCompanies) absorbed.set(e, (absorbed.get(e) ?? 0) + m * rest);
        else unknown += m * rest;
      }
    }
    mass = next;
    inTransit = 0;
    for (const m of mass.values()) inTransit += m;
  }
  const converged = inTransit <= tolerance;
  // Whatever is still in transit: either below tolerance (absorbed next step) or trapped in a 100 % cycle.
  for (const [e, m] of mass) {
    if (isUltimate(e)) absorbed.set(e, (absorbed.get(e) ?? 0) + m);
    else unknown += m;
  }

  const owner = (e: number) => p.companyIds[e]!;
  const desc = (a: OwnerShare, b: OwnerShare) => b.share - a.share || (a.owner < b.owner ? -1 : 1);
  const ultimateOwners = [...absorbed].map(([e, share]) => ({ owner: owner(e), share })).sort(desc);
  const effectiveOwners = [...visits]
    .map(([e, share]) => ({ owner: owner(e), share, isUltimate: isUltimate(e) }))
    .sort(desc);
  const countries = new Map<string, number>();
  for (const [e, share] of absorbed) {
    const c = p.countryIds[p.companyCountry[e]!]!;
    countries.set(c, (countries.get(c) ?? 0) + share);
  }
  if (unknown > 0) countries.set(UNKNOWN, unknown);
  const byCountry = [...countries].map(([o, share]) => ({ owner: o, share })).sort(desc);

  const assumptions = [
    "Each owner is reached with probability equal to its share; the remainder 1 − Σ recorded shares of a company stays with that company (its unrecorded holders and free float), a facility's remainder goes to UNKNOWN.",
    'A company with no recorded owners is its own ultimate owner; a facility with no recorded owners is wholly UNKNOWN.',
    'The controlling owner: from the entity, follow the direct owner holding more than 50 % while there is one (a cycle stops at the first repeat); a facility first steps to its majority owner or else its largest recorded owner.',
  ];
  if (!converged)
    assumptions.push(
      `Did not converge within ${maxIterations} iterations (ownership held in a circle); the ${inTransit.toPrecision(3)} still in transit is counted UNKNOWN.`,
    );
  const sources = new Set<string>();
  for (const r of sourceRows) for (const s of p.dataset.ownership[r]!.sources) sources.add(s);
  return {
    entity: id,
    kind: company !== undefined ? 'company' : 'facility',
    ultimateOwners,
    unknownShare: unknown,
    effectiveOwners,
    byCountry,
    converged,
    iterations,
    controller: control.controller < 0 ? null : owner(control.controller),
    controlChain: control.chain.map(owner),
    assumptions,
    sources: [...sources].sort(),
  };
}

/** The controlling owner of an entity (company index, or -1 for UNKNOWN) and the chain leading to it. */
export interface Control {
  controller: number;
  /** Company indices from the first company reached (the entity itself for a company) to the controller. */
  chain: number[];
}

/**
 * The controlling owner (SPEC 4.3): from the entity upwards, follow the direct owner holding more than 50 % as
 * long as there is one; a cycle stops at the first repeat; the last company reached controls. A company without
 * a majority owner controls itself. A facility's first step goes to its majority owner or, when none holds a
 * majority, to its largest recorded owner (ties by lowest id); a facility with no recorded owners is controlled by
 * UNKNOWN. `entity` is in the ownership entity space (companies, then facilities).
 */
export function controlOf(p: Projection, entity: number): Control {
  const nCompanies = p.companyIds.length;
  let current: number;
  if (entity >= nCompanies) {
    let best = -1;
    for (let i = p.ownStart[entity]!; i < p.ownStart[entity + 1]!; i++) {
      const o = p.ownOwner[i]!;
      if (
        best < 0 ||
        p.ownShare[i]! > p.ownShare[best]! ||
        (p.ownShare[i] === p.ownShare[best] && p.companyIds[o]! < p.companyIds[p.ownOwner[best]!]!)
      )
        best = i;
    }
    if (best < 0) return { controller: -1, chain: [] };
    current = p.ownOwner[best]!;
  } else current = entity;
  const chain = [current];
  const seen = new Set(chain);
  for (;;) {
    let majority = -1;
    for (let i = p.ownStart[current]!; i < p.ownStart[current + 1]!; i++)
      if (p.ownShare[i]! > 0.5) majority = p.ownOwner[i]!;
    if (majority < 0 || seen.has(majority)) break;
    seen.add(majority);
    chain.push(majority);
    current = majority;
  }
  return { controller: current, chain };
}
