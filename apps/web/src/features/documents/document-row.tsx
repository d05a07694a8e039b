import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { DocumentRowFragment } from '../../gql/graphql';
import { When } from '../../components/time';
import { VISIBILITY_LABEL } from '../../components/visibility-words';
import { plural } from '../../components/words';
import { DOCUMENT_KIND_WORDS } from './document-kind';

export const DocumentRowFields = graphql(`
  fragment DocumentRow on Document {
    id
    title
    kind
    visibility
    tags
    updatedAt
    author {
      id
      displayName
    }
    workingGroups {
      id
      code
    }
    attachments {
      id
    }
  }
`);

/** A paper clip, drawn; its words are beside it. */
function PaperClip() {
  return (
    <svg
      width="14"
      height="14"
      viewBox="0 0 24 24"
      aria-hidden
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M21.4 11.1l-9.2 9.2a6 6 0 0 1-8.5-8.5l9.2-9.2a4 4 0 0 1 5.7 5.7l-9.2 9.2a2 2 0 0 1-2.8-2.8l8.5-8.5" />
    </svg>
  );
}

/** A tag as a badge that opens the library filtered by it. */
export function TagLink({ tag }: { tag: string }) {
  return (
    <Badge
      component={Link}
      to={webPaths.documents({ tags: [tag] })}
      variant="outline"
      color="gray"
      tt="none"
      style={{ cursor: 'pointer' }}
      aria-label={`Documents tagged ${tag}`}
    >
      {tag}
    </Badge>
  );
}

/**
 * One document in a list (library, search): its title as a link, then kind, groups, tags,
 * author, when and its files. Group and tag badges link to the library filtered by them.
 * `children` go under the facts (a search hit's headline).
 */
export function DocumentRow({ doc, children }: { doc: DocumentRowFragment; children?: ReactNode }) {
  const files = doc.attachments.length;
  return (
    <Stack gap={4}>
      <Anchor
        component={Link}
        to={webPaths.document(doc.id)}
        fw={600}
        size="lg"
        style={{ overflowWrap: 'anywhere' }}
      >
        {doc.title}
      </Anchor>
      {children}
      <Group gap={6} wrap="wrap">
        <Badge variant="light" color="blue" tt="none">
          {DOCUMENT_KIND_WORDS[doc.kind]}
        </Badge>
        {doc.visibility !== 'COMMUNITY' && (
          <Badge variant="outline" color="gray" tt="none">
            {VISIBILITY_LABEL[doc.visibility]}
          </Badge>
        )}
        {doc.workingGroups.map((g) => (
          <Badge
            key={g.id}
            component={Link}
            to={webPaths.documents({ groups: [g.code] })}
            variant="light"
            color="teal"
            tt="none"
            style={{ cursor: 'pointer' }}
            aria-label={`Documents of ${g.code}`}
          >
            {g.code}
          </Badge>
        ))}
        {doc.tags.map((t) => (
          <TagLink key={t} tag={t} />
        ))}
      </Group>
      <Text size="sm" c="dimmed">
        {doc.author.displayName}, updated <When at={doc.updatedAt} kind="date" />
        {files > 0 && (
          <Text span size="sm" c="dimmed" ml="sm" style={{ whiteSpace: 'nowrap' }}>
            <PaperClip /> {plural(files, 'file', 'files')}
          </Text>
        )}
      </Text>
    </Stack>
  );
}
