import { Args, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, CurrentScope, ViewerModel, type Scope, type SignedInScope } from '@cop/identity';
import {
  AccountErasure,
  DataExport,
  DataRequestRecordConnection,
  ErasureBlocker,
} from './models/privacy.model';
import { PrivacyService } from './privacy.service';

/** The viewer's own data: exports, a pending erasure and what blocks one. */
@Resolver(() => ViewerModel)
export class ViewerPrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @ResolveField(() => [DataExport], { description: "The viewer's data exports, newest first." })
  @Access('SIGNED_IN')
  dataExports(@CurrentScope() scope: Scope): Promise<DataExport[]> {
    return this.privacy.dataExportsOf(scope as SignedInScope);
  }

  @ResolveField(() => AccountErasure, {
    nullable: true,
    description: 'The pending erasure of the account, or null.',
  })
  @Access('SIGNED_IN')
  accountErasure(@CurrentScope() scope: Scope): Promise<AccountErasure | null> {
    return this.privacy.accountErasureOf(scope as SignedInScope);
  }

  @ResolveField(() => [ErasureBlocker], {
    description:
      'Why the account cannot be erased now ([] when it can): the last chair of a group, the last office.',
  })
  @Access('SIGNED_IN')
  erasureBlockers(@CurrentScope() scope: Scope): Promise<ErasureBlocker[]> {
    return this.privacy.erasureBlockersOf(scope as SignedInScope);
  }
}

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => DataRequestRecordConnection, {
    description:
      'OFFICE: every export and erasure, newest first: who, when and the outcome, never the content.',
  })
  @Access('OFFICE')
  dataRequests(
    @CurrentScope() scope: Scope,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first: number,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<DataRequestRecordConnection> {
    return this.privacy.dataRequests(scope, first, after);
  }

  @Mutation(() => DataExport, {
    description:
      'Asks for a ZIP of all one holds on the platform; the worker makes it and mails a single-use link valid 7 days. One pending at a time (CONFLICT).',
  })
  @Access('SIGNED_IN')
  requestDataExport(@CurrentScope() scope: Scope): Promise<DataExport> {
    return this.privacy.requestDataExport(scope as SignedInScope);
  }

  @Mutation(() => AccountErasure, {
    description:
      "Asks for the account's erasure after a 7-day grace period (signing in cancels it). confirmEmail must be the account's e-mail address (BAD_USER_INPUT, field confirmEmail); the last chair of a group or the last office is refused (CONFLICT naming why).",
  })
  @Access('SIGNED_IN')
  requestAccountErasure(
    @CurrentScope() scope: Scope,
    @Args('confirmEmail') confirmEmail: string,
  ): Promise<AccountErasure> {
    return this.privacy.requestAccountErasure(scope as SignedInScope, confirmEmail);
  }

  @Mutation(() => Boolean, {
    description: 'Cancels a pending erasure of the account; false when none was pending.',
  })
  @Access('SIGNED_IN')
  cancelAccountErasure(@CurrentScope() scope: Scope): Promise<boolean> {
    return this.privacy.cancelAccountErasure(scope as SignedInScope);
  }
}
