import { Module, type OnModuleInit } from '@nestjs/common';
import { CommunityModule } from '@cop/community';
import { IdentityModule, PeopleService } from '@cop/identity';
import { NewsletterBatchJob } from './jobs/newsletter-batch.job';
import { NewsletterConfirmationJob } from './jobs/newsletter-confirmation.job';
import { NewsletterFanOutJob } from './jobs/newsletter-fan-out.job';
import { NewsletterStartScheduledJob } from './jobs/newsletter-start-scheduled.job';
import { NewsletterTestJob } from './jobs/newsletter-test.job';
import { NewsletterLinksController } from './newsletter-links.controller';
import { NewsletterRepository } from './newsletter.repository';
import { NewsletterResolver } from './newsletter.resolver';
import { NewsletterService } from './newsletter.service';
import { NewsletterPersonalData } from './personal-data';

/** Subscriptions, issues and their links (API side). */
@Module({
  imports: [IdentityModule, CommunityModule],
  controllers: [NewsletterLinksController],
  providers: [NewsletterRepository, NewsletterService, NewsletterResolver, NewsletterPersonalData],
  exports: [NewsletterService],
})
export class NewsletterModule implements OnModuleInit {
  constructor(
    private readonly people: PeopleService,
    private readonly newsletter: NewsletterService,
  ) {}

  /** A member's NotificationSettings.newsletter is their subscription: identity tells us of changes. */
  onModuleInit(): void {
    this.people.onNewsletterSettingChange((personId, subscribed) =>
      this.newsletter.setMemberSubscription(personId, subscribed),
    );
  }
}

/** The newsletter's job handlers, for the worker. */
@Module({
  providers: [
    NewsletterRepository,
    NewsletterService,
    NewsletterConfirmationJob,
    NewsletterStartScheduledJob,
    NewsletterFanOutJob,
    NewsletterBatchJob,
    NewsletterTestJob,
  ],
})
export class NewsletterJobsModule {}
