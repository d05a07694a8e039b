import { Anchor, Card, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One section of the office's overview: its few numbers and the link that opens it. */
export function OverviewCard({
  id,
  title,
  to,
  linkText,
  children,
}: {
  id: string;
  title: string;
  to: string;
  linkText: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder component="section" aria-labelledby={id} padding="md">
      <Stack gap="xs" h="100%">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        <Stack gap={4} style={{ flex: 1 }}>
          {children}
        </Stack>
        <Anchor component={Link} to={to} fw={600}>
          {linkText}
        </Anchor>
      </Stack>
    </Card>
  );
}
