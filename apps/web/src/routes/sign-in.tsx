import { Button, Card, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { Page, PageLoader } from '../components/page';
import { providerLoginHref, useShell } from '../features/viewer/viewer';

/** `/sign-in`: one button per federated issuer; straight to it when there is only one. */
export default function SignInRoute() {
  const [params] = useSearchParams();
  const { providers, signedIn, result } = useShell();
  const raw = params.get('returnTo') ?? '/';
  // Only a same-origin path: the API checks it again.
  const returnTo = raw.startsWith('/') && !raw.startsWith('//') ? raw : '/';
  const only = providers.length === 1 ? providerLoginHref(providers[0].loginUrl, returnTo) : null;
  // One issuer: straight to it (the header's button does the same once it knows the issuers).
  useEffect(() => {
    if (only && !signedIn) window.location.replace(only);
  }, [only, signedIn]);
  if (signedIn) return <Navigate to={returnTo} replace />;
  if (!result.data || only) return <PageLoader />;
  return (
    <Page title="Sign in" subtitle="With the account of your institution or research infrastructure.">
      <Card withBorder maw={480}>
        <Stack>
          {providers.map((p) => (
            <Button
              key={p.id}
              component="a"
              href={providerLoginHref(p.loginUrl, returnTo)}
              size="md"
              variant="default"
            >
              Sign in with {p.name}
            </Button>
          ))}
          <Text size="sm" c="dimmed">
            The first time you sign in, an account is made for you from what your institution shares: your
            name and e-mail address.
          </Text>
        </Stack>
      </Card>
    </Page>
  );
}
