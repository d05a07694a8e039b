import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { GroupDocumentItemFragment } from '../../gql/graphql';
import { Empty } from '../../components/page';
import { Ago } from '../../components/time';
import { VISIBILITY_LABEL } from '../../components/visibility-words';
import { DOCUMENT_KIND_WORDS } from '../documents/document-kind';

export const GroupDocumentItemFields = graphql(`
  fragment GroupDocumentItem on Document {
    id
    title
    kind
    summary
    visibility
    updatedAt
  }
`);

/** A group's documents, newest first: only those the viewer may see come from the API. */
export function GroupDocuments({ items, empty }: { items: GroupDocumentItemFragment[]; empty: string }) {
  if (!items.length) return <Empty>{empty}</Empty>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((d) => (
        <li key={d.id}>
          <Group gap="xs" wrap="wrap">
            <Anchor component={Link} to={webPaths.document(d.id)} fw={500}>
              {d.title}
            </Anchor>
            {d.visibility !== 'PUBLIC' && (
              <Badge size="sm" variant="light" color="gray">
                {VISIBILITY_LABEL[d.visibility]}
              </Badge>
            )}
          </Group>
          <Text size="sm" c="dimmed">
            {DOCUMENT_KIND_WORDS[d.kind]} · updated <Ago at={d.updatedAt} />
          </Text>
          {d.summary && (
            <Text size="sm" lineClamp={2}>
              {d.summary}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
