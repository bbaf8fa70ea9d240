import { graphql } from '../../gql';

export const ReportListDocument = graphql(`
  query ReportList {
    reports {
      id
      title
      question
      parameters
      defaultScope
      defaultSince
    }
  }
`);

export const ReportDocument = graphql(`
  query Report($id: ID!, $scope: ID, $year: Int, $since: String, $scenario: ID, $withBaseline: Boolean!) {
    report(id: $id, scope: $scope, year: $year, since: $since, scenario: $scenario) {
      ...ReportTable
      baseline @include(if: $withBaseline) {
        ...ReportTable
      }
    }
  }

  fragment ReportTable on Report {
    id
    scenario
    title
    question
    scope
    year
    since
    columns {
      key
      label
      unit
      type
    }
    rows
    footnotes
    sources {
      id
      title
      publisher
      year
      url
    }
  }
`);
