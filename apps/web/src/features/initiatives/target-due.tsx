import { Badge, Group, Text } from '@mantine/core';
import { dueDateWords, dueWords } from './due-words';

/** The due date and how far off it is; past ones say so. */
export function TargetDue({ dueDate, daysLeft }: { dueDate: string; daysLeft: number }) {
  const past = daysLeft < 0;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        Due <time dateTime={dueDate}>{dueDateWords(dueDate)}</time>
      </Text>
      <Badge variant="light" tt="none" color={past ? 'gray' : daysLeft <= 30 ? 'orange' : 'blue'}>
        {past ? `Passed ${dueWords(daysLeft)}` : dueWords(daysLeft)}
      </Badge>
    </Group>
  );
}
