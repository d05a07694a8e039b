import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { CombinedError } from 'urql';
import { Link, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import { webPaths } from '@cop/web-routes';
import { signInHref, useShell } from '../features/viewer/viewer';
import { useDocumentTitle } from './document-title';

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

/** When a RATE_LIMITED error says to try again: "in 30 seconds", "in 2 minutes", or "shortly". */
export function retryAfterWords(error: CombinedError | undefined | null): string {
  const after = error?.graphQLErrors[0]?.extensions?.retryAfterSeconds;
  if (typeof after !== 'number') return 'shortly';
  return after < 90 ? `in ${Math.max(1, Math.ceil(after))} seconds` : `in ${Math.ceil(after / 60)} minutes`;
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
    case 'RATE_LIMITED':
      return `Too many requests. Try again ${retryAfterWords(error)}.`;
    case 'INTERNAL_SERVER_ERROR':
      return 'Something went wrong on the server. Try again in a moment.';
    default: {
      const fields = fieldErrors(error);
      if (Object.keys(fields).length) return 'Some fields need attention.';
      return error?.graphQLErrors[0]?.message ?? 'Something went wrong.';
    }
  }
}

/** A failed query in words, with a retry when one is given. */
export function RetryAlert({
  title,
  error,
  retry,
}: {
  title: string;
  error: CombinedError;
  retry?: () => void;
}) {
  return (
    <Alert color="red" title={title} role="alert">
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

/** A whole-page problem: not found, not allowed, sign in, or a retry after a network failure. */
export function PageError({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const code = errorCode(error);
  if (code === 'NOT_FOUND') return <NotFound />;
  if (code === 'UNAUTHENTICATED') return <SignInNeeded />;
  if (code === 'FORBIDDEN') return <NotAllowed />;
  return <RetryAlert title="This page could not be loaded" error={error} retry={retry} />;
}

/** A page that cannot be shown: its h1, why, and the one way on; it names the document too. */
export function DeadEnd({
  title,
  documentTitle = title,
  children,
  action,
}: {
  title: string;
  documentTitle?: string;
  children: ReactNode;
  action: ReactNode;
}) {
  useDocumentTitle(documentTitle);
  return (
    <Stack gap="sm" py="xl">
      <Title order={1}>{title}</Title>
      <Text>{children}</Text>
      <Group>{action}</Group>
    </Stack>
  );
}

const homeButton = (
  <Button component={Link} to={webPaths.home()}>
    Go to the home page
  </Button>
);

/** Nothing here, or nothing the viewer may see; `what` names it ("document", "meeting"). */
export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <DeadEnd
      title="Not found"
      documentTitle={what === 'page' ? 'Not found' : `${what[0].toUpperCase()}${what.slice(1)} not found`}
      action={homeButton}
    >
      This {what} does not exist, or you may not see it. If someone sent you the link, signing in may help.
    </DeadEnd>
  );
}

export function NotAllowed() {
  return (
    <DeadEnd title="Not allowed" action={homeButton}>
      Your role does not allow this page.
    </DeadEnd>
  );
}

export function SignInNeeded({ children }: { children?: ReactNode }) {
  const { providers } = useShell();
  const location = useLocation();
  return (
    <DeadEnd
      title="Sign in to continue"
      action={
        <Button component="a" href={signInHref(providers, location.pathname + location.search)}>
          Sign in
        </Button>
      }
    >
      {children ?? 'This page is for members of the community.'}
    </DeadEnd>
  );
}
