import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { SurveysPageQuery } from '../gql/graphql';
import { Empty, Loaded, Page } from '../components/page';
import { RuledList } from '../components/paged-list';
import { SectionCard } from '../components/section-card';
import { When } from '../components/time';
import { plural } from '../components/words';
import { useShell } from '../features/viewer/viewer';
import { SurveyWindow, mayReadResults, notOpenYet } from '../features/surveys/survey-words';

const SurveysPageQuery = graphql(`
  query SurveysPage {
    surveys {
      id
      slug
      title
      status
      anonymous
      opensAt
      closesAt
      responseCount
    }
  }
`);

type SurveyRow = SurveysPageQuery['surveys'][number];

const time = (iso: string | null | undefined, missing: number) => (iso ? Date.parse(iso) : missing);

/** `/surveys`: the open surveys to answer, the office's drafts, then the closed ones and their results. */
export default function SurveysRoute() {
  const shell = useShell();
  const [result, refetch] = useQuery({ query: SurveysPageQuery });
  return (
    <Page
      title="Surveys"
      subtitle="What the community asks its members, and what they answered."
      actions={
        shell.isOffice && (
          <Button component={Link} to={webPaths.newSurvey()}>
            New survey
          </Button>
        )
      }
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          // Open: the soonest to close first. Closed: the latest first.
          const open = data.surveys
            .filter((s) => s.status === 'OPEN')
            .sort((a, b) => time(a.closesAt, Infinity) - time(b.closesAt, Infinity));
          const drafts = data.surveys.filter((s) => s.status === 'DRAFT');
          const closed = data.surveys
            .filter((s) => s.status === 'CLOSED')
            .sort((a, b) => time(b.closesAt, 0) - time(a.closesAt, 0));
          return (
            <Stack gap="lg">
              <SectionCard title="Open for answers">
                {open.length ? (
                  <RuledList items={open}>{(s) => <OpenSurvey survey={s} />}</RuledList>
                ) : (
                  <Empty>No survey is open just now.</Empty>
                )}
              </SectionCard>
              {shell.isOffice && (
                <SectionCard title="Drafts">
                  {drafts.length ? (
                    <RuledList items={drafts}>{(s) => <DraftSurvey survey={s} />}</RuledList>
                  ) : (
                    <Empty>No survey is being prepared.</Empty>
                  )}
                </SectionCard>
              )}
              <SectionCard title="Closed">
                {closed.length ? (
                  <RuledList items={closed}>
                    {(s) => <ClosedSurvey survey={s} results={mayReadResults(s.status, shell)} />}
                  </RuledList>
                ) : (
                  <Empty>No survey has closed yet.</Empty>
                )}
              </SectionCard>
            </Stack>
          );
        }}
      </Loaded>
    </Page>
  );
}

/** One survey in a list: its title (to its page), a line or two about it, and one action. */
function SurveyEntry({
  survey: s,
  children,
  action,
}: {
  survey: SurveyRow;
  children: ReactNode;
  action?: { to: string; label: string; variant: 'light' | 'default' } | null;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
      <Stack gap={2} style={{ flex: '1 1 16rem', minWidth: 0 }}>
        <Anchor component={Link} to={webPaths.survey(s.slug)} fw={600} style={{ overflowWrap: 'anywhere' }}>
          {s.title}
        </Anchor>
        {children}
      </Stack>
      {action && (
        <Button
          component={Link}
          to={action.to}
          variant={action.variant}
          aria-label={`${action.label}: ${s.title}`}
        >
          {action.label}
        </Button>
      )}
    </Group>
  );
}

function OpenSurvey({ survey: s }: { survey: SurveyRow }) {
  const early = notOpenYet(s);
  return (
    <SurveyEntry
      survey={s}
      action={early ? null : { to: webPaths.survey(s.slug), label: 'Answer', variant: 'light' }}
    >
      <Text size="sm" c="dimmed">
        <SurveyWindow opensAt={s.opensAt} closesAt={s.closesAt} />
      </Text>
      <Group gap="xs">
        {s.anonymous && (
          <Badge variant="light" color="blue">
            No sign-in needed
          </Badge>
        )}
        {early && (
          <Badge variant="light" color="gray">
            Not open yet
          </Badge>
        )}
      </Group>
    </SurveyEntry>
  );
}

function DraftSurvey({ survey: s }: { survey: SurveyRow }) {
  return (
    <SurveyEntry survey={s} action={{ to: webPaths.editSurvey(s.slug), label: 'Edit', variant: 'default' }}>
      <Text size="sm" c="dimmed">
        <SurveyWindow opensAt={s.opensAt} closesAt={s.closesAt} />
      </Text>
    </SurveyEntry>
  );
}

function ClosedSurvey({ survey: s, results }: { survey: SurveyRow; results: boolean }) {
  // Closed early by the office, its closesAt may still lie ahead: then no date.
  const closedAt = s.closesAt && Date.parse(s.closesAt) <= Date.now() ? s.closesAt : null;
  return (
    <SurveyEntry
      survey={s}
      action={results ? { to: webPaths.surveyResults(s.slug), label: 'Results', variant: 'light' } : null}
    >
      <Text size="sm" c="dimmed">
        {closedAt ? (
          <>
            Closed <When at={closedAt} kind="date" />
          </>
        ) : (
          'Closed'
        )}{' '}
        · {plural(s.responseCount, 'response', 'responses')}
      </Text>
    </SurveyEntry>
  );
}
