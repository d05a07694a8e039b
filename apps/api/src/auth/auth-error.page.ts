import { escapeHtml, type PlainPage } from '@cop/platform';

/** The page a browser lands on when a sign-in fails: what happened and what to do, no internals. */
export function signInProblemPage(opts: {
  status: number;
  message: string;
  retryUrl: string | null;
  homeUrl: string;
  communityName: string | null;
}): PlainPage {
  const retry = opts.retryUrl
    ? `<p><a class="button" href="${escapeHtml(opts.retryUrl)}">Sign in again</a></p>`
    : '';
  return {
    title: opts.status === 403 ? 'Not signed in' : 'Sign-in failed',
    bodyHtml: `<p>${escapeHtml(opts.message)}</p>${retry}<p><a href="${escapeHtml(opts.homeUrl)}">Home</a></p>`,
    homeUrl: opts.homeUrl,
    communityName: opts.communityName,
  };
}
