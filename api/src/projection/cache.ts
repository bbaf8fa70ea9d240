/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import type { ScenarioRow } from '../dataset/types.js';
import type { GraphStore } from '../store/graph-store.js';
import { buildProjection, type Projection } from './projection.js';
import { applyScenario } from './scenario.js';
import { AnalyticsInputError } from './scope.js';

/** A projection with a scenario applied, and what the scenario changed. */
export interface ScenarioProjection {
  projection: Projection;
  scenario: ScenarioRow;
  notes: string[];
}

/** How many scenario projections are kept per data version. */
const SCENARIO_SLOTS = 8;

/**
 * Holds the analytics projection of a store: built from `store.snapshot()` (a bounded number of store calls for
 * every store), kept while `store.dataVersion()` stays the same, rebuilt once when it changes. Concurrent callers
 * share one build. Lives as long as the process (one per store), not per request.
 */
export class ProjectionCache {
  private current: { version: string; projection: Promise<Projection> } | null = null;
  private scenarios = new Map<string, Promise<ScenarioProjection>>();
  private builds = 0;

  constructor(private readonly store: GraphStore) {}

  /** How many projections have been built (for tests and the bench). */
  get buildCount(): number {
    return this.builds;
  }

  /** The projection of the store's current data. */
  async get(): Promise<Projection> {
    const version = await this.store.dataVersion();
    if (this.current?.version !== version) {
      const projection = this.store.snapshot().then((dataset) => {
        this.builds++;
        return buildProjection(dataset);
      });
      this.current = { version, projection };
      this.scenarios.clear();
      // A failed build is not cached: the next caller tries again.
      projection.catch(() => {
        if (this.current?.projection === projection) this.current = null;
      });
    }
    return this.current.projection;
  }

  /**
   * The projection with a stored scenario applied.
   * @throws AnalyticsInputError when no scenario has that id.
   */
  async withScenario(scenarioId: string): Promise<ScenarioProjection> {
    const base = await this.get();
    const key = `${this.current?.version ?? ''}\u0000${scenarioId}`;
    let hit = this.scenarios.get(key);
    if (!hit) {
      const scenario = base.dataset.scenarios.find((s) => s.id === scenarioId);
      if (!scenario)
        throw new AnalyticsInputError(
          `Unknown scenario "${scenarioId}": use one of ${base.dataset.scenarios.map((s) => s.id).join(', ') || '(none stored)'}.`,
        );
      const { dataset, notes } = applyScenario(base.dataset, scenario);
      hit = Promise.resolve({ projection: buildProjection(dataset), scenario, notes });
      if (this.scenarios.size >= SCENARIO_SLOTS) this.scenarios.delete(this.scenarios.keys().next().value!);
      this.scenarios.set(key, hit);
    }
    return hit;
  }
}
