import mjml2html from 'mjml';
import { markdownToText, renderMarkdown } from '../markdown/markdown';

export interface EmailAction {
  label: string;
  /** Absolute http(s) URL, built on PUBLIC_URL. */
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
  actions?: EmailAction[];
  footer: {
    /** Why the recipient gets this message, e.g. "You receive this because you chair WG 3." */
    reason: string;
    manageUrl?: string;
    unsubscribeUrl?: string;
  };
}

export interface RenderedEmail {
  html: string;
  text: string;
}

const FONT = "-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif";

/**
 * The one layout of every e-mail: a responsive HTML part (MJML) and a plain-text part with the
 * same content and every link written out. mjml 5 renders asynchronously.
 */
export async function renderEmail(input: EmailLayoutInput): Promise<RenderedEmail> {
  const actions = input.actions ?? [];
  for (const action of actions) assertHttpUrl(action.url, `action "${action.label}"`);
  if (input.footer.manageUrl) assertHttpUrl(input.footer.manageUrl, 'footer.manageUrl');
  if (input.footer.unsubscribeUrl) assertHttpUrl(input.footer.unsubscribeUrl, 'footer.unsubscribeUrl');

  const { html, errors } = await mjml2html(emailMjml(input, actions), {
    validationLevel: 'strict',
    keepComments: false,
    // No web fonts: no request to a font host when the message is opened.
    fonts: {},
    minify: false,
    beautify: false,
  });
  if (errors?.length) throw new Error(`E-mail layout: ${errors.map((e) => e.formattedMessage).join('; ')}`);
  return { html, text: emailText(input, actions) };
}

function emailMjml(input: EmailLayoutInput, actions: EmailAction[]): string {
  const paragraphs = (input.paragraphs ?? [])
    .map((p) => `<mj-text>${escapeHtml(p).replace(/\r?\n/g, '<br />')}</mj-text>`)
    .join('\n');
  const markdown = input.bodyMarkdown
    ? `<mj-text css-class="md">${renderMarkdown(input.bodyMarkdown)}</mj-text>`
    : '';
  const buttons = actions
    .map((a) => `<mj-button href="${escapeHtml(a.url)}" align="left">${escapeHtml(a.label)}</mj-button>`)
    .join('\n');
  const footerLinks = [
    input.footer.manageUrl &&
      `<a href="${escapeHtml(input.footer.manageUrl)}">Manage your e-mail settings</a>`,
    input.footer.unsubscribeUrl && `<a href="${escapeHtml(input.footer.unsubscribeUrl)}">Unsubscribe</a>`,
  ].filter(Boolean);

  return `<mjml lang="en">
  <mj-head>
    <mj-title>${escapeHtml(input.subject)}</mj-title>
    ${input.preheader ? `<mj-preview>${escapeHtml(input.preheader)}</mj-preview>` : ''}
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="15px" line-height="1.55" color="#1f2933" padding="6px 24px" />
      <mj-button background-color="#1d4ed8" color="#ffffff" font-size="15px" font-weight="600" border-radius="4px" inner-padding="10px 18px" padding="10px 24px" />
    </mj-attributes>
    <mj-style inline="inline">
      .md a, .footer a { color: #1d4ed8; }
      .md h1, .md h2, .md h3, .md h4 { margin: 16px 0 8px; line-height: 1.3; }
      .md p, .md ul, .md ol { margin: 0 0 12px; }
      .md blockquote { margin: 0 0 12px; padding-left: 12px; border-left: 3px solid #d1d5db; color: #4b5563; }
      .md pre { margin: 0 0 12px; padding: 10px 12px; background: #f3f4f6; border-radius: 4px; white-space: pre-wrap; }
      .md code { font-family: Menlo, Consolas, monospace; font-size: 13px; }
      .md table { border-collapse: collapse; margin: 0 0 12px; }
      .md th, .md td { border: 1px solid #d1d5db; padding: 4px 8px; text-align: left; }
      .md img { max-width: 100%; height: auto; }
    </mj-style>
  </mj-head>
  <mj-body background-color="#f4f5f7" width="600px">
    <mj-section padding="24px 0 0" />
    <mj-section background-color="#ffffff" padding="20px 0" border-radius="6px">
      <mj-column>
        <mj-text font-size="22px" font-weight="700" line-height="1.3" padding="6px 24px 12px"><h1 style="margin:0;font-size:22px;font-weight:700;">${escapeHtml(input.heading)}</h1></mj-text>
        ${paragraphs}
        ${markdown}
        ${buttons}
      </mj-column>
    </mj-section>
    <mj-section padding="12px 0 24px">
      <mj-column>
        <mj-text css-class="footer" font-size="12px" line-height="1.5" color="#6b7280">${escapeHtml(input.footer.reason)}${
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
