import { expect } from 'vitest';
import type { App } from './harness.js';

/** Stores a scenario through the API's createScenario (editor token) and checks it was stored without errors. */
export async function storeScenario(
  app: App,
  token: string,
  scenario: { id: string; name: string; overrides: unknown[] },
): Promise<void> {
  const response = await fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: `mutation ($s: ScenarioInput!) { createScenario(scenario: $s) { ok errors { path message } } }`,
      variables: { s: scenario },
    }),
  });
  expect(await response.json()).toEqual({ data: { createScenario: { ok: true, errors: [] } } });
}
