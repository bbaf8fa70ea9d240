import { graphql } from '../../gql';

export const NeighbourhoodDocument = graphql(`
  query Neighbourhood($ids: [ID!]!, $depth: Int, $filter: FacilityFilter, $limit: Int) {
    subgraph(ids: $ids, depth: $depth, filter: $filter, limit: $limit) {
      nodes {
        id
        label
        type
        name
        data
      }
      edges {
        id
        source
        target
        type
        data
      }
      truncated
    }
  }
`);
