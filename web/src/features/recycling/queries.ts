import { graphql } from '../../gql';

export const RecyclingDocument = graphql(`
  query Recycling(
    $scope: ID
    $year: Int!
    $scenario: ID
    $exportBan: Boolean
    $parameters: [RecyclingParameterInput!]
  ) {
    recycling(scope: $scope, year: $year, scenario: $scenario, exportBan: $exportBan, parameters: $parameters) {
      ...RecyclingFigures
      parameters {
        id
        key
        kind
        material
        chemistry
        value
        low
        high
        unit
        overridden
        notes
        sources {
          id
          title
          publisher
          year
          url
        }
      }
      gaps {
        id
        material
        stage
        scope
        year
        title
        detail
        lookAt
        sources {
          id
          title
          publisher
          year
          url
        }
      }
      sources {
        id
        title
        publisher
        year
        url
      }
      baseline {
        ...RecyclingFigures
      }
    }
  }

  fragment RecyclingFigures on Recycling {
    scope
    year
    scenario
    exportBan
    unit
    nodes {
      id
      label
      kind
      country
    }
    links {
      source
      target
      value
      material
      basis
    }
    batteryInput
    smeltingInput
    blackMass
    blackMassBasis
    imported
    processedInScope
    processedBasis
    hydrometCapacity
    hydrometFree
    exported
    unallocated
    flowsRecorded
    keptByBan
    recovered {
      material
      value
      unit
      byCountry {
        origin
        value
        share
      }
      recoveryRate
      recoveryRateKnown
      targetRate
      targetYear
      targetInForce
      meetsTarget
      benchmarkShare
      benchmarkYear
      basis
      low
      high
      parameters
      reason
    }
    recycledContent {
      material
      recovered
      cellDemand
      share
      basis
      recoveredLow
      recoveredHigh
      cellDemandLow
      cellDemandHigh
      shareLow
      shareHigh
      minimum
      targetYear
      inForce
      status
      reason
      parameters
    }
    notes
  }
`);

/** Recovered metal of one year, for the by-year table (one small request per year, each cached). */
export const RecoveredByYearDocument = graphql(`
  query RecoveredByYear(
    $scope: ID
    $year: Int!
    $scenario: ID
    $exportBan: Boolean
    $parameters: [RecyclingParameterInput!]
  ) {
    recycling(scope: $scope, year: $year, scenario: $scenario, exportBan: $exportBan, parameters: $parameters) {
      year
      recovered {
        material
        value
        unit
        basis
        low
        high
        recoveryRate
        recoveryRateKnown
        targetRate
        targetYear
        targetInForce
        meetsTarget
      }
    }
  }
`);
