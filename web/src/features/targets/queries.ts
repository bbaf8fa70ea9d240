import { graphql } from '../../gql';

export const TargetEvaluationsDocument = graphql(`
  query TargetEvaluations($scope: ID, $weights: StatusWeightsInput) {
    targetEvaluations(scope: $scope, weights: $weights) {
      target {
        id
        name
        kind
        stage
        scope
        share
        material {
          id
          name
        }
        sources {
          id
          title
          publisher
          year
          url
        }
      }
      dominant
      unit
      baselineYear
      targetYear
      baselineShare
      projectedShare
      reduction
      status
      reason
      gapTo30
      gapTo50
      meetsMaxShare
      demand
      nonDominant
      contributions {
        facility {
          id
          name
          country {
            id
          }
        }
        status
        weight
        capacity
        viaFlow
        contribution
      }
      weights {
        OPERATING
        RAMP_UP
        UNDER_CONSTRUCTION
        PLANNED
        PAUSED
        STOPPED
        CANCELLED
      }
      assumptions
    }
  }
`);
