import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConfigError } from '@cop/platform';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import {
  RequirementEntity,
  UseCaseEntity,
  UseCaseExpertEntity,
  UseCaseWorkingGroupEntity,
} from './use-case.entity';
import { UseCasesRepository } from './use-cases.repository';
import { UseCasesResolver } from './use-cases.resolver';
import { USE_CASE_PART_MAX_CHARS, UseCasesService } from './use-cases.service';
import { DEFAULT_PART_MAX_CHARS } from './use-case-rules';

/**
 * USE_CASE_PART_MAX_CHARS in the environment overrides the 1,000,000-character limit of a
 * template part; a bad value stops the start, like every other setting.
 */
function partMaxChars(): number {
  const raw = process.env.USE_CASE_PART_MAX_CHARS?.trim();
  if (!raw) return DEFAULT_PART_MAX_CHARS;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1)
    throw new ConfigError([`USE_CASE_PART_MAX_CHARS: must be an integer >= 1 (got "${raw}")`]);
  return n;
}

/** The compendium of use cases (API side). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      UseCaseEntity,
      UseCaseWorkingGroupEntity,
      UseCaseExpertEntity,
      RequirementEntity,
    ]),
    IdentityModule,
    CommunityModule,
  ],
  providers: [
    UseCasesRepository,
    UseCasesService,
    UseCasesResolver,
    { provide: USE_CASE_PART_MAX_CHARS, useFactory: partMaxChars },
  ],
  exports: [UseCasesService, UseCasesRepository],
})
export class UseCasesModule {}
