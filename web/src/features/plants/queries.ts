import { graphql } from '../../gql';

export const PlantTrackerDocument = graphql(`
  query PlantTracker($scope: ID, $year: Int, $scenario: ID, $withBaseline: Boolean!) {
    plantTracker(scope: $scope, year: $year, scenario: $scenario) {
      ...ReportTable
      baseline @include(if: $withBaseline) {
        ...ReportTable
      }
    }
  }
`);
