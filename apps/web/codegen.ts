import type { CodegenConfig } from '@graphql-codegen/cli';
import { Kind, visit, type ASTNode, type DocumentNode, type SelectionSetNode } from 'graphql';
import { createHash } from 'node:crypto';

/**
 * `__typename` in every selection set but an operation's root, as urql's cache exchange adds it
 * to what it sends (it learns from the result's typenames which queries a mutation makes stale).
 * A persisted document is sent by hash: the server runs this text, so it must carry them itself.
 */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent: ASTNode | readonly ASTNode[] | undefined) {
      if (parent && 'kind' in parent && parent.kind === Kind.OPERATION_DEFINITION) return undefined;
      if (node.selections.some((s) => s.kind === Kind.FIELD && s.name.value === '__typename' && !s.alias))
        return undefined;
      const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
      return { ...node, selections: [...node.selections, typename] };
    },
  });
}

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
      documentTransforms: [
        {
          transform: ({ documents }) =>
            documents.map((source) => ({
              ...source,
              document: source.document && withTypenames(source.document),
            })),
        },
      ],
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
