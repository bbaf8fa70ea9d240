import { graphql } from '../../gql';

export const OwnershipDocument = graphql(`
  query Ownership($entity: ID!, $scenario: ID) {
    ownership(entity: $entity, scenario: $scenario) {
      entity
      scenario
      unknownShare
      converged
      ultimateOwners {
        share
        owner {
          id
          name
          country {
            id
          }
        }
      }
      effectiveOwners {
        share
        isUltimate
        owner {
          id
        }
      }
      byCountry {
        origin
        share
      }
      controllerUnknown
      controller {
        id
        name
        country {
          id
        }
      }
      controlChain {
        id
        name
      }
      assumptions
    }
    company(id: $entity) {
      id
      name
      country {
        id
      }
      owners {
        share
        owner {
          id
          name
          country {
            id
          }
        }
      }
    }
    facility(id: $entity) {
      id
      name
      type
      status
      country {
        id
      }
      owners {
        share
        owner {
          id
          name
          country {
            id
          }
        }
      }
    }
  }
`);

/**
 * One level of an ownership chain: a company's direct owners. The chain is walked a level per request (each cached),
 * so no operation nests deeper than the API's depth limit, however long the chain.
 */
export const OwnersOfDocument = graphql(`
  query OwnersOf($id: ID!) {
    company(id: $id) {
      id
      owners {
        share
        owner {
          id
          name
          country {
            id
          }
        }
      }
    }
  }
`);

export const InvestorRegionsDocument = graphql(`
  query InvestorRegions(
    $stage: Stage!
    $year: Int!
    $scope: ID!
    $material: ID!
    $by: InvestorBasis
    $scenario: ID
    $withBaseline: Boolean!
  ) {
    investorRegions(stage: $stage, year: $year, scope: $scope, material: $material, by: $by, scenario: $scenario) {
      difference @include(if: $withBaseline) {
        total
        shares {
          origin
          value
          share
        }
      }
      baseline @include(if: $withBaseline) {
        total
        shares {
          ...Share
        }
        facilities {
          facility {
            id
          }
        }
      }
      unit
      total
      shares {
        ...Share
      }
      facilities {
        capacity
        controllerRegion
        controller {
          id
          name
        }
        facility {
          id
          name
          status
          chemistry
          country {
            id
          }
          operator {
            name
          }
        }
      }
      assumptions
    }
    location: dependency(
      material: $material
      stage: $stage
      year: $year
      scope: $scope
      basis: LOCATION
      scenario: $scenario
    ) {
      difference @include(if: $withBaseline) {
        total
      }
      baseline @include(if: $withBaseline) {
        total
        producedInScope
        evidence
        importsRecorded
      }
      total
      unit
      evidence
      importsRecorded
      thirdCountryKnown
      producedInScope
      coverage
      topThirdCountry {
        ...Share
      }
      shares {
        ...Share
      }
      standIns {
        value
      }
      gaps {
        id
      }
    }
  }

  fragment Share on OriginShare {
    origin
    value
    share
  }
`);
