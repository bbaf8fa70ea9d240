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
  return { id, scenario: list.find((s) => s.id === id), list, isLoading, error };
}

/** Just the app-wide scenario id from the URL (null: the stored data), for views that pass it to the API. */
export function useScenarioId(): string | null {
  const { params } = useUrlState();
  return params.get('scenario') || null;
}
