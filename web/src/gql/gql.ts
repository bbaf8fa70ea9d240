/* eslint-disable */
import * as types from './graphql';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      kind\n      name\n      matched\n      score\n    }\n  }\n': typeof types.SearchDocument;
  '\n  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: FacilityFilter, $limit: Int) {\n    subgraph(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      nodes {\n        id\n        label\n        type\n        name\n        data\n      }\n      edges {\n        id\n        source\n        target\n        type\n        data\n      }\n      truncated\n    }\n  }\n': typeof types.NeighbourhoodDocument;
  '\n  query Lookups {\n    countries {\n      id\n      name\n      eu\n      regions {\n        id\n      }\n    }\n    regions {\n      id\n      name\n    }\n    materials {\n      id\n      name\n      unit\n    }\n    sources {\n      id\n      title\n      publisher\n      year\n      url\n    }\n  }\n': typeof types.LookupsDocument;
};
const documents: Documents = {
  '\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      kind\n      name\n      matched\n      score\n    }\n  }\n':
    types.SearchDocument,
  '\n  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: FacilityFilter, $limit: Int) {\n    subgraph(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      nodes {\n        id\n        label\n        type\n        name\n        data\n      }\n      edges {\n        id\n        source\n        target\n        type\n        data\n      }\n      truncated\n    }\n  }\n':
    types.NeighbourhoodDocument,
  '\n  query Lookups {\n    countries {\n      id\n      name\n      eu\n      regions {\n        id\n      }\n    }\n    regions {\n      id\n      name\n    }\n    materials {\n      id\n      name\n      unit\n    }\n    sources {\n      id\n      title\n      publisher\n      year\n      url\n    }\n  }\n':
    types.LookupsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      id\n      kind\n      name\n      matched\n      score\n    }\n  }\n',
): typeof import('./graphql').SearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: FacilityFilter, $limit: Int) {\n    subgraph(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {\n      nodes {\n        id\n        label\n        type\n        name\n        data\n      }\n      edges {\n        id\n        source\n        target\n        type\n        data\n      }\n      truncated\n    }\n  }\n',
): typeof import('./graphql').NeighbourhoodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Lookups {\n    countries {\n      id\n      name\n      eu\n      regions {\n        id\n      }\n    }\n    regions {\n      id\n      name\n    }\n    materials {\n      id\n      name\n      unit\n    }\n    sources {\n      id\n      title\n      publisher\n      year\n      url\n    }\n  }\n',
): typeof import('./graphql').LookupsDocument;

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
