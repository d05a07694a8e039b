import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema; a test regenerates them and fails when stale.
const config: CodegenConfig = {
  schema: '../../schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          DateTime: 'string',
          Date: 'string',
          EmailAddress: 'string',
          URL: 'string',
          TimeZone: 'string',
        },
      },
    },
  },
};
export default config;
