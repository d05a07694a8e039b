import { Alert, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { PageError } from '../../components/errors';
import { useDocumentTitle } from '../../components/document-title';
import { Loaded } from '../../components/page';

/**
 * A section of `/settings`: the parent holds the page's one h1 ("Settings"), so a section
 * titles itself with an h2 and names the document after itself.
 */
export function SettingsSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
}) {
  useDocumentTitle(`${title} · Settings`);
  const id = useId();
  return (
    <Stack gap="md" component="section" aria-labelledby={id}>
      <Stack gap={4}>
        <Title order={2} id={id}>
          {title}
        </Title>
        {description && (
          <Text c="dimmed" component="div">
            {description}
          </Text>
        )}
      </Stack>
      {children}
    </Stack>
  );
}

/**
 * The loading and error states of a section's one query, whose data hangs off `viewer`:
 * children get the viewer once it is there.
 */
export function ViewerLoaded<T extends { viewer?: unknown }>({
  result,
  refetch,
  children,
}: {
  result: { data?: T; error?: CombinedError; fetching: boolean };
  refetch: (opts: { requestPolicy: 'network-only' }) => void;
  children: (viewer: NonNullable<T['viewer']>, data: T) => ReactNode;
}) {
  const retry = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Loaded result={result} retry={retry}>
      {(data) =>
        data.viewer ? (
          children(data.viewer as NonNullable<T['viewer']>, data)
        ) : (
          <NoViewer error={result.error} retry={retry} />
        )
      }
    </Loaded>
  );
}

/**
 * What a section shows when its query answered no viewer: the error that caused it (with a
 * retry), else the session ended between the header's check and this query.
 */
function NoViewer({ error, retry }: { error?: CombinedError; retry: () => void }) {
  if (error) return <PageError error={error} retry={retry} />;
  return (
    <Alert color="yellow" role="alert" title="You are signed out">
      Your session has ended. Reload the page to sign in again.
    </Alert>
  );
}
