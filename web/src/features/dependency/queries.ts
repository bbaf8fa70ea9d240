import { graphql } from '../../gql';

export const DependencyMatrixDocument = graphql(`
  query DependencyMatrix($year: Int!, $scope: ID) {
    location: dependencyMatrix(year: $year, scope: $scope, basis: LOCATION) {
      ...MatrixCell
    }
    control: dependencyMatrix(year: $year, scope: $scope, basis: CONTROL) {
      ...MatrixCell
    }
  }

  fragment MatrixCell on DependencyCell {
    material
    stage
    dependency {
      total
      unit
      coverage
      evidence
      importsRecorded
      thirdCountryKnown
      producedInScope
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
  ) {
    location: dependency(material: $material, stage: $stage, year: $year, scope: $scope, basis: LOCATION) {
      ...DependencyDetail
    }
    control: dependency(material: $material, stage: $stage, year: $year, scope: $scope, basis: CONTROL) {
      ...DependencyDetail
    }
    lookThrough(material: $material, stage: $stage, upstream: $upstream, year: $year, scope: $scope)
      @include(if: $withLookThrough) {
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

  fragment DependencyDetail on Dependency {
    total
    unit
    hhi
    coverage
    evidence
    importsRecorded
    thirdCountryKnown
    producedInScope
    standIns {
      value
      facility {
        id
        name
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
    shares {
      origin
      value
      share
    }
    topThirdCountry {
      origin
      share
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
  query DependencySeries($material: ID!, $stage: Stage!, $scope: ID) {
    dependencySeries(material: $material, stage: $stage, scope: $scope) {
      year
      total
      unit
      evidence
      importsRecorded
      thirdCountryKnown
      coverage
      shares {
        origin
        value
        share
      }
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
