import { Injectable, Logger } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';
import { CommunityRepository, MembershipsRepository, WorkingGroupsRepository } from '@cop/community';
import { PeopleRepository } from '@cop/identity';
import { NewsRepository } from '@cop/news';
import { UseCasesRepository } from '@cop/use-cases';
import { SurveysService } from '@cop/surveys';
import { DocumentsRepository } from '@cop/knowledge';
import { MeetingRepository } from '@cop/meetings';
import { InitiativesRepository } from '@cop/initiatives';
import { DEMO_EXTRA_SEATS, DEMO_MEMBERS } from './spectrum-members';
import { SPECTRUM_FAQ, SPECTRUM_NEWS } from './spectrum-news';
import { DEMO_PEOPLE } from './spectrum-people';
import { SPECTRUM_COMMUNITY } from './spectrum-community';
import { seedSpectrumUseCases } from './spectrum-use-cases';
import { seedSpectrumSurvey } from './spectrum-survey';
import { seedSpectrumDocuments } from './spectrum-documents';
import { seedSpectrumMeetings } from './spectrum-meetings';
import { seedSpectrumInitiatives } from './spectrum-initiatives';
import { SPECTRUM_WORKING_GROUPS } from './spectrum-working-groups';

/** Every demo person: the office, the chairs, a member, a newcomer, and the other members. */
export const ALL_DEMO_PEOPLE = [...DEMO_PEOPLE, ...DEMO_MEMBERS.map(({ groups: _groups, ...p }) => p)];

/** Seats by e-mail and group code: chairs from the groups, members from their lists. */
export function demoSeats(): { email: string; code: string; role: 'CHAIR' | 'MEMBER' }[] {
  return [
    ...SPECTRUM_WORKING_GROUPS.flatMap((g) =>
      g.chairs.map((email) => ({ email, code: g.code, role: 'CHAIR' as const })),
    ),
    ...Object.entries(DEMO_EXTRA_SEATS).flatMap(([email, codes]) =>
      codes.map((code) => ({ email, code, role: 'MEMBER' as const })),
    ),
    ...DEMO_MEMBERS.flatMap((m) =>
      m.groups.map((code) => ({ email: m.email, code, role: 'MEMBER' as const })),
    ),
  ];
}

/**
 * Loads the demo community (idempotent: every step looks its row up by a natural key first,
 * so running it twice changes nothing, and rows edited since are left alone).
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly tx: TransactionContext,
    private readonly communities: CommunityRepository,
    private readonly people: PeopleRepository,
    private readonly groups: WorkingGroupsRepository,
    private readonly seats: MembershipsRepository,
    private readonly news: NewsRepository,
    private readonly useCases: UseCasesRepository,
    private readonly surveys: SurveysService,
    private readonly documents: DocumentsRepository,
    private readonly meetings: MeetingRepository,
    private readonly initiatives: InitiativesRepository,
  ) {}

  async isSeeded(): Promise<boolean> {
    return (await this.communities.findTheCommunity()) !== null;
  }

  async seed(): Promise<void> {
    await this.tx.run(async () => {
      if (!(await this.communities.findTheCommunity())) {
        await this.communities.saveTheCommunity({
          ...SPECTRUM_COMMUNITY,
          description: SPECTRUM_COMMUNITY.description,
        });
      }
      const personIds = new Map<string, string>();
      for (const p of ALL_DEMO_PEOPLE) {
        const found =
          (await this.people.findByEmail(p.email)) ??
          (await this.people.insert({
            ...p,
            emailVerified: true,
            roleSource: p.role === 'GUEST' ? 'ADMISSION' : 'OFFICE',
          }));
        personIds.set(p.email, found.id);
      }

      const groupIds = new Map<string, string>();
      for (const g of SPECTRUM_WORKING_GROUPS) {
        const group =
          (await this.groups.findByCode(g.code)) ??
          (await this.groups.insert({
            code: g.code,
            name: g.name,
            description: g.description,
            joinPolicy: g.joinPolicy,
            seatLimit: null,
          }));
        groupIds.set(g.code, group.id);
        for (const name of g.topics) {
          if (await this.groups.topicNameTaken(group.id, name, null)) continue;
          await this.groups.insertTopic({ workingGroupId: group.id, name, description: null });
        }
      }

      // The seats arrive over the CoP's first year (a few a month), so the office's growth chart
      // replays a real history rather than one step.
      const since = new Date('2024-02-01T09:00:00Z');
      let n = 0;
      for (const s of demoSeats()) {
        const joined = new Date(since.getTime() + (n++ % 12) * 30 * 24 * 3600_000);
        const personId = personIds.get(s.email)!;
        const workingGroupId = groupIds.get(s.code)!;
        if (await this.seats.findSeat(personId, workingGroupId)) continue;
        const seat = await this.seats.insert({
          personId,
          workingGroupId,
          role: s.role,
          status: 'ACTIVE',
          requestedAt: joined,
          joinedAt: joined,
        });
        await this.seats.recordEvent(seat, 'ADDED', null, joined);
      }

      if ((await this.news.faqEntries()).length === 0) await this.news.replaceFaq(SPECTRUM_FAQ);
      const author = personIds.get('office@example.org')!;
      for (const n of SPECTRUM_NEWS) {
        if (await this.news.findByTitle(n.title)) continue;
        await this.news.insert({ ...n, authorId: author, workingGroupId: null });
      }

      await seedSpectrumSurvey(this.surveys);
      await seedSpectrumUseCases(this.useCases, this.people, this.groups);
      await seedSpectrumDocuments(this.documents, this.people, this.groups);
      await seedSpectrumMeetings(this.meetings, this.people, this.groups);
      await seedSpectrumInitiatives(this.initiatives, this.people, this.groups);
    });
    this.logger.log('demo community seeded');
  }
}
