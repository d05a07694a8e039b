import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { ReportPageQuery } from '../gql/graphql';
import { NotFound } from '../components/errors';
import { Loaded, Page } from '../components/page';
import { Day, When } from '../components/time';
import { VISIBILITY_LABEL } from '../components/visibility-words';
import { andList, plural } from '../components/words';
import { MembersOnly } from '../features/use-cases/members-only';
import { ReportStatusBadge } from '../features/reports/shared';
import { ReportSections } from '../features/reports/read/report-sections';
import { ReportDownloads } from '../features/reports/read/report-downloads';
import { OpenReviewRound } from '../features/reports/read/open-review-round';
import { PublishReport } from '../features/reports/read/publish-report';

const ReportPageQuery = graphql(`
  query ReportPage($id: ID!) {
    report(id: $id) {
      id
      title
      kind
      status
      dueDate
      updatedAt
      viewerCanEdit
      openComments
      changedEvidence
      target {
        id
        name
        dueDate
        initiative {
          id
          name
        }
      }
      workingGroups {
        id
        code
        name
      }
      editors {
        id
        displayName
      }
      document {
        id
        title
      }
      publications {
        number
        documentVersion
        visibility
        publishedAt
        publishedBy {
          id
          displayName
        }
      }
      reviewRounds {
        id
        number
        openedAt
        closedAt
        reviewers {
          id
          displayName
        }
      }
      sections {
        ...ReportReadSection
      }
    }
  }
`);

type Report = NonNullable<ReportPageQuery['report']>;

/** `/reports/:id`: the reading view, with comments beside the text and the editors' actions. */
export default function ReportRoute() {
  return (
    <MembersOnly signInText="Reports are for members of the community.">
      <ReportPage />
    </MembersOnly>
  );
}

function ReportPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: ReportPageQuery, variables: { id } });
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const r = data.report;
        if (!r) return <NotFound what="report" />;
        return (
          <Page
            title={r.title}
            subtitle={
              <Group gap="xs" wrap="wrap">
                <ReportStatusBadge status={r.status} />
                <Text span c="dimmed">
                  {r.kind}
                </Text>
              </Group>
            }
            actions={r.viewerCanEdit ? <EditorActions report={r} /> : undefined}
          >
            <ReportFacts report={r} />
            <ReportDownloads reportId={r.id} />
            <ReportSections reportId={r.id} sections={r.sections} />
          </Page>
        );
      }}
    </Loaded>
  );
}

function EditorActions({ report: r }: { report: Report }) {
  const last = r.publications[r.publications.length - 1];
  return (
    <Group gap="xs" wrap="wrap" className="cop-no-print">
      <Button component={Link} to={webPaths.editReport(r.id)} variant="default">
        Edit
      </Button>
      {r.status !== 'PUBLISHED' && <OpenReviewRound reportId={r.id} inReview={r.status === 'IN_REVIEW'} />}
      <PublishReport
        report={{
          id: r.id,
          title: r.title,
          openComments: r.openComments,
          changedEvidence: r.changedEvidence,
          published: r.publications.length > 0,
          lastVisibility: last?.visibility,
          workingGroups: r.workingGroups,
        }}
      />
    </Group>
  );
}

function ReportFacts({ report: r }: { report: Report }) {
  const last = r.publications[r.publications.length - 1];
  const round = r.reviewRounds[r.reviewRounds.length - 1];
  return (
    <Card withBorder component="section" aria-labelledby="report-facts">
      <Title order={2} size="h3" id="report-facts" mb="xs">
        About this report
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" component="dl" style={{ margin: 0 }}>
        <Fact term="Working groups">
          {r.workingGroups.length ? (
            <Group gap="xs" component="span" wrap="wrap">
              {r.workingGroups.map((g) => (
                <Anchor key={g.id} component={Link} to={webPaths.workingGroup(g.code)} underline="always">
                  {g.code} {g.name}
                </Anchor>
              ))}
            </Group>
          ) : (
            'None'
          )}
        </Fact>
        <Fact term="Editors">{andList(r.editors.map((e) => e.displayName)) || 'None'}</Fact>
        <Fact term="Target">
          {r.target ? (
            <>
              {r.target.name}
              {r.target.initiative ? ` (${r.target.initiative.name})` : ''}, due{' '}
              <Day date={r.target.dueDate} />
            </>
          ) : (
            'None'
          )}
        </Fact>
        <Fact term="Due">{r.dueDate ? <Day date={r.dueDate} /> : 'No due date'}</Fact>
        <Fact term="Comments">{plural(r.openComments, 'open comment', 'open comments')}</Fact>
        {round && (
          <Fact term={`Review round ${round.number}`}>
            {round.closedAt ? 'Closed' : 'Opened'} <When at={round.closedAt ?? round.openedAt} kind="date" />
            {round.reviewers.length > 0 && (
              <>; reviewers: {andList(round.reviewers.map((p) => p.displayName))}</>
            )}
          </Fact>
        )}
        {r.changedEvidence > 0 && (
          <Fact term="Evidence changed">
            {plural(r.changedEvidence, 'note quotes', 'notes quote')} figures that have changed since linked
          </Fact>
        )}
        {last && (
          <Fact term="Published">
            <When at={last.publishedAt} kind="date" /> by {last.publishedBy.displayName} (
            {VISIBILITY_LABEL[last.visibility].toLowerCase()}
            {r.publications.length > 1 ? `, publication ${last.number}` : ''})
          </Fact>
        )}
        {r.document && (
          <Fact term="In the knowledge base">
            <Anchor component={Link} to={webPaths.document(r.document.id)} underline="always">
              {r.document.title}
            </Anchor>
          </Fact>
        )}
        <Fact term="Updated">
          <When at={r.updatedAt} />
        </Fact>
      </SimpleGrid>
    </Card>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text component="dt" size="sm" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </Stack>
  );
}
