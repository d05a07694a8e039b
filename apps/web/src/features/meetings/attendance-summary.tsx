import { Group, Stack, Text } from '@mantine/core';
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
    }
  }
`);

const WORDS: Record<RsvpResponse, string> = { YES: 'Coming', MAYBE: 'Maybe', NO: 'Not coming' };
const ORDER: RsvpResponse[] = ['YES', 'MAYBE', 'NO'];

/**
 * Each person's answer for one occurrence (its original start), or for the series when null:
 * an answer for that occurrence wins over one for the whole series.
 */
export function answersFor(
  answers: AttendanceAnswerFragment[],
  occurrence: string | null,
): Map<string, RsvpResponse> {
  const at = occurrence ? new Date(occurrence).getTime() : null;
  const byPerson = new Map<string, RsvpResponse>();
  for (const a of answers) if (a.occurrenceStartsAt === null) byPerson.set(a.person.id, a.response);
  if (at !== null) {
    for (const a of answers) {
      if (a.occurrenceStartsAt !== null && new Date(a.occurrenceStartsAt).getTime() === at)
        byPerson.set(a.person.id, a.response);
    }
  }
  return byPerson;
}

/** How many said they come, maybe, or not; and what the viewer said. */
export function AttendanceSummary({
  answers,
  occurrence,
  viewerId,
}: {
  answers: AttendanceAnswerFragment[];
  occurrence: string | null;
  viewerId: string | null;
}) {
  const byPerson = answersFor(answers, occurrence);
  if (!byPerson.size) return <Empty>Nobody has answered yet.</Empty>;
  const counts = new Map<RsvpResponse, number>();
  for (const r of byPerson.values()) counts.set(r, (counts.get(r) ?? 0) + 1);
  const own = viewerId ? byPerson.get(viewerId) : undefined;
  return (
    <Stack gap="xs">
      <Group gap="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} wrap="wrap">
        {ORDER.map((r) => (
          <li key={r}>
            <Text span fw={700} size="lg">
              {counts.get(r) ?? 0}
            </Text>{' '}
            <Text span>{WORDS[r].toLowerCase()}</Text>
          </li>
        ))}
      </Group>
      <Text size="sm" c="dimmed">
        {own ? `Your answer: ${WORDS[own].toLowerCase()}.` : 'You have not answered.'}
      </Text>
    </Stack>
  );
}
