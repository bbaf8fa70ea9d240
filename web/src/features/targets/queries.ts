import { graphql } from '../../gql';

export const TargetEvaluationsDocument = graphql(`
  query TargetEvaluations(
    $scope: ID
    $weights: StatusWeightsInput
    $year: Int
    $baselineYear: Int
    $scenario: ID
    $withBaseline: Boolean!
  ) {
    targetEvaluations(scope: $scope, weights: $weights, year: $year, baselineYear: $baselineYear, scenario: $scenario) {
      target {
        id
        name
        kind
        stage
        scope
        share
        baselineYear
        targetYear
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
      gapToMax
      cutToMax
      minimum
      domesticSupply
      projectedDomesticSupply
      gap
      demand
      nonDominant
      floored
      contributions {
        facility {
          id
        }
        contribution
      }
      pipeline {
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
        baselineSupply
        viaFlow
        adds
        basis
        parameters
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
      difference @include(if: $withBaseline) {
        baselineShare
        projectedShare
        reduction
        gapTo30
        gapTo50
        gapToMax
        statusChanged
        dominantChanged
      }
      baseline @include(if: $withBaseline) {
        dominant
        baselineShare
        projectedShare
        reduction
        status
        reason
        gapTo30
        gapTo50
        gapToMax
        cutToMax
        gap
        demand
        nonDominant
      }
    }
  }
`);
