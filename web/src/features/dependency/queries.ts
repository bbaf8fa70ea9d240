import { graphql } from '../../gql';

export const DependencyMatrixDocument = graphql(`
  query DependencyMatrix($year: Int!, $scope: ID, $scenario: ID) {
    location: dependencyMatrix(year: $year, scope: $scope, basis: LOCATION, scenario: $scenario) {
      ...MatrixCell
    }
    control: dependencyMatrix(year: $year, scope: $scope, basis: CONTROL, scenario: $scenario) {
      ...MatrixCell
    }
  }

  fragment MatrixCell on DependencyCell {
    material
    stage
    dependency {
      difference {
        total
        topThirdCountryShare
        topThirdCountryChanged
        hhi
      }
      total
      unit
      coverage
      evidence
      importsRecorded
      thirdCountryKnown
      producedInScope
      ownershipCoverage
      topThirdCountry {
        origin
        share
      }
      standIns {
        value
      }
      gaps {
        id
      }
    }
  }
`);

export const DataGapsDocument = graphql(`
  query DataGaps {
    dataGaps {
      ...Gap
    }
  }

  fragment Gap on DataGap {
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
`);

export const DependencyCellDocument = graphql(`
  query DependencyCell(
    $material: ID!
    $stage: Stage!
    $year: Int!
    $scope: ID!
    $upstream: Stage!
    $withLookThrough: Boolean!
    $scenario: ID
    $withBaseline: Boolean!
  ) {
    location: dependency(
      material: $material
      stage: $stage
      year: $year
      scope: $scope
      basis: LOCATION
      scenario: $scenario
    ) {
      ...DependencyDetail
      baseline @include(if: $withBaseline) {
        ...DependencyCompared
      }
    }
    control: dependency(
      material: $material
      stage: $stage
      year: $year
      scope: $scope
      basis: CONTROL
      scenario: $scenario
    ) {
      ...DependencyDetail
      baseline @include(if: $withBaseline) {
        ...DependencyCompared
      }
    }
    lookThrough(
      material: $material
      stage: $stage
      upstream: $upstream
      year: $year
      scope: $scope
      scenario: $scenario
    ) @include(if: $withLookThrough) {
      difference @include(if: $withBaseline) {
        topThirdCountryShare
      }
      baseline @include(if: $withBaseline) {
        topThirdCountry {
          origin
          share
        }
        assumed
      }
      shares {
        origin
        value
        share
      }
      topThirdCountry {
        origin
        share
      }
      assumed
      paths {
        origins
        weight
        assumed
      }
      assumptions
    }
  }

  # the figures of a cell that the baseline-vs-scenario table compares, and of one year of the shares-over-time
  # series (the scenario's and the stored data's alike)
  fragment DependencyCompared on Dependency {
    total
    unit
    hhi
    coverage
    evidence
    importsRecorded
    thirdCountryKnown
    producedInScope
    ownershipCoverage
    standIns {
      value
    }
    gaps {
      id
    }
    shares {
      origin
      value
      share
    }
    topThirdCountry {
      origin
      share
    }
  }

  # what the detail panel reads: the compared figures, and the difference, stand-ins, gaps and sources beside them
  fragment DependencyDetail on Dependency {
    ...DependencyCompared
    difference {
      total
      topThirdCountryShare
      topThirdCountryChanged
      hhi
      shares {
        origin
        value
        share
      }
    }
    standIns {
      value
      estimatedWith
      facility {
        id
        name
      }
    }
    gaps {
      ...Gap
    }
    assumptions
    sources {
      id
      title
      publisher
      year
      url
    }
  }
`);

export const DependencySeriesDocument = graphql(`
  query DependencySeries($material: ID!, $stage: Stage!, $scope: ID, $scenario: ID, $withBaseline: Boolean!) {
    dependencySeries(material: $material, stage: $stage, scope: $scope, scenario: $scenario) {
      year
      ...DependencyCompared
      baseline @include(if: $withBaseline) {
        year
        ...DependencyCompared
      }
      difference @include(if: $withBaseline) {
        total
        topThirdCountryShare
        topThirdCountryChanged
      }
    }
  }
`);
