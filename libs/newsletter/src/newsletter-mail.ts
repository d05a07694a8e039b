import { renderEmail, type RenderedEmail } from '@cop/platform';
import { unsubscribeToken } from './newsletter-tokens';

/** Stands for the recipient's unsubscribe token while one rendering serves a whole batch. */
const TOKEN_SLOT = 'NEWSLETTER_UNSUBSCRIBE_TOKEN';

export function unsubscribeUrl(publicUrl: string, token: string): string {
  return new URL(`/newsletter/unsubscribe?token=${encodeURIComponent(token)}`, publicUrl).toString();
}

export function manageUrl(publicUrl: string): string {
  return new URL('/settings/email', publicUrl).toString();
}

/**
 * An issue rendered once (MJML is the slow part), then personalised per recipient by putting
 * their unsubscribe token in the slot: tokens are base64url, safe in HTML, text and URLs.
 */
export class IssueMail {
  private constructor(
    readonly subject: string,
    private readonly rendered: RenderedEmail,
    private readonly publicUrl: string,
    private readonly secret: string,
  ) {}

  static async render(
    issue: { subject: string; body: string },
    publicUrl: string,
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
        manageUrl: manageUrl(publicUrl),
        unsubscribeUrl: unsubscribeUrl(publicUrl, TOKEN_SLOT),
      },
    });
    return new IssueMail(test ? `[Test] ${issue.subject}` : issue.subject, rendered, publicUrl, secret);
  }

  for(subscriberId: string | null): { html: string; text: string; listUnsubscribeUrl?: string } {
    if (!subscriberId) {
      // A test copy to an address that is no subscriber: no working unsubscribe link exists.
      const url = manageUrl(this.publicUrl);
      const fill = (s: string) => s.split(unsubscribeUrl(this.publicUrl, TOKEN_SLOT)).join(url);
      return { html: fill(this.rendered.html), text: fill(this.rendered.text) };
    }
    const token = unsubscribeToken(this.secret, subscriberId);
    const fill = (s: string) => s.split(TOKEN_SLOT).join(token);
    return {
      html: fill(this.rendered.html),
      text: fill(this.rendered.text),
      listUnsubscribeUrl: unsubscribeUrl(this.publicUrl, token),
    };
  }
}
