import { graphql } from '../../gql';

export const CreateScenarioDocument = graphql(`
  mutation CreateScenario($scenario: ScenarioInput!) {
    createScenario(scenario: $scenario) {
      ...ScenarioSaved
    }
  }

  fragment ScenarioSaved on ScenarioResult {
    ok
    errors {
      path
      value
      message
    }
    scenario {
      id
      name
    }
  }
`);

export const UpdateScenarioDocument = graphql(`
  mutation UpdateScenario($scenario: ScenarioInput!) {
    updateScenario(scenario: $scenario) {
      ...ScenarioSaved
    }
  }
`);

export const DeleteScenarioDocument = graphql(`
  mutation DeleteScenario($id: ID!) {
    deleteScenario(id: $id) {
      ...ScenarioSaved
    }
  }
`);
