import { Logger } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { errors, type Provider } from 'oidc-provider';
import { DEV_IDP_PATH } from '../oidc/oidc-providers';
import type { DevIdpAccountsRepository } from './dev-idp-accounts.repository';
import { renderAccountPicker, renderProblem } from './dev-idp.page';

const NEWCOMER_EMAIL = /^[^\s@<>"]{1,64}@[^\s@<>"]{1,190}\.[A-Za-z]{2,}$/;
const INTERACTION = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|abort))?$/;

/**
 * Serves the development identity provider under /dev/idp: its sign-in page (the interaction)
 * here, everything else (discovery, authorization, token, userinfo, end session) by the
 * provider itself, which is a Koa application answering Node's request and response.
 */
export function devIdpMiddleware(provider: Provider, accounts: DevIdpAccountsRepository) {
  const logger = new Logger('DevIdentityProvider');
  const handle = provider.callback();

  return (req: Request, res: Response, next: NextFunction): void => {
    const original = req.originalUrl;
    if (
      original !== DEV_IDP_PATH &&
      !original.startsWith(`${DEV_IDP_PATH}/`) &&
      !original.startsWith(`${DEV_IDP_PATH}?`)
    ) {
      next();
      return;
    }
    // The provider routes on the path below its issuer; Express may have cut the URL elsewhere.
    const below = original.slice(DEV_IDP_PATH.length) || '/';
    const path = below.split('?')[0];
    const interaction = INTERACTION.exec(path);
    if (interaction) {
      const [, uid, action] = interaction;
      void serveInteraction(provider, accounts, req, res, uid, action).catch((err: unknown) => {
        if (err instanceof errors.SessionNotFound) {
          sendPage(
            res,
            400,
            renderProblem('Sign-in expired', 'This sign-in page has expired. Go back and sign in again.'),
          );
          return;
        }
        logger.error(err);
        sendPage(
          res,
          500,
          renderProblem('Sign-in problem', 'Something went wrong. Go back and sign in again.'),
        );
      });
      return;
    }
    req.url = below;
    void handle(req, res);
  };
}

async function serveInteraction(
  provider: Provider,
  accounts: DevIdpAccountsRepository,
  req: Request,
  res: Response,
  uid: string,
  action: string | undefined,
): Promise<void> {
  const details = await provider.interactionDetails(req, res);
  if (details.uid !== uid) {
    sendPage(
      res,
      400,
      renderProblem('Sign-in expired', 'This sign-in page belongs to another attempt. Sign in again.'),
    );
    return;
  }
  const actionBase = `${DEV_IDP_PATH}/interaction/${uid}`;

  if (req.method === 'GET' && !action) {
    if (details.prompt.name === 'consent' && details.session?.accountId) {
      // Consent is implied for the platform, the only client (loadExistingGrant usually says so first).
      const grant = new provider.Grant({
        clientId: String(details.params.client_id),
        accountId: details.session.accountId,
      });
      grant.addOIDCScope(String(details.params.scope ?? 'openid'));
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId } },
        { mergeWithLastSubmission: true },
      );
      return;
    }
    sendPage(
      res,
      200,
      renderAccountPicker({
        actionBase,
        clientName: 'the CoP platform',
        accounts: await accounts.listSelectable(),
      }),
    );
    return;
  }
  if (req.method === 'POST' && action === 'abort') {
    await provider.interactionFinished(
      req,
      res,
      { error: 'access_denied', error_description: 'Sign-in cancelled.' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (req.method === 'POST' && action === 'login' && details.prompt.name === 'login') {
    const email = typeof req.body?.email === 'string' ? (req.body.email as string).trim() : '';
    const name = typeof req.body?.name === 'string' ? (req.body.name as string).trim() : '';
    let account = email ? await accounts.findByEmail(email) : null;
    // "Someone new": any well-formed address and a name, as a federated issuer's new user.
    if (!account && name && NEWCOMER_EMAIL.test(email) && name.length <= 200)
      account = accounts.registerNewcomer(email, name);
    if (!account) {
      sendPage(
        res,
        400,
        renderAccountPicker({
          actionBase,
          clientName: 'the CoP platform',
          accounts: await accounts.listSelectable(),
          error: name
            ? 'Give a name and a valid e-mail address.'
            : 'Pick one of the people listed, or give a name and an e-mail address.',
        }),
      );
      return;
    }
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: account.email } },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  sendPage(res, 405, renderProblem('Not allowed', 'Use the sign-in page.'));
}

function sendPage(res: Response, status: number, html: string): void {
  if (res.headersSent) return;
  res
    .status(status)
    .set({ 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' })
    .send(html);
}
