import type { ReactNode } from 'react';
import { NotAllowed, SignInNeeded } from '../../components/errors';
import { PageLoader } from '../../components/page';
import { useShell } from '../viewer/viewer';

/** The compendium is for members (the API's MEMBER): others get sign-in or "not allowed". */
export function MembersOnly({ signInText, children }: { signInText: string; children: ReactNode }) {
  const shell = useShell();
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>{signInText}</SignInNeeded>;
  if (!shell.isMember) return <NotAllowed />;
  return <>{children}</>;
}
