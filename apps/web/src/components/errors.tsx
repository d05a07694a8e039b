import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { CombinedError } from 'urql';
import { errorCode, errorMessage, isStaleBuild } from './error-words';
import { Link, useLocation } from 'react-router';
import type { ReactNode } from 'react';
import { webPaths } from '@cop/web-routes';
import { signInHref, useShell } from '../features/viewer/viewer';
import { useDocumentTitle } from './document-title';

export { errorCode, errorMessage, fieldErrors, isStaleBuild, retryAfterWords } from './error-words';
export type { ErrorCode } from './error-words';

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
        {isStaleBuild(error) ? (
          // Trying again would send the same unknown operation: only the new build knows the new ones.
          <Group>
            <Button variant="white" color="red" onClick={() => window.location.reload()}>
              Reload the page
            </Button>
          </Group>
        ) : (
          retry && (
            <Group>
              <Button variant="white" color="red" onClick={retry}>
                Try again
              </Button>
            </Group>
          )
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
