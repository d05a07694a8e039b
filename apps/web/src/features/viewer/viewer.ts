import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { ShellQuery } from '../../gql/graphql';

// The header's view of who is signed in; fetched once per visit (cache-first) and shared by
// every page, which asks for its own data in its own single query.
export const ShellDocument = graphql(`
  query Shell {
    community {
      name
      shortName
    }
    authProviders {
      id
      name
      loginUrl
    }
    viewer {
      person {
        id
        displayName
        role
        timeZone
      }
    }
  }
`);

export type ShellViewer = NonNullable<ShellQuery['viewer']>['person'];

export function useShell() {
  const [result, refetch] = useQuery({ query: ShellDocument, requestPolicy: 'cache-first' });
  const person = result.data?.viewer?.person ?? null;
  return {
    result,
    refetch,
    community: result.data?.community ?? null,
    providers: result.data?.authProviders ?? [],
    person,
    signedIn: person !== null,
    isMember: person?.role === 'MEMBER' || person?.role === 'OFFICE',
    isOffice: person?.role === 'OFFICE',
    /** The zone the viewer reads times in: their profile's, else the browser's. */
    zone: person?.timeZone ?? browserZone(),
  };
}

export function browserZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/** A provider's login URL that comes back to `returnTo` once signed in. */
export function providerLoginHref(loginUrl: string, returnTo: string): string {
  const url = new URL(loginUrl, window.location.origin);
  url.searchParams.set('returnTo', returnTo);
  return url.pathname + url.search;
}

/** Where the sign-in button goes: straight to the only provider, else the page listing them. */
export function signInHref(providers: { loginUrl: string }[], returnTo: string): string {
  return providers.length === 1
    ? providerLoginHref(providers[0].loginUrl, returnTo)
    : webPaths.signIn(returnTo);
}

/** Ends the session, then the issuer's session when it has an end-session URL. */
export async function signOut(): Promise<void> {
  let next = '/';
  try {
    const res = await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin' });
    const body = (await res.json()) as { endSessionUrl?: string | null };
    if (body.endSessionUrl) next = body.endSessionUrl;
  } catch {
    // Signed out locally anyway: the cookie is cleared by the response or expires.
  }
  window.location.assign(next);
}
