import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, DigestFrequency } from '@cop/identity';
import { DeliveryStats } from '@cop/newsletter';
import { DigestsService } from './digests.service';
import { DigestRun } from './models/digest-run.model';
import { DigestPeriod, DigestPreview } from './models/digest-preview.model';

@Resolver(() => DigestRun)
export class DigestsResolver {
  constructor(private readonly digests: DigestsService) {}

  @Query(() => [DigestRun])
  @Access('OFFICE')
  digestRuns(
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first: number,
  ): Promise<DigestRun[]> {
    return this.digests.list(first);
  }

  @Query(() => DigestPreview, {
    description:
      "OFFICE. The digest the person would get for the period runDigest(frequency) would compose now, through the real run's composition and visibility rules; nothing is sent or recorded.",
  })
  @Access('OFFICE')
  digestPreview(
    @Args('personId', { type: () => ID }) personId: string,
    @Args('frequency', { type: () => DigestFrequency }) frequency: DigestFrequency,
  ): Promise<DigestPreview> {
    return this.digests.preview(personId, frequency);
  }

  @Query(() => DigestPeriod, {
    description: 'OFFICE. The period runDigest(frequency) would run now, and its run if made already.',
  })
  @Access('OFFICE')
  digestPeriod(
    @Args('frequency', { type: () => DigestFrequency }) frequency: DigestFrequency,
  ): Promise<DigestPeriod> {
    return this.digests.period(frequency);
  }

  @Mutation(() => DigestRun, {
    description: 'OFFICE. The digest of the period that ended last; once per period.',
  })
  @Access('OFFICE')
  runDigest(
    @Args('frequency', { type: () => DigestFrequency }) frequency: DigestFrequency,
  ): Promise<DigestRun> {
    return this.digests.run(frequency);
  }

  @ResolveField(() => DeliveryStats)
  @Access('OFFICE')
  delivery(@Parent() run: DigestRun): Promise<DeliveryStats> {
    return this.digests.delivery(run);
  }
}
