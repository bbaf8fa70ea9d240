import { loadKind, loadOne } from '../../loaders.js';
import { required } from '../facilities/resolvers.js';
import { withoutNulls, type Resolvers } from '../resolvers-type.js';

export const targetsResolvers: Resolvers = {
  Query: {
    targetEvaluations: (_, { scope, scenario, weights, year, baselineYear }, { services }) =>
      services.targets.evaluations(
        {
          ...(scope ? { scope } : {}),
          ...(year != null ? { year } : {}),
          ...(baselineYear != null ? { baselineYear } : {}),
          weights: withoutNulls(weights),
        },
        scenario,
      ),
    targets: (_, __, { store }) => store.listTargets(),
  },
  Target: {
    material: async (t, _, { loaders }) => required(await loadOne(loaders, 'material', t.material), t.material),
    sources: (t, _, { loaders }) => loadKind(loaders, 'source', t.sources),
  },
};
