import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types for the web app's operations (`npm run codegen -w web`): every `graphql(...)` call in src/ is checked
 * against the API's SDL and typed; `documentMode: 'string'` keeps the bundle free of a GraphQL runtime.
 */
const config: CodegenConfig = {
  schema: '../api/src/modules/*/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { JSON: 'unknown' },
      },
    },
  },
};

export default config;
