import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, DigestFrequency } from '@cop/identity';
import { DeliveryStats } from '@cop/newsletter';
import { DigestsService } from './digests.service';
import { DigestRun } from './models/digest-run.model';

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
