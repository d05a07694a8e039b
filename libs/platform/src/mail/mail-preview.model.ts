import { Field, ObjectType } from '@nestjs/graphql';

/**
 * A message as the platform would send it, rendered by the one e-mail layout: what the office's
 * previews (a newsletter issue, a member's digest) show before anything is sent.
 */
@ObjectType({ description: 'An e-mail as it would be sent: its subject, HTML part and plain-text part.' })
export class MailPreview {
  @Field()
  subject: string;

  @Field({ description: 'The HTML part, from the same layout as the message sent; show it sandboxed.' })
  html: string;

  @Field()
  text: string;
}
