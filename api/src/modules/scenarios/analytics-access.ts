import { AnalyticsInputError } from '../../projection/scope.js';
import type { Projection } from '../../projection/projection.js';
import type { ProjectionCache } from '../../projection/cache.js';
import type { CompanyRow, Dataset, FacilityRow, SourceRow } from '../../dataset/types.js';
import { userError } from '../../errors.js';

/** The projection a query runs on: the stored data, or the stored data with a scenario applied. */
export interface QueryProjection {
  projection: Projection;
  /** The scenario id, or null for the stored data. */
  scenario: string | null;
  /** What the scenario changed, in words (empty without a scenario). */
  notes: string[];
}

interface RowIndex {
  sources: Map<string, SourceRow>;
  companies: Map<string, CompanyRow>;
  facilities: Map<string, FacilityRow>;
}

const rowIndexes = new WeakMap<Projection, RowIndex>();

/**
 * The analytics services' way to the projection (never to the store): the baseline projection and, when a
 * scenario id is given, the scenario's; plus row lookups on the projection's own data, so results need no
 * further store calls. Analytics input errors become GraphQL errors with a stable code.
 */
export class AnalyticsAccess {
  constructor(private readonly cache: ProjectionCache) {}

  /** The baseline, and the scenario projection when `scenario` is given. */
  async projections(
    scenario: string | null | undefined,
  ): Promise<{ base: QueryProjection; scenario: QueryProjection | null }> {
    const base = { projection: await this.cache.get(), scenario: null, notes: [] };
    if (!scenario) return { base, scenario: null };
    const applied = await guard(() => this.cache.withScenario(scenario));
    return { base, scenario: { projection: applied.projection, scenario, notes: applied.notes } };
  }

  /** The stored data the baseline projection was built from (the current data version, or a later one). */
  async storedData(): Promise<Dataset> {
    return (await this.cache.get()).dataset;
  }

  static sources(p: Projection, ids: readonly string[]): SourceRow[] {
    const index = rows(p).sources;
    return ids.flatMap((id) => index.get(id) ?? []);
  }

  static company(p: Projection, id: string): CompanyRow {
    const row = rows(p).companies.get(id);
    if (!row) throw new Error(`company ${id} is not in the projection`);
    return row;
  }

  static facility(p: Projection, id: string): FacilityRow {
    const row = rows(p).facilities.get(id);
    if (!row) throw new Error(`facility ${id} is not in the projection`);
    return row;
  }
}

function rows(p: Projection): RowIndex {
  let index = rowIndexes.get(p);
  if (!index) {
    index = {
      sources: new Map(p.dataset.sources.map((s) => [s.id, s])),
      companies: new Map(p.dataset.companies.map((c) => [c.id, c])),
      facilities: new Map(p.dataset.facilities.map((f) => [f.id, f])),
    };
    rowIndexes.set(p, index);
  }
  return index;
}

/** Runs an analytics call, turning its input errors into GraphQL errors a user can act on. */
export async function guard<T>(run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof AnalyticsInputError) throw userError(error.code, error.message);
    throw error;
  }
}
