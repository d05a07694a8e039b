import { Anchor, Group, List, Stack, Text } from '@mantine/core';
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

/** A meeting's agenda, in order: title, presenter, time and the documents it discusses. */
export function AgendaList({ items }: { items: AgendaEntryFragment[] }) {
  if (!items.length) return <Empty>No agenda yet.</Empty>;
  const sorted = [...items].sort((a, b) => a.position - b.position);
  const total = sorted.reduce((sum, i) => sum + (i.durationMinutes ?? 0), 0);
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
                  {[item.presenter, item.durationMinutes ? minutesText(item.durationMinutes) : null]
                    .filter(Boolean)
                    .join(' · ')}
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
      {total > 0 && (
        <Text size="sm" c="dimmed">
          Planned time: {minutesText(total)}
        </Text>
      )}
    </Stack>
  );
}
