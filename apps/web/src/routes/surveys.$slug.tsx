import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { SurveyStatus } from '../gql/graphql';
import { NotFound } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { When } from '../components/time';
import { plural } from '../components/words';
import { signInHref, useShell } from '../features/viewer/viewer';

const SurveyPageQuery = graphql(`
  query SurveyPage($slug: String!, $signedIn: Boolean!) {
    survey(slug: $slug) {
      id
      slug
      title
      description
      status
      anonymous
      opensAt
      closesAt
      responseCount
      sections {
        key
        position
        title
        showIf {
          questionKey
        }
        questions {
          key
          required
        }
      }
    }
    viewerSurveyResponse(slug: $slug) @include(if: $signedIn) {
      id
      submittedAt
    }
  }
`);

const STATUS_WORDS: Record<SurveyStatus, { label: string; color: string; text: string }> = {
  DRAFT: { label: 'Draft', color: 'gray', text: 'Being prepared: not open for answers yet.' },
  OPEN: { label: 'Open', color: 'green', text: 'Open for answers.' },
  CLOSED: { label: 'Closed', color: 'red', text: 'Closed: no more answers are taken.' },
};

/** `/surveys/:slug`: what a survey asks, its window, and where the viewer stands; answering comes later. */
export default function SurveyRoute() {
  const { slug = '' } = useParams();
  const shell = useShell();
  const location = useLocation();
  const shellReady = Boolean(shell.result.data) || Boolean(shell.result.error);
  // Only a signed-in viewer has a response to ask for: wait for the shell to know who that is.
  const [result, refetch] = useQuery({
    query: SurveyPageQuery,
    variables: { slug, signedIn: shell.signedIn },
    pause: !shellReady,
  });
  if (!shellReady) return <PageLoader />;

  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const s = data.survey;
        if (!s) return <NotFound what="survey" />;
        const status = STATUS_WORDS[s.status];
        const response = data.viewerSurveyResponse ?? null;
        const sections = [...s.sections].sort((a, b) => a.position - b.position);
        const questions = sections.reduce((n, sec) => n + sec.questions.length, 0);
        return (
          <Page
            title={s.title}
            subtitle={
              <Group gap="xs" component="span" wrap="wrap">
                <Badge color={status.color} variant="light">
                  {status.label}
                </Badge>
                <span>{status.text}</span>
              </Group>
            }
          >
            {s.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{s.description}</Text>}

            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              <Card withBorder component="section" aria-labelledby="survey-facts">
                <Title order={2} size="h3" id="survey-facts" mb="xs">
                  About this survey
                </Title>
                <List spacing={4}>
                  <List.Item>
                    <SurveyWindow opensAt={s.opensAt} closesAt={s.closesAt} />
                  </List.Item>
                  <List.Item>
                    {s.anonymous
                      ? 'Open to anyone: no sign-in needed to answer.'
                      : 'Answering needs signing in; one response a person.'}
                  </List.Item>
                  <List.Item>
                    {plural(s.responseCount, 'response', 'responses')} submitted
                    {s.status === 'OPEN' ? ' so far' : ''}.
                  </List.Item>
                  <List.Item>
                    {plural(questions, 'question', 'questions')} in{' '}
                    {plural(sections.length, 'section', 'sections')}.
                  </List.Item>
                </List>
              </Card>
              <Card withBorder component="section" aria-labelledby="survey-yours">
                <Title order={2} size="h3" id="survey-yours" mb="xs">
                  Your answers
                </Title>
                <Stack gap="sm">
                  {shell.signedIn ? (
                    <Text role="status">
                      {response === null ? (
                        s.status === 'CLOSED' ? (
                          'You did not answer this survey.'
                        ) : (
                          'You have not started answering.'
                        )
                      ) : response.submittedAt ? (
                        <>
                          You submitted your answers on <When at={response.submittedAt} />.
                          {s.status === 'OPEN'
                            ? ' While the survey is open, submitting again replaces them.'
                            : ''}
                        </>
                      ) : (
                        'You saved a draft; it is not submitted yet.'
                      )}
                    </Text>
                  ) : (
                    <Text>
                      {s.anonymous
                        ? 'You are not signed in; you may answer without signing in.'
                        : 'Sign in to answer and to see your answers.'}
                    </Text>
                  )}
                  {s.status === 'OPEN' && (
                    <Alert color="blue" variant="light">
                      Answering in the browser opens soon.
                    </Alert>
                  )}
                  {!shell.signedIn && !s.anonymous && s.status === 'OPEN' && (
                    <Group>
                      <Button
                        component="a"
                        href={signInHref(shell.providers, location.pathname + location.search)}
                      >
                        Sign in
                      </Button>
                    </Group>
                  )}
                </Stack>
              </Card>
            </SimpleGrid>

            <Stack gap="xs" component="section" aria-labelledby="survey-sections">
              <Title order={2} size="h3" id="survey-sections">
                Sections
              </Title>
              <List type="ordered" spacing="xs">
                {sections.map((sec) => {
                  const required = sec.questions.filter((q) => q.required).length;
                  return (
                    <List.Item key={sec.key}>
                      <Text span fw={600}>
                        {sec.title}
                      </Text>{' '}
                      <Text span size="sm" c="dimmed">
                        · {plural(sec.questions.length, 'question', 'questions')}
                        {required ? `, ${required} required` : ''}
                        {sec.showIf ? ' · shown depending on an earlier answer' : ''}
                      </Text>
                    </List.Item>
                  );
                })}
              </List>
            </Stack>
          </Page>
        );
      }}
    </Loaded>
  );
}

function SurveyWindow({ opensAt, closesAt }: { opensAt?: string | null; closesAt?: string | null }) {
  if (opensAt && closesAt)
    return (
      <>
        Open from <When at={opensAt} /> to <When at={closesAt} />.
      </>
    );
  if (opensAt)
    return (
      <>
        From <When at={opensAt} />, with no closing date.
      </>
    );
  if (closesAt)
    return (
      <>
        Closes <When at={closesAt} />.
      </>
    );
  return <>No opening or closing date set.</>;
}
