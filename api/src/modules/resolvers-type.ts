import type { IResolvers } from '@graphql-tools/utils';
import type { AppContext } from '../context.js';

/** The shape of a module's resolver map, typed with our request context. */
// `any` as the parent type: each resolver annotates its own parent row type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Resolvers = IResolvers<any, AppContext>;
