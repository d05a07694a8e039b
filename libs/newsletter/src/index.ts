// @cop/newsletter: subscriptions (double opt-in), issues, their sending and links.
export { NewsletterModule, NewsletterJobsModule } from './newsletter.module';
export { NewsletterService } from './newsletter.service';
export { NewsletterBatchJob } from './jobs/newsletter-batch.job';
export { DeliveryStats, NewsletterIssue, NewsletterStatus } from './models/newsletter.model';
export { unsubscribeUrl, manageUrl } from './newsletter-mail';
export { newsletterSqlCases } from './newsletter.sql-cases';
