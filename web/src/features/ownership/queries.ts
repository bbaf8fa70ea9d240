import { graphql } from '../../gql';

export const OwnershipDocument = graphql(`
  query Ownership($entity: ID!) {
    ownership(entity: $entity) {
      entity
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
      assumptions
    }
    company(id: $entity) {
      id
      name
      country {
        id
      }
      owners {
        ...ChainLink
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
        ...ChainLink
      }
    }
  }

  fragment ChainLink on Holding {
    share
    owner {
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
          owners {
            share
            owner {
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
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const InvestorRegionsDocument = graphql(`
  query InvestorRegions($stage: Stage!, $year: Int!, $scope: ID!, $material: ID) {
    capacityByInvestorRegion(stage: $stage, year: $year, scope: $scope, material: $material) {
      origin
      value
      share
    }
    facilities(filter: { region: [$scope], stage: [$stage] }, first: 500) {
      totalCount
      edges {
        node {
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
          capacities {
            year
            value
            unit
            material {
              id
            }
          }
        }
      }
    }
  }
`);
