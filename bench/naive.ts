import type { Dataset, FacilityRow, FlowRow, ProductionRow, Stage } from '../api/src/dataset/types.js';
import type { GraphStore } from '../api/src/store/graph-store.js';

/**
 * The way a resolver-per-field implementation computes the same figures: one awaited store call per entity
 * (owners of a node, capacities of a facility), ownership by enumerating paths up the chains (cut at a depth, as
 * it must be to stop in cycles), supply by visiting every country and each of its facilities (the same rules, SPEC
 * 4.0 and 4.3, row by row). Used only by the
 * bench to measure the ratio against the projection.
 */
export class NaiveAnalytics {
  private readonly production = new Map<string, ProductionRow[]>();
  private readonly inbound = new Map<string, FlowRow[]>();
  private readonly facilitiesIn = new Map<string, FacilityRow[]>();
  private readonly countryOf = new Map<string, string>();
  private readonly facilityIds = new Set<string>();

  constructor(
    private readonly store: GraphStore,
    dataset: Dataset,
  ) {
    // What per-entity resolvers would each ask the database for, indexed as a database would index it.
    for (const r of dataset.production) push(this.production, r.country, r);
    for (const f of dataset.facilities) {
      push(this.facilitiesIn, f.country, f);
      this.countryOf.set(f.id, f.country);
      this.facilityIds.add(f.id);
    }
    for (const r of dataset.flows) push(this.inbound, this.countryOf.get(r.to) ?? r.to, r);
  }

  /** Ultimate owners of one entity by path enumeration, one store call per node visited. */
  async ultimateOwners(id: string, maxDepth = 12): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const visit = async (node: string, product: number, depth: number): Promise<void> => {
      const owners = (await this.store.ownersOf([node])).get(node) ?? [];
      let sum = 0;
      for (const o of owners) sum += o.share;
      // SPEC 4.3: a company keeps its unrecorded remainder, a facility's remainder is UNKNOWN.
      const residual = this.facilityIds.has(node) ? 'UNKNOWN' : node;
      if (owners.length === 0) {
        out.set(residual, (out.get(residual) ?? 0) + product);
        return;
      }
      if (sum < 1) out.set(residual, (out.get(residual) ?? 0) + product * (1 - sum));
      for (const o of owners) {
        if (depth >= maxDepth) out.set('UNKNOWN', (out.get('UNKNOWN') ?? 0) + product * o.share);
        else await visit(o.owner, product * o.share, depth + 1);
      }
    };
    await visit(id, 1, 0);
    return out;
  }

  /** Supply into a set of countries, LOCATION basis: per country its statistics, per facility its capacities. */
  async supply(scope: ReadonlySet<string>, material: string, stage: Stage, year: number): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const add = (o: string, v: number) => out.set(o, (out.get(o) ?? 0) + v);
    for (const c of scope) {
      const stats = (await this.resolve(this.production.get(c) ?? [])).filter(
        (r) => r.material === material && r.stage === stage && r.year === year,
      );
      if (stats.length > 0) for (const r of stats) add(c, r.value);
      else
        for (const f of await this.resolve(this.facilitiesIn.get(c) ?? [])) {
          if (f.stage !== stage || !supplying(f, year)) continue;
          // SPEC 4.0: the latest INSTALLED row at or before the year.
          const caps = (await this.store.capacitiesOf([f.id])).get(f.id) ?? [];
          let latest: { year: number; value: number } | null = null;
          for (const cap of caps)
            if (
              cap.material === material &&
              cap.basis === 'INSTALLED' &&
              cap.year <= year &&
              (!latest || cap.year > latest.year)
            )
              latest = cap;
          if (latest) add(c, latest.value);
        }
      for (const r of await this.resolve(this.inbound.get(c) ?? [])) {
        const from = this.countryOf.get(r.from) ?? r.from;
        if (r.material === material && r.stage === stage && r.year === year && !scope.has(from)) add(from, r.value);
      }
    }
    return out;
  }

  /** A resolver's round trip: the rows come back on a later tick, as from any store. */
  private async resolve<T>(rows: T[]): Promise<T[]> {
    await Promise.resolve();
    return rows;
  }
}

/** SPEC 4.0 status in a year, read row by row: OPERATING or RAMP_UP supplies. */
function supplying(f: FacilityRow, year: number): boolean {
  let status: string | null = null;
  if (f.statusHistory && f.statusHistory.length > 0) {
    for (const h of f.statusHistory) if (Number(h.date.slice(0, 4)) <= year) status = h.status;
  } else status = f.startYear !== undefined && year < f.startYear ? null : f.status;
  return status === 'OPERATING' || status === 'RAMP_UP';
}

function push<T>(map: Map<string, T[]>, key: string, row: T): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}
