import { graphql } from '../gql';

export const LookupsDocument = graphql(`
  query Lookups {
    countries {
      id
      name
      eu
      regions {
        id
      }
    }
    regions {
      id
      name
    }
    materials {
      id
      name
      unit
    }
    sources {
      id
      title
      publisher
      year
      url
    }
  }
`);
