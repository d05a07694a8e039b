import { PlatformFoundation1763780000000 } from './1763780000000-platform-foundation';
import { Identity1763790000000 } from './1763790000000-identity';
import { Community1763800000000 } from './1763800000000-community';
import { Surveys1763810000000 } from './1763810000000-surveys';
import { UseCases1763820000000 } from './1763820000000-use-cases';
import { Meetings1763840000000 } from './1763840000000-meetings';
import { Knowledge1763830000000 } from './1763830000000-knowledge';
import { Newsletter1763850000000 } from './1763850000000-newsletter';
import { Digests1763860000000 } from './1763860000000-digests';
import { KnowledgeSearch1764000000000 } from './1764000000000-knowledge-search';
import { SurveyBitmaps1764100000000 } from './1764100000000-survey-bitmaps';
import { DigestSchedule1764200000000 } from './1764200000000-digest-schedule';
import { GroupDocumentOrder1764300000000 } from './1764300000000-group-document-order';
import { DocumentLinksAndDeletions1764400000000 } from './1764400000000-document-links-and-deletions';
import { NewsletterTestSends1764500000000 } from './1764500000000-newsletter-test-sends';
import { NewsletterMemberSubscribers1764600000000 } from './1764600000000-newsletter-member-subscribers';
import { PeopleSearch1764610000000 } from './1764610000000-people-search';
import { Reports1764700000000 } from './1764700000000-reports';
import { Expertise1764800000000 } from './1764800000000-expertise';
import { Privacy1764800100000 } from './1764800100000-privacy';
import { AgendaPresenter1764800200000 } from './1764800200000-agenda-presenter';
import { InProcessQueue1764900000000 } from './1764900000000-in-process-queue';
import { ResponseCacheNotify1765000000000 } from './1765000000000-response-cache-notify';
import { CommunityShortName1765100000000 } from './1765100000000-community-short-name';

/** Every migration, in order. Listed by hand so the build, the CLI and the tests agree. */
export const MIGRATIONS = [
  PlatformFoundation1763780000000,
  Identity1763790000000,
  Community1763800000000,
  Surveys1763810000000,
  UseCases1763820000000,
  Knowledge1763830000000,
  Meetings1763840000000,
  Newsletter1763850000000,
  Digests1763860000000,
  KnowledgeSearch1764000000000,
  SurveyBitmaps1764100000000,
  DigestSchedule1764200000000,
  GroupDocumentOrder1764300000000,
  DocumentLinksAndDeletions1764400000000,
  NewsletterTestSends1764500000000,
  NewsletterMemberSubscribers1764600000000,
  PeopleSearch1764610000000,
  Reports1764700000000,
  Expertise1764800000000,
  Privacy1764800100000,
  AgendaPresenter1764800200000,
  InProcessQueue1764900000000,
  ResponseCacheNotify1765000000000,
  CommunityShortName1765100000000,
];
