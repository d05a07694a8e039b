import {
  Box,
  Button,
  Card,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { lazy, Suspense, useId, useState } from 'react';
import { graphql } from '../../gql';
import type { QuestionResultViewFragment } from '../../gql/graphql';
import { plural } from '../../components/words';
import { MEASURE_WORDS, meanWords, optionLabel, percent } from './results-format';

const ResultsChart = lazy(() => import('./results-chart'));

export const QuestionResultView = graphql(`
  fragment QuestionResultView on QuestionResult {
    shown
    answered
    noAnswer
    mean
    texts(first: 50)
    options {
      key
      label
      count
      ratio
      share
    }
    question {
      key
      text
      kind
      resultMeasure
      scaleMin
      scaleMax
    }
  }
`);

/**
 * One question's results: for a choice question the seeds' table (answers, count, the
 * question's percentage, No Answer) with a bar chart of it; means for numbers and scales; the
 * texts, newest first. `conditional`: shown only to some respondents, so it says to how many.
 */
export function QuestionResult({
  result,
  responses,
  conditional,
}: {
  result: QuestionResultViewFragment;
  responses: number;
  conditional: boolean;
}) {
  const r = result;
  const headingId = useId();
  const q = r.question;
  const choice = q.kind === 'SINGLE_CHOICE' || q.kind === 'MULTIPLE_CHOICE';
  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {q.text}
        </Title>
        {conditional && (
          <Text size="sm" c="dimmed">
            Shown to {r.shown} of {plural(responses, 'respondent', 'respondents')}.
          </Text>
        )}
        {choice ? (
          <ChoiceResult r={r} />
        ) : q.kind === 'TEXT' ? null : (
          <Text>
            {r.mean === null ? (
              'No answers yet, so no mean.'
            ) : (
              <>
                Mean <strong>{meanWords(r.mean)}</strong>
                {q.kind === 'SCALE' && q.scaleMin !== null && ` on a scale of ${q.scaleMin} to ${q.scaleMax}`}
                , from {plural(r.answered, 'answer', 'answers')}; No Answer {r.noAnswer}.
              </>
            )}
          </Text>
        )}
        {q.kind === 'TEXT' && (
          <Text size="sm">
            {plural(r.answered, 'answer', 'answers')}; No Answer {r.noAnswer}.
          </Text>
        )}
        <Texts texts={r.texts} other={choice} answered={q.kind === 'TEXT' ? r.answered : null} />
      </Stack>
    </Card>
  );
}

function ChoiceResult({ r }: { r: QuestionResultViewFragment }) {
  const measure = MEASURE_WORDS[r.question.resultMeasure];
  const share = r.question.resultMeasure === 'SHARE';
  const fraction = (o: { ratio: number; share: number }) => percent(share ? o.share : o.ratio);
  const choices = r.options.reduce((sum, o) => sum + o.count, 0);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="sm">
      <Suspense fallback={<Box h={Math.max(120, r.options.length * 36 + 40)} />}>
        <ResultsChart rows={r.options.map((o) => ({ label: optionLabel(o), count: o.count }))} />
      </Suspense>
      <Table striped withTableBorder>
        <VisuallyHidden component="caption">
          {r.question.text}: the answers, their counts and their {measure.column.toLowerCase()} (
          {measure.means})
        </VisuallyHidden>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Answer</Table.Th>
            <Table.Th scope="col" ta="right">
              Count
            </Table.Th>
            <Table.Th scope="col" ta="right" title={measure.means}>
              {measure.column}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.options.map((o) => (
            <Table.Tr key={o.key}>
              <Table.Th scope="row" fw="normal" style={{ overflowWrap: 'anywhere' }}>
                {optionLabel(o)}
              </Table.Th>
              <Table.Td ta="right">{o.count}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {fraction(o)}
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr>
            <Table.Th scope="row" fw="normal">
              No Answer
            </Table.Th>
            <Table.Td ta="right">{r.noAnswer}</Table.Td>
            <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
              {share ? '' : percent(r.shown ? r.noAnswer / r.shown : 0)}
            </Table.Td>
          </Table.Tr>
          {share && (
            <Table.Tr>
              <Table.Th scope="row">Total of choices</Table.Th>
              <Table.Td ta="right">{choices}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {percent(choices ? 1 : 0)}
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </SimpleGrid>
  );
}

/** How many texts show before "Show all": a long list would bury the questions below it. */
const TEXTS_FIRST = 8;

/** The texts (TEXT answers, or what "Other" respondents wrote), newest first. */
function Texts({ texts, other, answered }: { texts: string[]; other: boolean; answered: number | null }) {
  const headingId = useId();
  const listId = useId();
  const [all, setAll] = useState(false);
  if (!texts.length) return null;
  const title = other ? 'What "Other" respondents wrote, newest first' : 'The answers, newest first';
  const shown = all ? texts : texts.slice(0, TEXTS_FIRST);
  return (
    <Stack gap={4} component="section" aria-labelledby={headingId} align="flex-start">
      <Title order={4} size="h6" id={headingId}>
        {title}
        {answered !== null && answered > texts.length && ` (the ${texts.length} newest of ${answered})`}
      </Title>
      <List size="sm" spacing={2} id={listId}>
        {shown.map((t, i) => (
          <List.Item key={i} style={{ overflowWrap: 'anywhere' }}>
            {t}
          </List.Item>
        ))}
      </List>
      {texts.length > TEXTS_FIRST && (
        <Button
          variant="subtle"
          size="compact-sm"
          aria-expanded={all}
          aria-controls={listId}
          onClick={() => setAll(!all)}
        >
          {all ? `Show the first ${TEXTS_FIRST} only` : `Show all ${texts.length}`}
        </Button>
      )}
    </Stack>
  );
}
