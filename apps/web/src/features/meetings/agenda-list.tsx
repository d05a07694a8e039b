import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { AgendaEntryFragment } from '../../gql/graphql';
import { Empty } from '../../components/page';

export const AgendaEntryFields = graphql(`
  fragment AgendaEntry on AgendaItem {
    id
    position
    title
    presenter
    presenterPerson {
      id
      displayName
    }
    durationMinutes
    documents {
      id
      title
    }
  }
`);

export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** The minutes of the items that give theirs. */
export function agendaMinutes(items: readonly { durationMinutes?: number | null }[]): number {
  return items.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
}

/**
 * The agenda's planned time against the meeting's length: "55 of 60 minutes", with a warning
 * when it runs over. `live` announces changes (the editor's total as the chair types).
 */
export function AgendaTotal({
  total,
  length,
  live = false,
}: {
  total: number;
  length: number;
  live?: boolean;
}): ReactNode {
  const over = total - length;
  return (
    <Text
      size="sm"
      c={over > 0 ? 'red.9' : 'dimmed'}
      fw={over > 0 ? 600 : undefined}
      aria-live={live ? 'polite' : undefined}
    >
      Planned time: {total} of {length} minutes
      {over > 0 ? ` (${over} ${over === 1 ? 'minute' : 'minutes'} longer than the meeting)` : ''}
    </Text>
  );
}

/** A meeting's agenda, in order: title, presenter, time and the documents it discusses. */
export function AgendaList({ items, length }: { items: AgendaEntryFragment[]; length: number }) {
  if (!items.length) return <Empty>No agenda yet.</Empty>;
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const total = agendaMinutes(sorted);
  return (
    <Stack gap="sm">
      <List type="ordered" spacing="sm">
        {sorted.map((item) => (
          <List.Item key={item.id}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600} span>
                {item.title}
              </Text>
              {(item.presenter || item.durationMinutes) && (
                <Text span size="sm" c="dimmed">
                  {item.presenter && item.presenterPerson ? (
                    <Anchor component={Link} to={webPaths.person(item.presenterPerson.id)} inherit>
                      {item.presenter}
                    </Anchor>
                  ) : (
                    item.presenter
                  )}
                  {item.presenter && item.durationMinutes ? ' · ' : ''}
                  {item.durationMinutes ? minutesText(item.durationMinutes) : null}
                </Text>
              )}
            </Group>
            {item.documents.length > 0 && (
              <Text size="sm">
                Documents:{' '}
                {item.documents.map((d, i) => (
                  <span key={d.id}>
                    {i > 0 && ', '}
                    <Anchor component={Link} to={webPaths.document(d.id)} inherit underline="always">
                      {d.title}
                    </Anchor>
                  </span>
                ))}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {total > 0 && <AgendaTotal total={total} length={length} />}
    </Stack>
  );
}
