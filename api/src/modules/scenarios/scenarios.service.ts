import { emptyDataset, type Dataset, type ScenarioRow } from '../../dataset/types.js';
import { describeValue, validateDataset, type DatasetError } from '../../dataset/validate.js';
import { DataChangedError, type GraphStore } from '../../store/graph-store.js';
import type { AnalyticsAccess } from './analytics-access.js';

/** How often a scenario write validates again because another write committed first, before it gives up. */
const MAX_ATTEMPTS = 5;

/** A scenario as a client sends it (`ScenarioInput`): absent optional fields may come as null. */
export interface ScenarioInput {
  id: string;
  name: string;
  description?: string | null;
  notes?: string | null;
  overrides: unknown;
}

/** What a scenario write returns: errors as data (each with a path such as `scenario.overrides[1].cut`). */
export interface ScenarioResult {
  ok: boolean;
  errors: DatasetError[];
  /** The scenario as written (create, update) or as it was (delete); null on any error. */
  scenario: ScenarioRow | null;
}

/**
 * Stored scenarios (SPEC 4.6) created, changed and deleted through the API. A scenario is a row of the dataset
 * (`scenarios`), so it is validated exactly like an imported one — its override shapes, the references of its
 * overrides (facilities, countries, materials, sources), `cut` within 0–1 — against the CURRENT data, and it is
 * exported and imported with the data. Validation and commit act as one step: the write carries the data version
 * it was validated against and the store checks it inside its write (embedded: under the data file's lock; Neo4j:
 * inside the write transaction); when another write committed in between, the scenario is validated again against
 * what that wrote. Nothing is written on any error. The projection cache is keyed by the data version, which every
 * write bumps, so no projection of an older version of a scenario is ever served.
 */
export class ScenariosService {
  constructor(
    private readonly store: GraphStore,
    private readonly access: AnalyticsAccess,
  ) {}

  async get(id: string): Promise<ScenarioRow | null> {
    const entity = (await this.store.getEntities([id])).get(id);
    return entity?.kind === 'scenario' ? entity.row : null;
  }

  /**
   * What each override of a stored scenario does to the current data, in words (the notes every analytic under it
   * lists too), e.g. that an export cut matches no recorded flow and so changes nothing: its effect is unknown.
   */
  async effects(id: string): Promise<string[]> {
    const { scenario } = await this.access.projections(id);
    return scenario?.notes ?? [];
  }

  /** Stores a new scenario; an error (nothing written) when a scenario with its id exists. */
  create(input: ScenarioInput): Promise<ScenarioResult> {
    return this.put(input, 'create');
  }

  /** Replaces a stored scenario whole; an error (nothing written) when there is none with its id. */
  update(input: ScenarioInput): Promise<ScenarioResult> {
    return this.put(input, 'update');
  }

  /** Deletes a stored scenario; an error when there is none with that id. */
  async delete(id: string): Promise<ScenarioResult> {
    return this.retrying(async (version, current) => {
      const existing = current.scenarios.find((s) => s.id === id);
      if (!existing) return failed([notFound('id', id)]);
      const deleted = await this.store.deleteScenario(id, { expectedVersion: version });
      // Validated against this version and the store found no such scenario at it: it cannot be; say so plainly.
      if (!deleted) return failed([notFound('id', id)]);
      return { ok: true, errors: [], scenario: existing };
    });
  }

  private put(input: ScenarioInput, mode: 'create' | 'update'): Promise<ScenarioResult> {
    const row = rowOf(input);
    return this.retrying(async (version, current) => {
      const exists = current.scenarios.some((s) => s.id === row.id);
      if (mode === 'create' && exists)
        return failed([
          {
            path: 'scenario.id',
            value: row.id,
            message: `a scenario with id "${row.id}" exists already; choose another id, or use updateScenario to change it`,
          },
        ]);
      if (mode === 'update' && !exists) return failed([notFound('scenario.id', row.id)]);
      const result = validateDataset({ version: 2, scenarios: [row] }, { base: current });
      if (!result.ok) return failed(result.errors.map(asScenarioError));
      const written = result.dataset.scenarios[0] as ScenarioRow;
      await this.store.importDataset(
        { ...emptyDataset(), scenarios: [written] },
        { replace: false, expectedVersion: version },
      );
      return { ok: true, errors: [], scenario: written };
    });
  }

  /**
   * Runs a write against the current data (the projection's dataset at `version`); when the store says the data is
   * no longer that version, runs it again on what is there now.
   */
  private async retrying(
    write: (version: string, current: Dataset) => Promise<ScenarioResult>,
  ): Promise<ScenarioResult> {
    for (let attempt = 1; ; attempt++) {
      // The version first: the projection's data is then that version or a later one, and a later one fails the
      // store's check at commit (and is validated again).
      const version = await this.store.dataVersion();
      const current = await this.access.storedData();
      try {
        return await write(version, current);
      } catch (error) {
        if (!(error instanceof DataChangedError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}

/** The dataset row of an input: optional fields left out when null (the row model has no nulls). */
function rowOf(input: ScenarioInput): ScenarioRow {
  return {
    id: input.id,
    name: input.name,
    ...(input.description != null ? { description: input.description } : {}),
    ...(input.notes != null ? { notes: input.notes } : {}),
    overrides: input.overrides as ScenarioRow['overrides'],
  };
}

function failed(errors: DatasetError[]): ScenarioResult {
  return { ok: false, errors, scenario: null };
}

function notFound(path: string, id: string): DatasetError {
  return { path, value: describeValue(id), message: `there is no stored scenario with id "${id}"` };
}

/**
 * A validator error on the one-row document `/scenarios/0/…` as a path into the mutation's argument:
 * `/scenarios/0/overrides/1/cut` → `scenario.overrides[1].cut`.
 */
export function scenarioPath(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  if (parts[0] !== 'scenarios' || parts[1] !== '0') return pointer === '' || pointer === '/' ? 'scenario' : pointer;
  return parts
    .slice(2)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : `${path}.${part}`), 'scenario');
}

function asScenarioError(error: DatasetError): DatasetError {
  return { ...error, path: scenarioPath(error.path) };
}
