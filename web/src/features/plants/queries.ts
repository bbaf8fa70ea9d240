import { graphql } from '../../gql';

export const PlantTrackerDocument = graphql(`
  query PlantTracker($scope: ID, $year: Int) {
    plantTracker(scope: $scope, year: $year) {
      ...ReportTable
    }
  }
`);
