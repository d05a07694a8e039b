import { Badge, Group, Stack, Text } from '@mantine/core';
import type { ExpertiseLevel } from '../../gql/graphql';
import { LEVEL_WORDS, LEVELS } from './expertise-words';

export type ShownEntry = { level: ExpertiseLevel; term: { id: string; label: string } };

/**
 * A person's expertise grouped by level, each group named in words ("Knows", "Wants to work
 * on") so the level never rests on colour alone. `limit` keeps the first few of each level
 * (a directory card) and says how many more there are.
 */
export function ExpertiseByLevel({
  entries,
  limit,
  size = 'md',
}: {
  entries: readonly ShownEntry[];
  limit?: number;
  size?: 'sm' | 'md';
}) {
  return (
    <Stack gap={6}>
      {LEVELS.map((level) => {
        const held = entries.filter((e) => e.level === level);
        if (!held.length) return null;
        const shown = limit ? held.slice(0, limit) : held;
        const more = held.length - shown.length;
        return (
          <Group key={level} gap={6} wrap="wrap" align="center">
            <Text size="sm" fw={600} component="span">
              {LEVEL_WORDS[level]}:
            </Text>
            <Group gap={4} wrap="wrap" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {shown.map((e) => (
                <li key={e.term.id}>
                  <Badge
                    variant={level === 'KNOWS' ? 'light' : 'outline'}
                    color={level === 'KNOWS' ? 'blue' : 'grape'}
                    tt="none"
                    size={size === 'sm' ? 'md' : 'lg'}
                    style={{ maxWidth: '100%' }}
                  >
                    {e.term.label}
                  </Badge>
                </li>
              ))}
              {more > 0 && (
                <li>
                  <Text size="sm" c="dimmed" component="span">
                    and {more} more
                  </Text>
                </li>
              )}
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}
