import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { SurveyResultsPageQuery } from '../gql/graphql';
import { errorCode, PageError } from '../components/errors';
import { Page, PageLoader } from '../components/page';
import { When } from '../components/time';
import { plural } from '../components/words';
import { useShell } from '../features/viewer/viewer';
import { useResultsWhere } from '../features/surveys/results-filter';
import { ResultsFilters, type FilterQuestion } from '../features/surveys/results-filters';
import { QuestionResult } from '../features/surveys/results-question';
import { ResultsRefused } from '../features/surveys/results-refused';
import { OTHER_KEY } from '../features/surveys/results-format';

const SurveyResultsPageQuery = graphql(`
  query SurveyResultsPage($slug: String!, $where: [AnswerFilter!]) {
    surveyResults(slug: $slug, where: $where) {
      responses
      survey {
        id
        slug
        title
        status
        closesAt
        responseCount
        sections {
          key
          title
          showIf {
            questionKey
          }
          questions {
            key
            text
            kind
            allowOther
            showIf {
              questionKey
            }
            options {
              key
              label
            }
          }
        }
      }
      questions {
        question {
          key
        }
        ...QuestionResultView
      }
    }
  }
`);

type Results = SurveyResultsPageQuery['surveyResults'];

/**
 * `/surveys/:slug/results?where=roles:rse`: per question, in section order, the seeds' table and
 * a chart of it, narrowed by the cross-tabulation in the URL. OFFICE at any time, MEMBER once
 * the survey is closed; the office also downloads every response as CSV.
 */
export default function SurveyResultsRoute() {
  const { slug = '' } = useParams();
  const shell = useShell();
  const { where, setWhere } = useResultsWhere(slug);
  const [result, refetch] = useQuery({ query: SurveyResultsPageQuery, variables: { slug, where } });
  // While a new filter is counted, the last results stay (the filter's checkbox keeps its focus).
  const [kept, setKept] = useState<{ slug: string; data: Results } | null>(null);
  const fresh = result.data?.surveyResults;
  if (fresh && kept?.data !== fresh) setKept({ slug, data: fresh });
  const shown = fresh ?? (kept?.slug === slug ? kept.data : null);

  const code = errorCode(result.error);
  if (code === 'BAD_USER_INPUT' && where.length)
    return (
      <Page title="Survey results">
        <Alert color="red" title="This filter does not fit the survey" role="alert">
          <Stack gap="sm">
            <Text>The link names a question or an answer that this survey does not have.</Text>
            <Group>
              <Button component={Link} to={webPaths.surveyResults(slug)} variant="white" color="red">
                Clear filters
              </Button>
            </Group>
          </Stack>
        </Alert>
      </Page>
    );
  if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN')
    return <ResultsRefused slug={slug} role={shell.person?.role ?? null} />;
  if (result.error && !result.fetching)
    return <PageError error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!shown)
    return (
      <Page title="Survey results">
        <PageLoader />
      </Page>
    );
  return (
    <ResultsView
      results={shown}
      where={where}
      setWhere={setWhere}
      counting={result.fetching}
      isOffice={shell.isOffice}
    />
  );
}

function ResultsView({
  results,
  where,
  setWhere,
  counting,
  isOffice,
}: {
  results: Results;
  where: ReturnType<typeof useResultsWhere>['where'];
  setWhere: ReturnType<typeof useResultsWhere>['setWhere'];
  counting: boolean;
  isOffice: boolean;
}) {
  const { survey } = results;
  const byKey = new Map(results.questions.map((r) => [r.question.key, r]));
  const filterQuestions: FilterQuestion[] = survey.sections.flatMap((s) =>
    s.questions
      .filter((q) => q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE')
      .map((q) => ({
        key: q.key,
        text: q.text,
        options: [...q.options, ...(q.allowOther ? [{ key: OTHER_KEY, label: 'Other' }] : [])],
      })),
  );
  return (
    <Page
      title={`Results: ${survey.title}`}
      subtitle={
        <>
          <Anchor component={Link} to={webPaths.survey(survey.slug)} underline="always">
            The survey
          </Anchor>
          {' · '}
          {survey.status === 'CLOSED' ? 'Closed' : survey.status === 'OPEN' ? 'Open' : 'Draft'}
          {survey.closesAt && (
            <>
              {survey.status === 'CLOSED' ? ' on ' : ', closes on '}
              <When at={survey.closesAt} kind="date" />
            </>
          )}
          {' · '}
          {plural(survey.responseCount, 'response', 'responses')} submitted
        </>
      }
      actions={
        isOffice ? (
          <Button component="a" href={responsesCsvHref(survey.slug)} download variant="default">
            Download all responses (CSV)
          </Button>
        ) : undefined
      }
    >
      <ResultsFilters
        questions={filterQuestions}
        where={where}
        onChange={setWhere}
        matched={results.responses}
        total={survey.responseCount}
      />
      <Text size="sm" c="dimmed" aria-live="polite">
        {counting ? 'Counting the responses that match…' : ''}
      </Text>
      {survey.sections.map((section) => (
        <ResultsSection key={section.key} title={section.title} conditional={Boolean(section.showIf)}>
          {section.questions.map((q) => {
            const r = byKey.get(q.key);
            return r ? (
              <QuestionResult
                key={q.key}
                result={r}
                responses={results.responses}
                conditional={Boolean(section.showIf || q.showIf)}
              />
            ) : null;
          })}
        </ResultsSection>
      ))}
    </Page>
  );
}

function ResultsSection({
  title,
  conditional,
  children,
}: {
  title: string;
  conditional: boolean;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={headingId}>
      <Title order={2} id={headingId}>
        {title}
      </Title>
      {conditional && (
        <Text size="sm" c="dimmed">
          A section shown only to some respondents, depending on their earlier answers.
        </Text>
      )}
      {children}
    </Stack>
  );
}

/** The office's CSV of every submitted response (the API route; apiPaths has no entry yet). */
function responsesCsvHref(slug: string): string {
  return `/surveys/${encodeURIComponent(slug)}/responses.csv`;
}
