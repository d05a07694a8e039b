import { ServerHtml } from '../components/server-html';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { NotFound } from '../components/errors';
import { Empty, Loaded, Page } from '../components/page';
import { When } from '../components/time';
import { visibilityWords } from '../components/visibility-words';
import { AttachmentTable } from '../features/documents/attachment-table';
import { DeleteDocumentButton } from '../features/documents/delete-document';
import { TagLink } from '../features/documents/document-row';
import { DOCUMENT_KIND_WORDS } from '../features/documents/document-kind';
import { VersionComparison, VersionHistory } from '../features/documents/version-diff';
import { compareParam, parseCompare } from '../features/documents/version-compare';

const DocumentPageQuery = graphql(`
  query DocumentPage($id: ID!, $withTexts: Boolean!) {
    document(id: $id) {
      id
      viewerCanEdit
      viewerCanDelete
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
      versions {
        ...VersionEntry
        title @include(if: $withTexts)
        summary @include(if: $withTexts)
        body @include(if: $withTexts)
      }
      linkedFrom {
        meeting {
          id
          title
          startsAt
          timeZone
        }
        agendaItem {
          id
          title
        }
      }
    }
  }
`);

/**
 * `/documents/:id`: a document as the server renders it, its facts, files, where it is linked
 * from and its versions; `?compare=2..5` shows the word-level changes between two versions.
 */
export default function DocumentRoute() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const compare = parseCompare(params.get('compare'));
  const [result, refetch] = useQuery({
    query: DocumentPageQuery,
    variables: { id, withTexts: compare !== null },
  });
  const setCompare = (pair: [number, number] | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (pair) next.set('compare', compareParam(...pair));
        else next.delete('compare');
        return next;
      },
      { preventScrollReset: true },
    );
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
              d.externalUrl || d.viewerCanEdit || d.viewerCanDelete ? (
                <>
                  {d.externalUrl && (
                    <Button
                      component="a"
                      href={d.externalUrl}
                      target="_blank"
                      rel="noopener noreferrer"
                      variant="light"
                    >
                      Open the external link
                    </Button>
                  )}
                  {d.viewerCanEdit && (
                    <Button component={Link} to={webPaths.editDocument(d.id)}>
                      Edit
                    </Button>
                  )}
                  {d.viewerCanDelete && <DeleteDocumentButton id={d.id} title={d.title} />}
                </>
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
                  <When at={d.createdAt} /> by {d.author.displayName}
                </Fact>
                <Fact term="Working groups">
                  {d.workingGroups.length ? (
                    <Group gap="xs" component="span" wrap="wrap">
                      {d.workingGroups.map((g) => (
                        <Anchor
                          key={g.id}
                          component={Link}
                          to={webPaths.documents({ groups: [g.code] })}
                          underline="always"
                          aria-label={`${g.code} ${g.name}: its documents`}
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
                        <TagLink key={t} tag={t} />
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

            <Stack gap={4} component="section" aria-labelledby="document-links">
              <Title order={2} size="h3" id="document-links">
                Linked from
              </Title>
              {d.linkedFrom.length ? (
                <List spacing={4}>
                  {d.linkedFrom.map((l) => (
                    <List.Item key={l.agendaItem.id}>
                      <Anchor component={Link} to={webPaths.meeting(l.meeting.id)}>
                        {l.meeting.title}
                      </Anchor>{' '}
                      (<When at={l.meeting.startsAt} kind="date" />
                      ), agenda item “{l.agendaItem.title}”
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Empty>No meeting agenda links this document.</Empty>
              )}
            </Stack>

            <Stack gap="sm" component="section" aria-labelledby="document-versions">
              <Title order={2} size="h3" id="document-versions">
                Version history
              </Title>
              <VersionHistory versions={d.versions} compare={compare} onCompare={setCompare} />
              {compare && <Comparison versions={d.versions} pair={compare} />}
            </Stack>
          </Page>
        );
      }}
    </Loaded>
  );
}

type VersionTexts = { version: number; title?: string; summary?: string | null; body?: string | null };

/** The changes between two versions, under their own heading (focused when they are asked for). */
function Comparison({ versions, pair }: { versions: readonly VersionTexts[]; pair: [number, number] }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const key = pair.join('..');
  useEffect(() => heading.current?.focus({ preventScroll: false }), [key]);
  const from = versions.find((v) => v.version === pair[0]);
  const to = versions.find((v) => v.version === pair[1]);
  return (
    <Stack gap="sm" component="section" aria-labelledby="document-compare">
      <Title order={2} size="h3" id="document-compare" ref={heading} tabIndex={-1}>
        Changes from version {pair[0]} to version {pair[1]}
      </Title>
      {from?.title !== undefined && to?.title !== undefined ? (
        <VersionComparison from={{ ...from, title: from.title }} to={{ ...to, title: to.title }} />
      ) : from && to ? (
        <Text c="dimmed" role="status">
          Loading the two versions…
        </Text>
      ) : (
        <Empty>This document has no version {!from ? pair[0] : pair[1]}.</Empty>
      )}
    </Stack>
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
