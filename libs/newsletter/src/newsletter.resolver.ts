import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { DateTimeScalar, EmailAddressScalar, MailPreview, NotFoundError, RateLimit } from '@cop/platform';
import {
  Access,
  CurrentScope,
  CurrentViewer,
  PeopleService,
  Person,
  type Scope,
  type Viewer,
  type ViewerRequest,
} from '@cop/identity';
import { NewsletterInput } from './inputs/newsletter.input';
import {
  DeliveryStats,
  NewsletterIssue,
  NewsletterIssueConnection,
  NewsletterSubscriberStats,
} from './models/newsletter.model';
import { NewsletterService } from './newsletter.service';

/** A subscription flood from one client address is refused (per API process). */
const SUBSCRIBE_LIMIT = new RateLimit('newsletter-subscribe', 20, 600);

@Resolver(() => NewsletterIssue)
export class NewsletterResolver {
  constructor(
    private readonly newsletter: NewsletterService,
    private readonly people: PeopleService,
  ) {}

  @Query(() => NewsletterIssueConnection)
  @Access('OFFICE')
  newsletterIssues(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<NewsletterIssueConnection> {
    return this.newsletter.page(first, after);
  }

  @Query(() => NewsletterIssue, { nullable: true })
  @Access('OFFICE')
  newsletterIssue(@Args('id', { type: () => ID }) id: string): Promise<NewsletterIssue | null> {
    return this.newsletter.issue(id);
  }

  @Query(() => NewsletterSubscriberStats)
  @Access('OFFICE')
  newsletterSubscribers(): Promise<NewsletterSubscriberStats> {
    return this.newsletter.subscriberStats();
  }

  @Query(() => MailPreview, {
    description:
      'OFFICE. The issue as a subscriber would receive it, from the same rendering as the real send; ' +
      'the unsubscribe link carries the placeholder token NEWSLETTER_UNSUBSCRIBE_TOKEN. Checks the ' +
      'input as draftNewsletter does; stores and sends nothing.',
  })
  @Access('OFFICE')
  newsletterPreview(@Args('input') input: NewsletterInput): Promise<MailPreview> {
    return this.newsletter.preview(input);
  }

  @Mutation(() => Boolean, {
    description:
      'ANYONE. Always true, whether or not the address is known; sends a confirmation link (double opt-in).',
  })
  @Access('ANYONE')
  async subscribeToNewsletter(
    @Args('email', { type: () => EmailAddressScalar }) email: string,
    @Context('req') req: ViewerRequest,
  ): Promise<boolean> {
    await SUBSCRIBE_LIMIT.consume(req.ip ?? 'unknown');
    return this.newsletter.subscribe(email);
  }

  @Mutation(() => NewsletterIssue)
  @Access('OFFICE')
  draftNewsletter(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: NewsletterInput,
  ): Promise<NewsletterIssue> {
    return this.newsletter.draft(viewer, input);
  }

  @Mutation(() => NewsletterIssue)
  @Access('OFFICE')
  updateNewsletter(
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: NewsletterInput,
  ): Promise<NewsletterIssue> {
    return this.newsletter.update(id, input);
  }

  @Mutation(() => NewsletterIssue, {
    description: 'OFFICE. Sends to every confirmed subscriber once; a second call changes nothing.',
  })
  @Access('OFFICE')
  sendNewsletter(
    @Args('id', { type: () => ID }) id: string,
    @Args('at', { type: () => DateTimeScalar, nullable: true }) at: Date | null,
  ): Promise<NewsletterIssue> {
    return this.newsletter.send(id, at ?? null);
  }

  @Mutation(() => Boolean)
  @Access('OFFICE')
  sendTestNewsletter(
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => EmailAddressScalar }) to: string,
  ): Promise<boolean> {
    return this.newsletter.sendTest(id, to);
  }

  @ResolveField(() => Person)
  @Access('OFFICE')
  async createdBy(@Parent() issue: NewsletterIssue, @CurrentScope() scope: Scope): Promise<Person> {
    const person = await this.people.load(scope.loaders, issue.createdById);
    if (!person) throw new NotFoundError('Person', issue.createdById);
    return this.people.toModel(person, scope.viewer);
  }

  @ResolveField(() => DeliveryStats)
  @Access('OFFICE')
  delivery(@Parent() issue: NewsletterIssue, @Context('req') req: ViewerRequest): Promise<DeliveryStats> {
    return this.newsletter.delivery(req, issue.id);
  }
}
