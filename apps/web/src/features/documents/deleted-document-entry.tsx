import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../gql';
import type { DeletedDocumentFragment } from '../../gql/graphql';
import { When } from '../../components/time';
import { VISIBILITY_LABEL } from '../../components/visibility-words';
import { DOCUMENT_KIND_WORDS } from './document-kind';
import { RestoreDocumentButton } from './restore-document';

export const DeletedDocumentFields = graphql(`
  fragment DeletedDocument on Document {
    id
    title
    kind
    visibility
    deletedAt
    author {
      id
      displayName
    }
    workingGroups {
      id
      code
      name
    }
  }
`);

/** One deleted document in the office's list: title, kind, visibility, groups, author, when deleted; Restore. */
export function DeletedDocumentEntry({
  doc,
  onRestored,
}: {
  doc: DeletedDocumentFragment;
  onRestored: () => void;
}) {
  const headingId = `deleted-${doc.id}`;
  return (
    <Group
      component="article"
      aria-labelledby={headingId}
      justify="space-between"
      align="flex-start"
      wrap="wrap"
      gap="sm"
    >
      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 18rem' }}>
        <Title order={2} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {doc.title}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Badge variant="light" color="gray">
            {DOCUMENT_KIND_WORDS[doc.kind]}
          </Badge>
          <Badge variant="outline" color="gray">
            {VISIBILITY_LABEL[doc.visibility]}
          </Badge>
          {doc.workingGroups.map((g) => (
            <Badge key={g.id} variant="outline" title={g.name}>
              {g.code}
            </Badge>
          ))}
        </Group>
        <Text size="sm" c="dimmed">
          By {doc.author.displayName}
          {doc.deletedAt && (
            <>
              {' · Deleted '}
              <When at={doc.deletedAt} />
            </>
          )}
        </Text>
      </Stack>
      <RestoreDocumentButton id={doc.id} title={doc.title} onRestored={onRestored} />
    </Group>
  );
}
