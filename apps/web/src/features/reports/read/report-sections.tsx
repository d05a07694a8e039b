import { Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { graphql } from '../../../gql';
import type { ReportReadSectionFragment } from '../../../gql/graphql';
import { Empty } from '../../../components/page';
import { ServerHtml } from '../../../components/server-html';
import { ReportComments } from '../comments';
import { EvidenceNotes, PriorityBadge, numberEvidence } from '../shared';
import './report-evidence';
import './report-print.css';

graphql(`
  fragment ReportReadSection on ReportSection {
    id
    number
    title
    bodyHtml
    recommendations {
      id
      number
      statement
      rationaleHtml
      priority
      evidence {
        ...ReportEvidenceNote
      }
    }
  }
`);

type Recommendation = ReportReadSectionFragment['recommendations'][number];

/**
 * The report's text in order: each section's body, its recommendations with their priority and
 * numbered evidence notes (1..N across the report), and the comment threads beside each.
 */
export function ReportSections({
  reportId,
  sections,
}: {
  reportId: string;
  sections: readonly ReportReadSectionFragment[];
}) {
  const numbers = numberEvidence(sections);
  if (!sections.length) return <Empty>This report has no sections yet.</Empty>;
  return (
    <Stack gap="xl" className="cop-report-read">
      {sections.map((s) => {
        const headingId = `section-${s.number}`;
        const name = `section ${s.number}`;
        return (
          <Stack key={s.id} gap="md" component="section" aria-labelledby={headingId}>
            <Title
              order={2}
              size="h3"
              id={headingId}
              style={{ overflowWrap: 'anywhere', scrollMarginTop: 80 }}
            >
              {s.number}. {s.title}
            </Title>
            <Beside
              comments={
                <ReportComments report={{ id: reportId }} anchor={{ sectionId: s.id }} label={name} />
              }
            >
              {s.bodyHtml ? <ServerHtml html={s.bodyHtml} headingOffset={2} /> : <Empty>No text yet.</Empty>}
            </Beside>
            {s.recommendations.map((r) => (
              <Beside
                key={r.id}
                comments={
                  <ReportComments
                    report={{ id: reportId }}
                    anchor={{ recommendationId: r.id }}
                    label={`recommendation ${r.number}`}
                  />
                }
              >
                <RecommendationCard recommendation={r} numbers={numbers} />
              </Beside>
            ))}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** The text, and its comments beside it on a wide screen (below it on a phone). */
function Beside({ children, comments }: { children: React.ReactNode; comments: React.ReactNode }) {
  return (
    <Grid gap="lg" align="flex-start">
      <Grid.Col span={{ base: 12, md: 8 }} className="cop-report-text" style={{ minWidth: 0 }}>
        {children}
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }} className="cop-report-comments">
        {comments}
      </Grid.Col>
    </Grid>
  );
}

function RecommendationCard({
  recommendation: r,
  numbers,
}: {
  recommendation: Recommendation;
  numbers: ReadonlyMap<string, number>;
}) {
  const headingId = `recommendation-${r.number}`;
  const first = r.evidence.length ? numbers.get(r.evidence[0].id) : undefined;
  const last = r.evidence.length ? numbers.get(r.evidence[r.evidence.length - 1].id) : undefined;
  return (
    <Paper
      withBorder
      p="md"
      component="article"
      aria-labelledby={headingId}
      className="cop-report-recommendation"
      style={{ borderLeft: '4px solid var(--mantine-color-blue-8)' }}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            Recommendation {r.number}
          </Title>
          <PriorityBadge priority={r.priority} />
        </Group>
        <Text fw={600} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {r.statement}
          {first !== undefined && (
            <Text span size="sm" fw={400} c="dimmed">
              {' '}
              ({first === last ? `note ${first}` : `notes ${first}–${last}`})
            </Text>
          )}
        </Text>
        {r.rationaleHtml && <ServerHtml html={r.rationaleHtml} headingOffset={3} />}
        {r.evidence.length > 0 ? (
          <Stack gap={4}>
            <Text size="sm" fw={600} component="h4" m={0}>
              Evidence
            </Text>
            <EvidenceNotes evidence={r.evidence} numbers={numbers} />
          </Stack>
        ) : (
          <Text size="sm" c="dimmed" fs="italic">
            No evidence linked.
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
