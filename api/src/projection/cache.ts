/* eslint-disable @typescript-eslint/no-non-null-assertion -- indices into the typed arrays and CSR offsets are in range by construction (built in projection.ts); checking each one in the hot loops would cost time and hide nothing. */
import type { ScenarioRow } from '../dataset/types.js';
import type { GraphStore } from '../store/graph-store.js';
import { buildProjectionInPieces, type Projection } from './projection.js';
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
 * share one build. Lives as long as the process (one per store), not per request. Where the store announces its
 * next data version (GraphStore.onNextVersion: the embedded store, before it serves an import), the projection of
 * that version is built then, so the first analytic on the new data does not wait for it; every build runs in
 * pieces between which the event loop answers other requests.
 */
export class ProjectionCache {
  private current: { version: string; projection: Promise<Projection> } | null = null;
  /** The projection of the version the store is about to serve, built before it does. */
  private next: { version: string; projection: Promise<Projection> } | null = null;
  private scenarios = new Map<string, Promise<ScenarioProjection>>();
  private builds = 0;

  /** Whether {@link get} has subscribed to the store's next versions. */
  private subscribed = false;

  constructor(private readonly store: GraphStore) {}

  /**
   * From the first use on, builds the projection of each next data version the store announces before it serves
   * it (a cache that is never used costs the store nothing).
   */
  private subscribe(): void {
    if (this.subscribed) return;
    this.subscribed = true;
    this.store.onNextVersion?.(async ({ version, dataset }) => {
      const projection = this.build(dataset);
      this.next = { version, projection };
      // Awaited: the store serves the version only when its projection is ready (a failure is not kept: the
      // next caller builds on demand).
      await projection.catch((error: unknown) => {
        if (this.next?.projection === projection) this.next = null;
        throw error;
      });
    });
  }

  private build(dataset: Parameters<typeof buildProjectionInPieces>[0]): Promise<Projection> {
    return buildProjectionInPieces(dataset).then((projection) => {
      this.builds++;
      return projection;
    });
  }

  /** How many projections have been built (for tests and the bench). */
  get buildCount(): number {
    return this.builds;
  }

  /** The projection of the store's current data. */
  async get(): Promise<Projection> {
    this.subscribe();
    const version = await this.store.dataVersion();
    if (this.current?.version !== version) {
      const projection =
        this.next?.version === version ? this.next.projection : this.store.snapshot().then((d) => this.build(d));
      this.next = null;
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
      const built = buildProjectionInPieces(dataset).then((projection) => ({ projection, scenario, notes }));
      hit = built;
      // A failed build is not cached.
      built.catch(() => {
        if (this.scenarios.get(key) === built) this.scenarios.delete(key);
      });
      if (this.scenarios.size >= SCENARIO_SLOTS) this.scenarios.delete(this.scenarios.keys().next().value!);
      this.scenarios.set(key, hit);
    }
    return hit;
  }
}
