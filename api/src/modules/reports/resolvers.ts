import type { Resolvers } from '../resolvers-type.js';

export const reportsResolvers: Resolvers = {
  Query: {
    report: (_, { id, scope, year, since, scenario }, { services }) =>
      services.reports.report({ id, scope, year, since, scenario }),
    plantTracker: (_, { scope, year, scenario }, { services }) => services.reports.plants({ scope, year, scenario }),
    reports: (_, __, { services }) =>
      services.reports.list().map((r) => ({
        id: r.id,
        title: r.title,
        question: r.question,
        parameters: [...r.parameters],
        defaultScope: r.defaultScope ?? null,
        defaultSince: r.defaultSince ?? null,
      })),
  },
};
