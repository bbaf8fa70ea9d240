import type { Resolvers } from '../resolvers-type.js';

export const dependencyResolvers: Resolvers = {
  Query: {
    dependency: (_, { material, stage, year, scope, basis, scenario }, { services }) =>
      services.dependency.dependency(
        { material, stage, year, scope: scope ?? 'GLOBAL', basis: basis ?? 'LOCATION' },
        scenario,
      ),
    dependencySeries: (_, { material, stage, scope, basis, scenario }, { services }) =>
      services.dependency.series({ material, stage, scope: scope ?? 'GLOBAL', basis: basis ?? 'LOCATION' }, scenario),
    dependencyMatrix: (_, { year, scope, basis, scenario }, { services }) =>
      services.dependency.matrix({ year, scope: scope ?? 'GLOBAL', basis: basis ?? 'LOCATION' }, scenario),
    lookThrough: (_, { material, stage, upstream, year, scope, scenario, paths }, { services }) =>
      services.dependency.lookThrough({ material, stage, upstream, year, scope, paths: paths ?? 10 }, scenario),
    dataGaps: (_, { material, stage }, { services }) =>
      services.dependency.dataGaps({ ...(material ? { material } : {}), ...(stage ? { stage } : {}) }),
  },
  Facility: {
    statusIn: (f, { year }, { services }) => services.dependency.statusIn(f.id, year),
    supplyCapacity: (f, { material, year }, { services }) => services.dependency.supplyCapacity(f.id, material, year),
  },
};
