import { Injectable, Logger } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';
import { CommunityRepository } from '@cop/community';
import { PeopleRepository } from '@cop/identity';
import { DEMO_PEOPLE } from './spectrum-people';
import { SPECTRUM_COMMUNITY } from './spectrum-community';

/**
 * Loads the demo community (idempotent: every step upserts by a natural key, so running it
 * twice changes nothing). Each domain issue adds its part here.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly tx: TransactionContext,
    private readonly communities: CommunityRepository,
    private readonly people: PeopleRepository,
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
      for (const p of DEMO_PEOPLE) {
        if (await this.people.findByEmail(p.email)) continue;
        await this.people.insert({
          ...p,
          emailVerified: true,
          roleSource: p.role === 'GUEST' ? 'ADMISSION' : 'OFFICE',
        });
      }
    });
    this.logger.log('demo community seeded');
  }
}
