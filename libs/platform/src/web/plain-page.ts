import type { Response } from 'express';
import { escapeHtml } from '../mail/email-layout';

/**
 * The few HTML pages the API renders itself (newsletter and digest links, a failed sign-in):
 * dressed like the web app (its top bar with the community's name, a white card on light grey,
 * system-ui, the primary blue) so a person arriving from a mail sees the same site. No script;
 * the styles are in the page, so these pages carry their own CSP instead of the app's.
 */
export interface PlainPage {
  title: string;
  /** Trusted HTML inside the card, under the heading: callers escape what they interpolate. */
  bodyHtml: string;
  /** The web app's home (WEB_URL), the top bar's link. */
  homeUrl: string;
  /** Shown in the top bar; "CoP platform" when unknown. */
  communityName?: string | null;
}

/** Close to the web app's theme (apps/web/src/theme.ts); the spec checks their contrast (WCAG AA). */
export const PLAIN_PAGE_COLOURS = {
  primary: '#1c5bb8',
  primaryHover: '#164a96',
  onPrimary: '#ffffff',
  text: '#1f2429',
  background: '#f1f3f5',
  card: '#ffffff',
  border: '#dee2e6',
} as const;

const C = PLAIN_PAGE_COLOURS;
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;background:${C.background};color:${C.text};font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;line-height:1.5}
.bar{background:${C.card};border-bottom:1px solid ${C.border};padding:0 1rem;height:60px;display:flex;align-items:center}
.bar a{color:${C.text};font-weight:700;text-decoration:none}
.bar a:hover{text-decoration:underline}
main{padding:2rem 1rem}
.card{max-width:34rem;margin:0 auto;background:${C.card};border:1px solid ${C.border};border-radius:8px;padding:1.5rem 2rem;box-shadow:0 1px 3px rgba(0,0,0,.08)}
h1{font-size:1.5rem;line-height:1.3;margin:0 0 1rem}
p{margin:0 0 1rem}
a{color:${C.primary}}
button,.button{display:inline-block;font:inherit;font-weight:600;background:${C.primary};color:${C.onPrimary};border:0;border-radius:8px;padding:.5rem 1.25rem;cursor:pointer;text-decoration:none}
button:hover,.button:hover{background:${C.primaryHover}}
a:focus-visible,button:focus-visible{outline:3px solid ${C.primary};outline-offset:2px}
`.trim();

/**
 * No script, no framing, forms only back to the API; the inline <style> is the one exception
 * (a hash would do too, but the style is built from constants and changes with them).
 */
export const PLAIN_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'";

export function renderPlainPage(page: PlainPage): string {
  const community = page.communityName?.trim() || 'CoP platform';
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${escapeHtml(page.title)} · ${escapeHtml(community)}</title><style>${STYLE}</style></head>` +
    `<body><header class="bar"><a href="${escapeHtml(page.homeUrl)}">${escapeHtml(community)}</a></header>` +
    `<main><div class="card"><h1>${escapeHtml(page.title)}</h1>${page.bodyHtml}</div></main></body></html>`
  );
}

/**
 * Sends the page, never cached. Referrer-Policy no-referrer: these pages' URLs hold tokens,
 * which a click on the top bar's link would otherwise hand to the next page.
 */
export function sendPlainPage(res: Response, status: number, page: PlainPage): void {
  res
    .status(status)
    .set('Cache-Control', 'no-store')
    .set('Referrer-Policy', 'no-referrer')
    .set('Content-Security-Policy', PLAIN_PAGE_CSP)
    .type('html')
    .send(renderPlainPage(page));
}
