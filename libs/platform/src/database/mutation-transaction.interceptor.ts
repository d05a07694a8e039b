import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { Observable, from, lastValueFrom } from 'rxjs';
import { TransactionContext } from './transaction-context';

/**
 * One transaction per GraphQL mutation field: everything the mutation writes, outbox rows
 * included, commits together or not at all.
 */
@Injectable()
export class MutationTransactionInterceptor implements NestInterceptor {
  constructor(private readonly tx: TransactionContext) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType<string>() !== 'graphql') return next.handle();
    const info = GqlExecutionContext.create(context).getInfo<GraphQLResolveInfo>();
    const isRootMutation = info.parentType.name === info.schema.getMutationType()?.name;
    if (!isRootMutation) return next.handle();
    return from(this.tx.run(() => lastValueFrom(next.handle(), { defaultValue: undefined })));
  }
}
