import { Group, Loader, Stack, Title, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { PageError } from './errors';
import { useDocumentTitle } from './document-title';

/** A page's frame: its document title, one h1, an optional line under it and actions beside it. */
export function Page({
  title,
  subtitle,
  actions,
  children,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
        <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Title>
          {subtitle && (
            <Text c="dimmed" component="div">
              {subtitle}
            </Text>
          )}
        </Stack>
        {actions && <Group gap="xs">{actions}</Group>}
      </Group>
      {children}
    </Stack>
  );
}

/** The loading and error states of a page's one query; renders children once data is there. */
export function Loaded<T>({
  result,
  retry,
  children,
}: {
  result: { data?: T; error?: CombinedError; fetching: boolean };
  retry?: () => void;
  children: (data: T) => ReactNode;
}) {
  if (result.data) return <>{children(result.data)}</>;
  if (result.error) return <PageError error={result.error} retry={retry} />;
  return <PageLoader />;
}

export function PageLoader() {
  return (
    <Group justify="center" py="xl" role="status" aria-live="polite">
      <Loader size="md" aria-hidden />
      <Text c="dimmed">Loading…</Text>
    </Group>
  );
}

/** What an empty list says instead of nothing. */
export function Empty({ children }: { children: ReactNode }) {
  return (
    <Text c="dimmed" fs="italic">
      {children}
    </Text>
  );
}
