import type { CodegenConfig } from '@graphql-codegen/cli';
import { createHash } from 'node:crypto';

// Typed operations from the committed schema; a test regenerates them (CODEGEN_OUT names a
// scratch folder) and fails when the committed ones are stale or an operation asks for a field
// the schema lacks.
const out = process.env.CODEGEN_OUT ?? 'src/gql/';
const config: CodegenConfig = {
  schema: '../../schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    [out]: {
      preset: 'client',
      // Trusted documents: every operation's sha256 in the generated DocumentNode (`__meta__.hash`,
      // which the urql client sends instead of the text) and persisted-documents.json (hash ->
      // text), which the API loads at start and vite copies into the web build. Bare hex, as
      // Apollo's `persistedQuery.sha256Hash` is (the preset's 'sha256' prefixes `sha256:`).
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: {
          hashAlgorithm: (operation: string) => createHash('sha256').update(operation).digest('hex'),
        },
      },
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
