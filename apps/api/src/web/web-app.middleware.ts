import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import { sendPlainPage } from '@cop/platform';
import { isApiPath } from '@cop/web-routes';

/**
 * The web app's policy: scripts only from the app's own files (never inline), inline styles
 * allowed (Mantine sets them), data: images and fonts, GraphQL on the same origin, no framing.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

/** Vite's hashed file names change with their content: a year, never revalidated. */
const ASSET_MAX_AGE_MS = 365 * 24 * 3600 * 1000;
/** Files Vite copies to the root of the build (favicon.svg, robots.txt): one segment, not index.html. */
const ROOT_FILE = /^\/(?!index\.html$)[^/]+\.[A-Za-z0-9]+$/;

function appHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', WEB_APP_CSP);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
}

/** Every response of the process: browsers take the declared Content-Type, never a guess. */
export const noSniff: RequestHandler = (_req, res, next) => {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  next();
};

/**
 * `/assets/*`: the build's hashed files. A missing one is a 404, never index.html: a browser
 * holding an old page after a deploy must fail to load its script, not parse HTML as one.
 */
export function webAssets(distDir: string): RequestHandler[] {
  const files = express.static(join(distDir, 'assets'), {
    fallthrough: false,
    index: false,
    redirect: false,
    maxAge: ASSET_MAX_AGE_MS,
    immutable: true,
    setHeaders: appHeaders,
  });
  // express.static with fallthrough: false passes 404 (and 405 for other methods) on as errors.
  const refused: ErrorRequestHandler = (err: { status?: unknown }, _req, res, next) => {
    const status = typeof err?.status === 'number' ? err.status : 0;
    if (status < 400 || status >= 500) return next(err);
    res
      .status(status)
      .set('Cache-Control', 'no-store')
      .type('text')
      .send(status === 404 ? 'Not found' : 'Refused');
  };
  return [files, refused as unknown as RequestHandler];
}

/**
 * The app's pages: GET and HEAD requests that prefer HTML (a browser's navigation, not a script
 * accepting any type, or JSON) on any path that is not the API's own (`isApiPath`) get index.html,
 * read from disk each time (a new build is served at once) and revalidated (no-cache). The
 * build's other root files are served as they are. Everything else goes on to Nest's routes.
 * Without a build, a page says so (503) instead of a blank answer.
 */
export function webAppPages(distDir: string): RequestHandler {
  const rootFiles = express.static(distDir, {
    index: false,
    redirect: false,
    dotfiles: 'ignore',
    cacheControl: false,
    setHeaders: (res) => {
      appHeaders(res);
      res.setHeader('Cache-Control', 'no-cache');
    },
  });
  const indexFile = join(distDir, 'index.html');

  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path)) return next();
    const page = () => {
      // Any type (or no Accept) prefers JSON here: only a request that ranks HTML first is a page.
      if (req.accepts(['json', 'html']) !== 'html') return next();
      readFile(indexFile).then(
        (html) => {
          appHeaders(res);
          res.vary('Accept').set('Cache-Control', 'no-cache').type('html').send(html);
        },
        (err: NodeJS.ErrnoException) => {
          if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') return next(err);
          res.vary('Accept');
          sendPlainPage(res, 503, {
            title: 'The web app is not built',
            bodyHtml:
              '<p>This server has no build of the web app to serve. Run <code>npm run build</code> ' +
              '(it puts the app where <code>WEB_DIST_DIR</code> points) and reload.</p>' +
              '<p>The GraphQL API at <a href="/graphql">/graphql</a> works without it.</p>',
            homeUrl: '/',
          });
        },
      );
    };
    if (ROOT_FILE.test(req.path)) return rootFiles(req, res, (err?: unknown) => (err ? next(err) : page()));
    page();
  };
}
