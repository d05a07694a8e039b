import { Injectable, Logger } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';
import { scopeForPerson, type PlatformRoleValue } from '@cop/identity';
import { ExpertiseLevel, ExpertiseService, ExpertiseTermKind, ExpertiseVisibility } from '@cop/expertise';

/** The demo person who keeps their expertise PRIVATE (never found by it, nor suggested). */
export const DEMO_PRIVATE_EXPERTISE_EMAIL = 'ruud.mulder@example.org';

interface SeatRow {
  personId: string;
  role: PlatformRoleValue;
  email: string;
  domains: string[];
  seatRole: 'CHAIR' | 'MEMBER';
  topicIds: string[];
}

/**
 * The demo's expertise (issue 26), set through the expertise service as each person themself:
 * chairs KNOW their groups' topics, members know some and want to work on others (alternating),
 * and everyone knows their profile's domains. Visibility MEMBERS, except one person who keeps it
 * PRIVATE. Idempotent: a person who already chose a visibility is left alone.
 */
@Injectable()
export class ExpertiseDemoSeeder {
  private readonly logger = new Logger('ExpertiseDemoSeeder');

  constructor(
    private readonly tx: TransactionContext,
    private readonly expertise: ExpertiseService,
  ) {}

  async seed(): Promise<void> {
    await this.tx.run(async () => {
      // A seed reads the demo's seats and topics as they were just written.
      const seats = await this.tx.query<SeatRow>(
        sql`SELECT p.id AS "personId", p.role, p.email, p.domains, m.role AS "seatRole",
            coalesce(array_agg(t.id ORDER BY t.created_at, t.id) FILTER (WHERE t.id IS NOT NULL), '{}') AS "topicIds"
          FROM people p
          JOIN memberships m ON m.person_id = p.id AND m.status = 'ACTIVE'
          LEFT JOIN topics t ON t.working_group_id = m.working_group_id
          WHERE p.role IN ('MEMBER', 'OFFICE')
            AND NOT EXISTS (SELECT 1 FROM expertise_visibility ev WHERE ev.person_id = p.id)
          GROUP BY p.id, m.id
          ORDER BY lower(p.display_name), m.id`,
      );
      const anyone = scopeForPerson(null);
      const domainTerms = await this.expertise.terms(anyone, { kind: ExpertiseTermKind.DOMAIN, first: 100 });
      const termOfDomain = new Map(domainTerms.map((t) => [t.domain as string, t.id]));
      const topicTerms = await this.expertise.terms(anyone, { kind: ExpertiseTermKind.TOPIC, first: 100 });
      const termOfTopic = new Map(topicTerms.map((t) => [t.topicId as string, t.id]));

      const byPerson = new Map<string, SeatRow[]>();
      for (const s of seats) byPerson.set(s.personId, [...(byPerson.get(s.personId) ?? []), s]);
      let people = 0;
      for (const [personId, rows] of byPerson) {
        const entries = new Map<string, ExpertiseLevel>();
        for (const domain of rows[0].domains) {
          const id = termOfDomain.get(domain);
          if (id) entries.set(id, ExpertiseLevel.KNOWS);
        }
        for (const seat of rows) {
          const topics = seat.seatRole === 'CHAIR' ? seat.topicIds.slice(0, 4) : seat.topicIds.slice(0, 3);
          topics.forEach((topicId, i) => {
            const id = termOfTopic.get(topicId);
            if (!id) return;
            const level =
              seat.seatRole === 'CHAIR' || (i + people) % 2 === 0
                ? ExpertiseLevel.KNOWS
                : ExpertiseLevel.WANTS_TO_WORK_ON;
            // A term held through two groups keeps the stronger level.
            if (entries.get(id) !== ExpertiseLevel.KNOWS) entries.set(id, level);
          });
        }
        const visibility =
          rows[0].email === DEMO_PRIVATE_EXPERTISE_EMAIL
            ? ExpertiseVisibility.PRIVATE
            : ExpertiseVisibility.MEMBERS;
        await this.expertise.setMyExpertise(
          scopeForPerson({ personId, role: rows[0].role, via: 'session' }),
          { entries: [...entries].slice(0, 50).map(([termId, level]) => ({ termId, level })), visibility },
        );
        people += 1;
      }
      if (people) this.logger.log(`Seeded the expertise of ${people} people`);
    });
  }
}
