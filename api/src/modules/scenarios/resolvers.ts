import { userError } from '../../errors.js';
import type { Viewer } from '../../context.js';
import type { Resolvers } from '../resolvers-type.js';

/** Mutations need the editor token, as importDataset does. */
function requireEditor(viewer: Viewer): void {
  if (!viewer.isEditor) throw userError('UNAUTHENTICATED', viewer.reason);
}

export const scenariosResolvers: Resolvers = {
  Query: {
    scenarios: (_, __, { store }) => store.listScenarios(),
    scenario: (_, { id }, { services }) => services.scenarios.get(id),
  },
  Scenario: {
    effects: (scenario, _, { services }) => services.scenarios.effects(scenario.id),
  },
  Mutation: {
    createScenario: (_, { scenario }, { services, viewer }) => {
      requireEditor(viewer);
      return services.scenarios.create(scenario);
    },
    updateScenario: (_, { scenario }, { services, viewer }) => {
      requireEditor(viewer);
      return services.scenarios.update(scenario);
    },
    deleteScenario: (_, { id }, { services, viewer }) => {
      requireEditor(viewer);
      return services.scenarios.delete(id);
    },
  },
};
