import { Badge, Group, Progress, Text } from '@mantine/core';
import type { UseCaseStatus } from '../../gql/graphql';
import { PARTS, STATUS_COLOR, STATUS_WORDS, partsFilled } from './use-case-words';

export function StatusBadge({ status }: { status: UseCaseStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} tt="none">
      {STATUS_WORDS[status]}
    </Badge>
  );
}

/** Parts filled out of eight, as a bar and in words ("5 of 8 parts"); the words name the bar. */
export function CompletenessBar({ completeness }: { completeness: number }) {
  const filled = partsFilled(completeness);
  const words = `${filled} of ${PARTS.length} parts`;
  return (
    <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
      <Progress
        value={(filled / PARTS.length) * 100}
        color={filled === PARTS.length ? 'teal.8' : 'blue.8'}
        style={{ flex: '1 1 6rem', maxWidth: '10rem' }}
        aria-label={`Template parts written: ${words}`}
      />
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {words}
      </Text>
    </Group>
  );
}
