import { userError } from '../../errors.js';
import type { Resolvers } from '../resolvers-type.js';

export const datasetsResolvers: Resolvers = {
  Query: {
    validateDataset: (_, { document, replace }, { services }) => services.datasets.validate(document, replace ?? false),
    exportDataset: (_, __, { services }) => services.datasets.export(),
  },
  Mutation: {
    importDataset: (_, { document, replace }, { services, viewer }) => {
      if (!viewer.isEditor) throw userError('UNAUTHENTICATED', viewer.reason);
      return services.datasets.import(document, { replace: replace ?? false });
    },
  },
};
