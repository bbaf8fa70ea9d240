import type { ScenariosQuery } from '../../gql/graphql';
import { useQuery } from '../../lib/use-query';
import { useUrlState } from '../../lib/url-state';
import { ScenariosDocument } from './queries';

export type StoredScenario = ScenariosQuery['scenarios'][number];

export interface ScenarioSelection {
  /** The app-wide `scenario` URL parameter, or null for the stored data. */
  id: string | null;
  /** The stored scenario with that id; undefined while loading, or when no scenario by that id is stored. */
  scenario: StoredScenario | undefined;
  /** Every stored scenario (empty while loading). */
  list: readonly StoredScenario[];
  /**
   * How a note names the scenario: its name in quotes, or its id when no stored scenario has it; null while the
   * list loads, so a note never shows the id first and the name a moment later.
   */
  called: string | null;
  isLoading: boolean;
  error: Error | undefined;
}

/**
 * The scenario every analytic view computes under: one URL parameter for the whole app (`?scenario=<id>`), so a
 * link reproduces the scenario with the view. Views pass `id` to the API's `scenario` argument as it is.
 */
export function useScenarios(): ScenarioSelection {
  const { params } = useUrlState();
  const id = params.get('scenario') || null;
  const { data, error, isLoading } = useQuery(ScenariosDocument, {});
  const list = data?.scenarios ?? [];
  const scenario = list.find((s) => s.id === id);
  const called = scenarioCalled(id, data ? list : null);
  return { id, scenario, list, called, isLoading, error };
}

/** Just the app-wide scenario id from the URL (null: the stored data), for views that pass it to the API. */
export function useScenarioId(): string | null {
  const { params } = useUrlState();
  return params.get('scenario') || null;
}

/**
 * How a note names the scenario `id`: its stored name in quotes, or the id in quotes when no stored scenario has
 * it; null for no scenario and while the list (`null`) is loading.
 */
export function scenarioCalled(id: string | null, list: readonly { id: string; name: string }[] | null): string | null {
  if (id === null || list === null) return null;
  const stored = list.find((s) => s.id === id);
  return `“${stored ? stored.name : id}”`;
}
