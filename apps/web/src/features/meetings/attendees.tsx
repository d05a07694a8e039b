import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { AttendanceAnswerFragment, RsvpResponse } from '../../gql/graphql';
import { Empty } from '../../components/page';

export const AttendanceAnswerFields = graphql(`
  fragment AttendanceAnswer on Attendance {
    occurrenceStartsAt
    response
    respondedAt
    person {
      id
      displayName
    }
  }
`);

export const RESPONSE_WORDS: Record<RsvpResponse, string> = {
  YES: 'Coming',
  MAYBE: 'Maybe',
  NO: 'Not coming',
};
export const RESPONSES: RsvpResponse[] = ['YES', 'MAYBE', 'NO'];

type Answerer = AttendanceAnswerFragment['person'];

/**
 * Each person's answer for one occurrence (its original start), or for the series when null:
 * an answer for that occurrence wins over one for the whole series.
 */
export function answersFor(
  answers: readonly AttendanceAnswerFragment[],
  occurrence: string | null,
): Map<string, { person: Answerer; response: RsvpResponse }> {
  const at = occurrence ? new Date(occurrence).getTime() : null;
  const byPerson = new Map<string, { person: Answerer; response: RsvpResponse }>();
  for (const a of answers) {
    if (a.occurrenceStartsAt === null) byPerson.set(a.person.id, { person: a.person, response: a.response });
  }
  if (at !== null) {
    for (const a of answers) {
      if (a.occurrenceStartsAt !== null && new Date(a.occurrenceStartsAt).getTime() === at)
        byPerson.set(a.person.id, { person: a.person, response: a.response });
    }
  }
  return byPerson;
}

/**
 * Who comes to one occurrence (or to the meeting, for one that does not repeat): names grouped
 * by answer with their counts, the viewer marked. Members only: the API gives others no answers.
 */
export function Attendees({
  answers,
  occurrence,
  viewerId,
}: {
  answers: readonly AttendanceAnswerFragment[];
  occurrence: string | null;
  viewerId: string | null;
}) {
  const headingId = useId();
  const byPerson = answersFor(answers, occurrence);
  if (!byPerson.size) return <Empty>Nobody has answered yet.</Empty>;
  const groups = RESPONSES.map((response) => ({
    response,
    people: [...byPerson.values()]
      .filter((a) => a.response === response)
      .map((a) => a.person)
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
  }));
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="md">
      {groups.map(({ response, people }) => (
        <Stack gap={4} key={response} component="section" aria-labelledby={`${headingId}-${response}`}>
          <Title order={3} size="h5" id={`${headingId}-${response}`}>
            {RESPONSE_WORDS[response]} ({people.length})
          </Title>
          {people.length ? (
            <Stack gap={2} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {people.map((p) => (
                <li key={p.id}>
                  <Group gap={4} wrap="wrap">
                    <Text span style={{ overflowWrap: 'anywhere' }}>
                      {p.displayName}
                    </Text>
                    {p.id === viewerId && (
                      <Text span size="sm" c="dimmed">
                        (you)
                      </Text>
                    )}
                  </Group>
                </li>
              ))}
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              Nobody
            </Text>
          )}
        </Stack>
      ))}
    </SimpleGrid>
  );
}
