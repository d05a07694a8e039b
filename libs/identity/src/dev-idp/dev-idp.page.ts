import type { DevIdpAccount } from './dev-idp-accounts.repository';

/** HTML-escapes text and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = `
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1d2329; margin: 0; }
  main { max-width: 40rem; margin: 3rem auto; background: #fff; padding: 2rem 2.5rem; border-radius: 8px;
         box-shadow: 0 1px 3px rgba(0,0,0,.12); }
  h1 { font-size: 1.4rem; margin-top: 0; }
  p.note { color: #5a6470; font-size: .9rem; }
  ul { list-style: none; padding: 0; }
  li form { margin: 0 0 .5rem; }
  li button { width: 100%; text-align: left; padding: .7rem 1rem; border: 1px solid #d4d8dd; border-radius: 6px;
              background: #fff; cursor: pointer; font: inherit; display: flex; justify-content: space-between; gap: 1rem; }
  li button:hover, li button:focus { border-color: #2f6fde; background: #f0f5ff; }
  .role { font-size: .75rem; padding: .1rem .5rem; border-radius: 999px; background: #e6e9ed; align-self: center; }
  .role-OFFICE { background: #ffe2b8; } .role-MEMBER { background: #d6ecd9; }
  .email { color: #5a6470; font-size: .85rem; display: block; }
  .cancel { background: none; border: none; color: #2f6fde; cursor: pointer; padding: 0; font: inherit; }
  .error { color: #a4262c; }
  h2 { font-size: 1.1rem; margin-top: 2rem; }
  form.newcomer { display: grid; gap: .6rem; margin-bottom: 1.5rem; }
  form.newcomer label { display: grid; gap: .2rem; font-size: .9rem; }
  form.newcomer input { padding: .5rem; border: 1px solid #8a939d; border-radius: 6px; font: inherit; }
  form.newcomer button { justify-self: start; padding: .5rem 1rem; border: 0; border-radius: 6px; background: #1b4f9c;
                         color: #fff; font: inherit; cursor: pointer; }`;

function layout(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}</main></body>
</html>`;
}

/** The sign-in page: pick a person, no password. */
export function renderAccountPicker(opts: {
  actionBase: string;
  clientName: string;
  accounts: DevIdpAccount[];
  error?: string;
}): string {
  const people = opts.accounts.length
    ? `<ul>${opts.accounts
        .map(
          (a) => `
  <li><form method="post" action="${escapeHtml(`${opts.actionBase}/login`)}">
    <input type="hidden" name="email" value="${escapeHtml(a.email)}">
    <button type="submit"><span>${escapeHtml(a.displayName)} <span class="email">${escapeHtml(a.email)}</span></span>
      <span class="role role-${escapeHtml(a.role)}">${escapeHtml(a.role.toLowerCase())}</span></button>
  </form></li>`,
        )
        .join('')}</ul>`
    : `<p>Nobody to sign in as yet: load the demo community with <code>npm run db:seed</code>, or add a person with an e-mail address.</p>`;
  return layout(
    'Development sign-in',
    `<h1>Sign in to ${escapeHtml(opts.clientName)}</h1>
<p class="note">Development identity provider: pick a person to continue as them. There is no password;
this provider never runs in production.</p>
${opts.error ? `<p class="error">${escapeHtml(opts.error)}</p>` : ''}
${people}
<h2>Someone new</h2>
<p class="note">Sign in as a person the platform has not met yet, as a first sign-in from a federated issuer.</p>
<form method="post" action="${escapeHtml(`${opts.actionBase}/login`)}" class="newcomer">
  <label>Name <input name="name" autocomplete="name" required maxlength="200"></label>
  <label>E-mail address <input name="email" type="email" autocomplete="email" required></label>
  <button type="submit">Continue as someone new</button>
</form>
<form method="post" action="${escapeHtml(`${opts.actionBase}/abort`)}"><button class="cancel" type="submit">Cancel</button></form>`,
  );
}

/** A plain page for what went wrong at the provider (expired interaction, bad request). */
export function renderProblem(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>`);
}
