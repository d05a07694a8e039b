import { type AppConfig, renderEmail, type RenderedEmail } from '@cop/platform';
import { webPaths, webUrl } from '@cop/web-routes';
import { unsubscribeToken } from './newsletter-tokens';

/** The bases of the issue's links: the API's own routes (PUBLIC_URL) and the web app (WEB_URL). */
export type IssueLinkBases = Pick<AppConfig, 'publicUrl' | 'webUrl'>;

/**
 * Stands for the recipient's unsubscribe token while one rendering serves a whole batch; the
 * office's preview shows it in place of a token (nobody's real link).
 */
const TOKEN_SLOT = 'NEWSLETTER_UNSUBSCRIBE_TOKEN';

/** The API's unsubscribe page (and RFC 8058 one-click target), on PUBLIC_URL. */
export function unsubscribeUrl(publicUrl: string, token: string): string {
  return new URL(`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, publicUrl).toString();
}

/** The web app's e-mail settings page, on WEB_URL. */
export function manageUrl(webBase: string): string {
  return webUrl(webBase, webPaths.settingsEmail());
}

/**
 * An issue rendered once (MJML is the slow part), then personalised per recipient by putting
 * their unsubscribe token in the slot: tokens are base64url, safe in HTML, text and URLs.
 */
export class IssueMail {
  private constructor(
    readonly subject: string,
    private readonly rendered: RenderedEmail,
    private readonly links: IssueLinkBases,
    private readonly secret: string,
  ) {}

  static async render(
    issue: { subject: string; body: string },
    links: IssueLinkBases,
    secret: string,
    test = false,
  ): Promise<IssueMail> {
    const rendered = await renderEmail({
      subject: issue.subject,
      heading: issue.subject,
      paragraphs: test ? ['This is a test copy of a newsletter issue; it has not been sent yet.'] : [],
      bodyMarkdown: issue.body,
      footer: {
        reason: 'You receive this because you subscribed to the newsletter of the community.',
        manageUrl: manageUrl(links.webUrl),
        unsubscribeUrl: unsubscribeUrl(links.publicUrl, TOKEN_SLOT),
      },
    });
    return new IssueMail(test ? `[Test] ${issue.subject}` : issue.subject, rendered, links, secret);
  }

  /**
   * The message a subscriber gets, with the token slot left in the unsubscribe link: the
   * office's preview, from the same rendering the batch job personalises.
   */
  preview(): { subject: string; html: string; text: string } {
    return { subject: this.subject, html: this.rendered.html, text: this.rendered.text };
  }

  for(subscriberId: string | null): { html: string; text: string; listUnsubscribeUrl?: string } {
    if (!subscriberId) {
      // A test copy to an address that is no subscriber: no working unsubscribe link exists.
      const url = manageUrl(this.links.webUrl);
      const fill = (s: string) => s.split(unsubscribeUrl(this.links.publicUrl, TOKEN_SLOT)).join(url);
      return { html: fill(this.rendered.html), text: fill(this.rendered.text) };
    }
    const token = unsubscribeToken(this.secret, subscriberId);
    const fill = (s: string) => s.split(TOKEN_SLOT).join(token);
    return {
      html: fill(this.rendered.html),
      text: fill(this.rendered.text),
      listUnsubscribeUrl: unsubscribeUrl(this.links.publicUrl, token),
    };
  }
}
