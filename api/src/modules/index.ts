import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { companiesResolvers } from './companies/resolvers.js';
import { coreResolvers } from './core/resolvers.js';
import { datasetsResolvers } from './datasets/resolvers.js';
import { dependencyResolvers } from './dependency/resolvers.js';
import { facilitiesResolvers } from './facilities/resolvers.js';
import { graphResolvers } from './graph/resolvers.js';
import { ownershipResolvers } from './ownership/resolvers.js';
import { recyclingResolvers } from './recycling/resolvers.js';
import { reportsResolvers } from './reports/resolvers.js';
import type { Resolvers } from './resolvers-type.js';
import { scenariosResolvers } from './scenarios/resolvers.js';
import { targetsResolvers } from './targets/resolvers.js';

/** Every module: its folder (holding `schema.graphql`) and its resolvers. `core` declares the root types. */
const MODULES: readonly { name: string; resolvers: Resolvers }[] = [
  { name: 'core', resolvers: coreResolvers },
  { name: 'facilities', resolvers: facilitiesResolvers },
  { name: 'companies', resolvers: companiesResolvers },
  { name: 'graph', resolvers: graphResolvers },
  { name: 'datasets', resolvers: datasetsResolvers },
  { name: 'dependency', resolvers: dependencyResolvers },
  { name: 'ownership', resolvers: ownershipResolvers },
  { name: 'targets', resolvers: targetsResolvers },
  { name: 'scenarios', resolvers: scenariosResolvers },
  { name: 'recycling', resolvers: recyclingResolvers },
  { name: 'reports', resolvers: reportsResolvers },
];

/** The SDL of every module, in module order (also read by codegen and the web app). */
export function moduleTypeDefs(): string[] {
  return MODULES.map((m) => readFileSync(new URL(`./${m.name}/schema.graphql`, import.meta.url), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({ typeDefs: moduleTypeDefs(), resolvers: MODULES.map((m) => m.resolvers) });
}
