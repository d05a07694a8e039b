import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { SurveyAnswerPageQuery } from '../gql/graphql';
import { NotFound } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { When } from '../components/time';
import { plural } from '../components/words';
import { signInHref, useShell } from '../features/viewer/viewer';
import { SurveyAnswering } from '../features/surveys/survey-answering';
import {
  SURVEY_STATUS_WORDS,
  SurveyStatusBadge,
  SurveyWindow,
  mayReadResults,
  notOpenYet,
} from '../features/surveys/survey-words';

const SurveyAnswerPageQuery = graphql(`
  query SurveyAnswerPage($slug: String!, $signedIn: Boolean!) {
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
        ...SurveyFormSectionFields
      }
    }
    viewerSurveyResponse(slug: $slug) @include(if: $signedIn) {
      id
      submittedAt
      answers {
        questionKey
        optionKeys
        otherText
        text
        number
      }
    }
  }
`);

type Survey = NonNullable<SurveyAnswerPageQuery['survey']>;
type Response = SurveyAnswerPageQuery['viewerSurveyResponse'];

/** `/surveys/:slug`: answering a survey, resuming one's draft, or where a closed one stands. */
export default function SurveyRoute() {
  const { slug = '' } = useParams();
  const shell = useShell();
  const shellReady = Boolean(shell.result.data) || Boolean(shell.result.error);
  // Only a signed-in viewer has a response to ask for: wait for the shell to know who that is.
  // Network-only: a draft saved on another device must not be shadowed by a cached one.
  const [result, refetch] = useQuery({
    query: SurveyAnswerPageQuery,
    variables: { slug, signedIn: shell.signedIn },
    pause: !shellReady,
    requestPolicy: 'network-only',
  });
  if (!shellReady) return <PageLoader />;

  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const s = data.survey;
        if (!s) return <NotFound what="survey" />;
        const results = mayReadResults(s.status, shell);
        return (
          <Page
            title={s.title}
            subtitle={
              <Stack gap={2}>
                <Group gap="xs" component="span" wrap="wrap">
                  <SurveyStatusBadge status={s.status} />
                  <span>{SURVEY_STATUS_WORDS[s.status].text}</span>
                </Group>
                <span>
                  <SurveyWindow opensAt={s.opensAt} closesAt={s.closesAt} />
                </span>
              </Stack>
            }
            actions={
              <>
                {results && (
                  <Button component={Link} to={webPaths.surveyResults(s.slug)} variant="light">
                    Results
                  </Button>
                )}
                {shell.isOffice && (
                  <Button component={Link} to={webPaths.editSurvey(s.slug)} variant="default">
                    Edit survey
                  </Button>
                )}
              </>
            }
          >
            {s.description && <Text style={{ whiteSpace: 'pre-wrap' }}>{s.description}</Text>}
            <SurveyBody
              survey={s}
              response={data.viewerSurveyResponse ?? null}
              signedIn={shell.signedIn}
              resultsLink={results}
            />
          </Page>
        );
      }}
    </Loaded>
  );
}

/** The form while the survey takes answers; otherwise why not, in words. */
function SurveyBody({
  survey: s,
  response,
  signedIn,
  resultsLink,
}: {
  survey: Survey;
  response: Response | null;
  signedIn: boolean;
  resultsLink: boolean;
}) {
  const shell = useShell();
  const location = useLocation();
  const sections = [...s.sections].sort((a, b) => a.position - b.position);

  if (s.status === 'DRAFT')
    return (
      <Alert color="gray" title="Not open yet">
        This survey is a draft: nobody can answer it until the office opens it.
        {shell.isOffice && (
          <>
            {' '}
            <Link to={webPaths.editSurvey(s.slug)}>Edit it and preview it as a respondent</Link>.
          </>
        )}
      </Alert>
    );

  if (s.status === 'CLOSED')
    return (
      <Alert color="gray" title="This survey is closed">
        <Stack gap="xs">
          <Text size="sm">
            It took {plural(s.responseCount, 'response', 'responses')}; no more answers are taken.
            {response?.submittedAt && (
              <>
                {' '}
                You submitted yours on <When at={response.submittedAt} />.
              </>
            )}
          </Text>
          {resultsLink ? (
            <Text size="sm">
              <Link to={webPaths.surveyResults(s.slug)}>Read the results</Link>.
            </Text>
          ) : (
            !signedIn && <Text size="sm">Members of the community can read its results once signed in.</Text>
          )}
        </Stack>
      </Alert>
    );

  if (notOpenYet(s))
    return (
      <Alert color="blue" title="Not open yet">
        This survey takes answers from <When at={s.opensAt!} />.
      </Alert>
    );

  if (!signedIn && !s.anonymous)
    return (
      <Alert color="blue" title="Sign in to answer">
        <Stack gap="sm">
          <Text size="sm">
            This survey is for members of the community: sign in to answer it. Your draft is kept as you type,
            so you can finish on another device.
          </Text>
          <Group>
            <Button component="a" href={signInHref(shell.providers, location.pathname + location.search)}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </Alert>
    );

  return (
    <Stack gap="md">
      <List size="sm" spacing={2}>
        <List.Item>
          {s.anonymous
            ? 'Anyone may answer, signed in or not.'
            : 'One response a person; signed in, your draft is kept as you type.'}
        </List.Item>
        <List.Item>Questions marked with an asterisk (*) are required.</List.Item>
        <List.Item>Some sections and questions appear only for certain earlier answers.</List.Item>
      </List>
      <SurveyAnswering
        key={s.id}
        slug={s.slug}
        sections={sections}
        signedIn={signedIn}
        response={response ?? null}
      />
    </Stack>
  );
}
