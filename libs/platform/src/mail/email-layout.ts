import type juiceType from 'juice';
import type mjmlType from 'mjml';
import { markdownToText, renderMarkdown } from '../markdown/markdown';

export interface EmailAction {
  label: string;
  /** Absolute http(s) URL: a page of the web app on WEB_URL, or an API route on PUBLIC_URL. */
  url: string;
}

export interface EmailLayoutInput {
  subject: string;
  /** The line mail clients show after the subject in the inbox. */
  preheader?: string;
  heading: string;
  /** Plain text, escaped; a line break inside one is kept. */
  paragraphs?: string[];
  /** User-written markdown, rendered and sanitised. */
  bodyMarkdown?: string;
  /** Lists under headings, from code rather than users (no markdown pass: cheap for bulk mail). */
  lists?: EmailList[];
  actions?: EmailAction[];
  footer: {
    /** Why the recipient gets this message, e.g. "You receive this because you chair WG 3." */
    reason: string;
    manageUrl?: string;
    unsubscribeUrl?: string;
  };
}

/** A heading and its items; an item is plain text with an optional link between prefix and suffix. */
export interface EmailList {
  heading: string;
  items: { prefix?: string; text: string; url?: string; suffix?: string }[];
}

export interface RenderedEmail {
  html: string;
  text: string;
}

const FONT = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/**
 * The one layout of every e-mail: a responsive HTML part (MJML) and a plain-text part with the
 * same content and every link written out.
 *
 * MJML (parse, render, inline the CSS with juice) costs tens of milliseconds a message, too much
 * for a digest to 10,000 members. So MJML renders each shape of the layout (how many paragraphs
 * and actions, which optional parts) once per process, with a slot token for every value; a
 * message fills the slots with its escaped values, and its markdown is inlined with the same
 * CSS by juice on its own (MJML's own step, on a fragment). The spec checks both ways agree.
 */
export async function renderEmail(input: EmailLayoutInput): Promise<RenderedEmail> {
  const parts = layoutParts(input);
  const shape = [
    parts.paragraphs.length,
    parts.actions.length,
    parts.preheader !== null,
    parts.bodyHtml !== null,
    parts.listsHtml !== null,
    parts.manageUrl !== null,
    parts.unsubscribeUrl !== null,
  ].join('|');
  let skeleton = skeletons.get(shape);
  if (!skeleton) {
    skeleton = mjmlToHtml(emailMjml(slotted(parts)));
    skeletons.set(shape, skeleton);
    skeleton.catch(() => skeletons.delete(shape));
  }
  const values = slotValues(parts);
  const html = (await skeleton).replace(SLOT_PATTERN, (_, i: string) => values[Number(i)]);
  return { html, text: emailText(input, input.actions ?? []) };
}

/** The same message rendered by MJML in full (no skeleton): the reference the spec compares with. */
export async function renderEmailWithMjml(input: EmailLayoutInput): Promise<RenderedEmail> {
  const parts = layoutParts(input);
  return { html: await mjmlToHtml(emailMjml(parts)), text: emailText(input, input.actions ?? []) };
}

/** The layout's values as HTML, escaped (markdown rendered and sanitised); null: the part is absent. */
interface LayoutParts {
  subject: string;
  preheader: string | null;
  heading: string;
  paragraphs: string[];
  bodyHtml: string | null;
  listsHtml: string | null;
  actions: { label: string; url: string }[];
  reason: string;
  manageUrl: string | null;
  unsubscribeUrl: string | null;
}

function layoutParts(input: EmailLayoutInput): LayoutParts {
  const actions = input.actions ?? [];
  for (const action of actions) assertHttpUrl(action.url, `action "${action.label}"`);
  for (const list of input.lists ?? [])
    for (const item of list.items) if (item.url) assertHttpUrl(item.url, `list item "${item.text}"`);
  if (input.footer.manageUrl) assertHttpUrl(input.footer.manageUrl, 'footer.manageUrl');
  if (input.footer.unsubscribeUrl) assertHttpUrl(input.footer.unsubscribeUrl, 'footer.unsubscribeUrl');
  return {
    subject: escapeHtml(input.subject),
    preheader: input.preheader ? escapeHtml(input.preheader) : null,
    heading: escapeHtml(input.heading),
    // <br>, not <br />: what MJML's serialiser writes.
    paragraphs: (input.paragraphs ?? []).map((p) => escapeHtml(p).replace(/\r?\n/g, '<br>')),
    // Trimmed, as MJML trims the content of an mj-text.
    bodyHtml: input.bodyMarkdown ? renderMarkdown(input.bodyMarkdown).trim() : null,
    listsHtml: input.lists?.length ? listsHtml(input.lists) : null,
    actions: actions.map((a) => ({ label: escapeHtml(a.label), url: escapeHtml(a.url) })),
    reason: escapeHtml(input.footer.reason),
    manageUrl: input.footer.manageUrl ? escapeHtml(input.footer.manageUrl) : null,
    unsubscribeUrl: input.footer.unsubscribeUrl ? escapeHtml(input.footer.unsubscribeUrl) : null,
  };
}

const skeletons = new Map<string, Promise<string>>();
const SLOT_PATTERN = /copslot(\d+)x/g;
const BODY_SLOT = 3;
const slotOrder = (p: LayoutParts): (string | null)[] => [
  p.subject,
  p.preheader,
  p.heading,
  p.bodyHtml,
  p.reason,
  p.manageUrl,
  p.unsubscribeUrl,
  ...p.paragraphs,
  ...p.actions.flatMap((a) => [a.label, a.url]),
  p.listsHtml,
];

/** The parts with each present value replaced by its slot token (letters and digits: MJML keeps them). */
function slotted(p: LayoutParts): LayoutParts {
  let n = 0;
  const slot = <T extends string | null>(v: T): T => (v === null ? v : (`copslot${n++}x` as T));
  return {
    subject: slot(p.subject),
    preheader: slot(p.preheader),
    heading: slot(p.heading),
    bodyHtml: slot(p.bodyHtml),
    reason: slot(p.reason),
    manageUrl: slot(p.manageUrl),
    unsubscribeUrl: slot(p.unsubscribeUrl),
    paragraphs: p.paragraphs.map(slot),
    actions: p.actions.map((a) => ({ label: slot(a.label), url: slot(a.url) })),
    listsHtml: slot(p.listsHtml),
  };
}

// The inline styles INLINE_CSS gives these elements under .md, written out (juice would add the same).
const LIST_STYLE = {
  h2: 'margin: 16px 0 8px; line-height: 1.3;',
  ul: 'margin: 0 0 12px;',
  a: 'color: #1d4ed8;',
};

function listsHtml(lists: EmailList[]): string {
  return lists
    .map(
      (list) =>
        `<h2 style="${LIST_STYLE.h2}">${escapeHtml(list.heading)}</h2>\n<ul style="${LIST_STYLE.ul}">\n${list.items
          .map((item) => {
            const text = escapeHtml(item.text);
            const linked = item.url
              ? `<a href="${escapeHtml(item.url)}" style="${LIST_STYLE.a}">${text}</a>`
              : text;
            return `<li>${escapeHtml(item.prefix ?? '')}${linked}${escapeHtml(item.suffix ?? '')}</li>`;
          })
          .join('\n')}\n</ul>`,
    )
    .join('\n');
}

function listsText(lists: EmailList[]): string {
  return lists
    .map(
      (list) =>
        `${list.heading}\n\n${list.items
          .map((i) => `- ${i.prefix ?? ''}${i.text}${i.url ? ` (${i.url})` : ''}${i.suffix ?? ''}`)
          .join('\n')}`,
    )
    .join('\n\n');
}

/** The values in slot order; the markdown's HTML gets the layout's inline CSS as MJML would give it. */
function slotValues(p: LayoutParts): string[] {
  return slotOrder(p)
    .map((v, i) => (i === BODY_SLOT && v !== null ? inlineMarkdownCss(v) : v))
    .filter((v): v is string => v !== null);
}

/*
 * MJML and juice are loaded on the first message, not at start: together about 90 MB of memory
 * that an API process which never renders an e-mail would carry (issue 10's RSS target).
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const juice = (...args: Parameters<typeof juiceType>) => (require('juice') as typeof juiceType)(...args);
const mjml2html = (...args: Parameters<typeof mjmlType>) => (require('mjml') as typeof mjmlType)(...args);
/* eslint-enable @typescript-eslint/no-require-imports */

function inlineMarkdownCss(html: string): string {
  // The options MJML gives juice.
  const wrapped = juice(`<div class="md">${html}</div>`, {
    applyStyleTags: false,
    extraCss: INLINE_CSS,
    insertPreservedExtraCss: false,
    removeStyleTags: false,
  });
  return wrapped.replace(/^<div class="md">/, '').replace(/<\/div>$/, '');
}

async function mjmlToHtml(mjml: string): Promise<string> {
  const { html, errors } = await mjml2html(mjml, {
    validationLevel: 'strict',
    keepComments: false,
    // No web fonts: no request to a font host when the message is opened.
    fonts: {},
    minify: false,
    beautify: false,
  });
  if (errors?.length) throw new Error(`E-mail layout: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  return html;
}

// Inlined into the elements by MJML (mj-style inline) and, for a skeleton's markdown, by juice.
const INLINE_CSS = `
      .md a, .footer a { color: #1d4ed8; }
      .md h1, .md h2, .md h3, .md h4 { margin: 16px 0 8px; line-height: 1.3; }
      .md p, .md ul, .md ol { margin: 0 0 12px; }
      .md blockquote { margin: 0 0 12px; padding-left: 12px; border-left: 3px solid #d1d5db; color: #4b5563; }
      .md pre { margin: 0 0 12px; padding: 10px 12px; background: #f3f4f6; border-radius: 4px; white-space: pre-wrap; }
      .md code { font-family: Menlo, Consolas, monospace; font-size: 13px; }
      .md table { border-collapse: collapse; margin: 0 0 12px; }
      .md th, .md td { border: 1px solid #d1d5db; padding: 4px 8px; text-align: left; }
      .md img { max-width: 100%; height: auto; }
    `;

function emailMjml(p: LayoutParts): string {
  const paragraphs = p.paragraphs.map((html) => `<mj-text>${html}</mj-text>`).join('\n');
  const markdown = p.bodyHtml !== null ? `<mj-text css-class="md">${p.bodyHtml}</mj-text>` : '';
  const lists = p.listsHtml !== null ? `<mj-text css-class="md">${p.listsHtml}</mj-text>` : '';
  const buttons = p.actions
    .map((a) => `<mj-button href="${a.url}" align="left">${a.label}</mj-button>`)
    .join('\n');
  const footerLinks = [
    p.manageUrl !== null && `<a href="${p.manageUrl}">Manage your e-mail settings</a>`,
    p.unsubscribeUrl !== null && `<a href="${p.unsubscribeUrl}">Unsubscribe</a>`,
  ].filter(Boolean);

  return `<mjml lang="en">
  <mj-head>
    <mj-title>${p.subject}</mj-title>
    ${p.preheader !== null ? `<mj-preview>${p.preheader}</mj-preview>` : ''}
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="15px" line-height="1.55" color="#1f2933" padding="6px 24px" />
      <mj-button background-color="#1d4ed8" color="#ffffff" font-size="15px" font-weight="600" border-radius="4px" inner-padding="10px 18px" padding="10px 24px" />
    </mj-attributes>
    <mj-style inline="inline">${INLINE_CSS}    </mj-style>
  </mj-head>
  <mj-body background-color="#f4f5f7" width="600px">
    <mj-section padding="24px 0 0" />
    <mj-section background-color="#ffffff" padding="20px 0" border-radius="6px">
      <mj-column>
        <mj-text font-size="22px" font-weight="700" line-height="1.3" padding="6px 24px 12px"><h1 style="margin:0;font-size:22px;font-weight:700;">${p.heading}</h1></mj-text>
        ${paragraphs}
        ${markdown}
        ${lists}
        ${buttons}
      </mj-column>
    </mj-section>
    <mj-section padding="12px 0 24px">
      <mj-column>
        <mj-text css-class="footer" font-size="12px" line-height="1.5" color="#6b7280">${p.reason}${
          footerLinks.length ? `<br />${footerLinks.join(' &middot; ')}` : ''
        }</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

function emailText(input: EmailLayoutInput, actions: EmailAction[]): string {
  const blocks: string[] = [input.heading];
  for (const p of input.paragraphs ?? []) blocks.push(p);
  if (input.bodyMarkdown) blocks.push(markdownToText(input.bodyMarkdown));
  if (input.lists?.length) blocks.push(listsText(input.lists));
  if (actions.length) blocks.push(actions.map((a) => `${a.label}: ${a.url}`).join('\n'));
  const footer = [input.footer.reason];
  if (input.footer.manageUrl) footer.push(`Manage your e-mail settings: ${input.footer.manageUrl}`);
  if (input.footer.unsubscribeUrl) footer.push(`Unsubscribe: ${input.footer.unsubscribeUrl}`);
  // "-- " is the conventional signature separator, which clients fold away.
  blocks.push(`-- \n${footer.join('\n')}`);
  return `${blocks.filter((b) => b.trim() !== '').join('\n\n')}\n`;
}

function assertHttpUrl(url: string, what: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`E-mail layout: ${what} is not an absolute URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`E-mail layout: ${what} must be http or https: ${url}`);
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
