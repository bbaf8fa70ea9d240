import { graphql } from '../gql';

export const SearchDocument = graphql(`
  query Search($text: String!, $first: Int) {
    search(text: $text, first: $first) {
      id
      kind
      name
      matched
      score
    }
  }
`);
