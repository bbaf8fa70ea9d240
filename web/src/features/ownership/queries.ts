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
  query InvestorRegions($stage: Stage!, $year: Int!, $scope: ID!, $material: ID!, $by: InvestorBasis) {
    investorRegions(stage: $stage, year: $year, scope: $scope, material: $material, by: $by) {
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
    location: dependency(material: $material, stage: $stage, year: $year, scope: $scope, basis: LOCATION) {
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
