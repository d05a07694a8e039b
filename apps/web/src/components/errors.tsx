import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { CombinedError } from 'urql';
import { Link, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import { signInHref, useShell } from '../features/viewer/viewer';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'NETWORK'
  | 'INTERNAL_SERVER_ERROR';

/** The contract's code of an urql error (a failed fetch is NETWORK). */
export function errorCode(error: CombinedError | undefined | null): ErrorCode | null {
  if (!error) return null;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? (code as ErrorCode) : 'INTERNAL_SERVER_ERROR';
}

/** extensions.fields of a BAD_USER_INPUT error: input path -> message. */
export function fieldErrors(error: CombinedError | undefined | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const fields = e.extensions?.fields;
    if (fields && typeof fields === 'object') Object.assign(out, fields as Record<string, string>);
  }
  return out;
}

/** A sentence for an error that belongs to no single field. */
export function errorMessage(error: CombinedError | undefined | null): string | null {
  const code = errorCode(error);
  if (!code) return null;
  switch (code) {
    case 'NETWORK':
      return 'The server could not be reached. Check your connection and try again.';
    case 'UNAUTHENTICATED':
      return 'Your session has ended. Sign in again to continue.';
    case 'FORBIDDEN':
      return 'You are not allowed to do this.';
    case 'RATE_LIMITED': {
      const after = error?.graphQLErrors[0]?.extensions?.retryAfterSeconds;
      return `Too many requests. Try again${typeof after === 'number' ? ` in ${after} seconds` : ' shortly'}.`;
    }
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on the server. Try again in a moment.';
    default: {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) return 'Some fields need attention.';
      return error?.graphQLErrors[0]?.message ?? 'Something went wrong.';
    }
  }
}

/** A whole-page problem: not found, not allowed, sign in, or a retry after a network failure. */
export function PageError({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const code = errorCode(error);
  if (code === 'NOT_FOUND') return <NotFound />;
  if (code === 'UNAUTHENTICATED') return <SignInNeeded />;
  if (code === 'FORBIDDEN') return <NotAllowed />;
  return (
    <Alert color="red" title="This page could not be loaded" role="alert">
      <Stack gap="sm">
        <Text>{errorMessage(error)}</Text>
        {retry && (
          <Group>
            <Button variant="white" color="red" onClick={retry}>
              Try again
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>Not found</Title>
      <Text>
        This {what} does not exist, or you may not see it. If someone sent you the link, signing in may help.
      </Text>
      <Group>
        <Button component={Link} to="/">
          Go to the home page
        </Button>
      </Group>
    </Stack>
  );
}

export function NotAllowed() {
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>Not allowed</Title>
      <Text>Your role does not allow this page.</Text>
      <Group>
        <Button component={Link} to="/">
          Go to the home page
        </Button>
      </Group>
    </Stack>
  );
}

export function SignInNeeded({ children }: { children?: ReactNode }) {
  const { providers } = useShell();
  const location = useLocation();
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>Sign in to continue</Title>
      <Text>{children ?? 'This page is for members of the community.'}</Text>
      <Group>
        <Button component="a" href={signInHref(providers, location.pathname + location.search)}>
          Sign in
        </Button>
      </Group>
    </Stack>
  );
}
