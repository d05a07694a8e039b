/** The page a browser lands on when a sign-in fails: what happened and what to do, no internals. */
export function renderSignInProblem(opts: {
  status: number;
  message: string;
  retryUrl: string | null;
}): string {
  const title = opts.status === 403 ? 'Not signed in' : 'Sign-in failed';
  const retry = opts.retryUrl
    ? `<a class="button" href="${escapeHtml(opts.retryUrl)}">Sign in again</a>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2329; margin: 0; }
  main { max-width: 34rem; margin: 4rem auto; background: #fff; padding: 2rem 2.5rem; border-radius: 8px;
         box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  .button { display: inline-block; background: #2f6fde; color: #fff; padding: .5rem 1rem; border-radius: 6px;
            text-decoration: none; margin-right: 1rem; }
</style>
</head>
<body><main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(opts.message)}</p>
<p>${retry}<a href="/">Home</a></p>
</main></body>
</html>`;
}

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
