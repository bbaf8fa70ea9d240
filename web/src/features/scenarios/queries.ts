import { graphql } from '../../gql';

/** The stored scenarios, for the app-wide picker and the builder's list. */
export const ScenariosDocument = graphql(`
  query Scenarios {
    scenarios {
      id
      name
      description
      notes
      overrides
    }
  }
`);

/** Names of the facilities a scenario's overrides point at (the words a list of overrides reads in). */
export const FacilityNamesDocument = graphql(`
  query FacilityNames($ids: [ID!]!) {
    subgraph(ids: $ids, depth: 0) {
      nodes {
        id
        name
      }
    }
  }
`);

/** The facility an override is about: what it is now, so the builder can say what the override changes. */
export const OverrideFacilityDocument = graphql(`
  query OverrideFacility($id: ID!) {
    facility(id: $id) {
      id
      name
      type
      stage
      status
      country {
        id
      }
      capacities {
        material {
          id
        }
        year
        value
        unit
        basis
      }
    }
  }
`);
