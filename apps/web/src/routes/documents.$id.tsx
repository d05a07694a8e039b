import { ServerHtml } from '../components/server-html';
import { Anchor, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { NotFound } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { When } from '../components/time';
import { visibilityWords } from '../components/visibility-words';
import { AttachmentTable } from '../features/documents/attachment-table';
import { DOCUMENT_KIND_WORDS } from '../features/documents/document-kind';

const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!) {
    document(id: $id) {
      id
      title
      kind
      visibility
      summary
      bodyHtml
      externalUrl
      tags
      version
      createdAt
      updatedAt
      author {
        id
        displayName
        affiliation
      }
      workingGroups {
        id
        code
        name
      }
      topics {
        id
        name
      }
      attachments {
        ...AttachmentRow
      }
    }
  }
`);

/** `/documents/:id`: a document as the server renders it, with its files; read-only for now. */
export default function DocumentRoute() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: DocumentPageQuery, variables: { id } });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const d = data.document;
        if (!d) return <NotFound what="document" />;
        return (
          <Page
            title={d.title}
            subtitle={
              <>
                {DOCUMENT_KIND_WORDS[d.kind]} by {d.author.displayName}
                {d.author.affiliation ? ` (${d.author.affiliation})` : ''}
              </>
            }
            actions={
              d.externalUrl ? (
                <Button
                  component="a"
                  href={d.externalUrl}
                  target="_blank"
                  rel="noopener noreferrer"
                  variant="light"
                >
                  Open the external link
                </Button>
              ) : undefined
            }
          >
            <Card withBorder component="section" aria-labelledby="document-facts">
              <Title order={2} size="h3" id="document-facts" mb="xs">
                About this document
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
                <Fact term="Visibility">{visibilityWords(d.visibility, d.workingGroups)}</Fact>
                <Fact term="Version">
                  Version {d.version}, updated <When at={d.updatedAt} />
                </Fact>
                <Fact term="Created">
                  <When at={d.createdAt} />
                </Fact>
                <Fact term="Working groups">
                  {d.workingGroups.length ? (
                    <Group gap="xs" component="span" wrap="wrap">
                      {d.workingGroups.map((g) => (
                        <Anchor
                          key={g.id}
                          component={Link}
                          to={webPaths.workingGroup(g.code)}
                          underline="always"
                        >
                          {g.code} {g.name}
                        </Anchor>
                      ))}
                    </Group>
                  ) : (
                    'Community-wide'
                  )}
                </Fact>
                <Fact term="Topics">
                  {d.topics.length ? (
                    <Group gap={4} component="span" wrap="wrap">
                      {d.topics.map((t) => (
                        <Badge key={t.id} variant="light" color="grape" tt="none">
                          {t.name}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    'None'
                  )}
                </Fact>
                <Fact term="Tags">
                  {d.tags.length ? (
                    <Group gap={4} component="span" wrap="wrap">
                      {d.tags.map((t) => (
                        <Badge key={t} variant="outline" color="gray" tt="none">
                          {t}
                        </Badge>
                      ))}
                    </Group>
                  ) : (
                    'None'
                  )}
                </Fact>
                {d.externalUrl && (
                  <Fact term="External link">
                    <Anchor
                      href={d.externalUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {d.externalUrl}
                    </Anchor>
                  </Fact>
                )}
              </SimpleGrid>
            </Card>

            {d.summary && (
              <Stack gap={4} component="section" aria-labelledby="document-summary">
                <Title order={2} size="h3" id="document-summary">
                  Summary
                </Title>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{d.summary}</Text>
              </Stack>
            )}

            {d.bodyHtml ? (
              <Paper withBorder p="md" component="section" aria-label="The document's text">
                <ServerHtml html={d.bodyHtml} />
              </Paper>
            ) : (
              <Empty>
                {d.externalUrl
                  ? 'This document is a link; its text is not kept here.'
                  : 'This document has no text.'}
              </Empty>
            )}

            <Stack gap={4} component="section" aria-labelledby="document-files">
              <Title order={2} size="h3" id="document-files">
                Files
              </Title>
              <AttachmentTable attachments={d.attachments} />
            </Stack>
          </Page>
        );
      }}
    </Loaded>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}
