import 'reflect-metadata';
import { type INestApplication, Injectable, Module, type NestMiddleware } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import {
  Field,
  GraphQLModule,
  ObjectType,
  Query,
  ResolveField,
  Resolver,
  type FieldMiddleware,
} from '@nestjs/graphql';
import type { NextFunction, Response } from 'express';
import { Access, type GqlContext, type ViewerRequest, enforceFieldAccess } from '@cop/identity';
import { FIELD_MIDDLEWARE_METADATA, RESOLVE_PROPERTY_METADATA } from '../../libs/identity/src/field-access';
import { formatGraphQLError } from '@cop/platform';

// Field resolvers run without guards (fieldResolverEnhancers: []); enforceFieldAccess gives the
// non-ANYONE ones a field middleware. This checks it on a small GraphQL application of its own,
// where an ANYONE root leads to fields of every level (the real schema's roots are at least as
// strict as their fields, so there the middleware is a second line).

@ObjectType()
class Thing {
  @Field()
  name!: string;
}

@Resolver(() => Thing)
class ThingResolver {
  calls = 0;

  @Query(() => Thing)
  @Access('ANYONE')
  thing(): Thing {
    return { name: 'thing' };
  }

  @ResolveField(() => String)
  @Access('ANYONE')
  open(thing: Thing, _args: unknown, ctx: GqlContext): string {
    return `${thing.name} for ${ctx.req.viewer?.role ?? 'anyone'}`;
  }

  @ResolveField(() => String)
  @Access('MEMBER')
  membersOnly(): string {
    this.calls++;
    return 'secret';
  }

  @ResolveField(() => String)
  @Access('OFFICE')
  officeOnly(): string {
    this.calls++;
    return 'office';
  }
}

@Resolver(() => Thing)
@Access('SIGNED_IN')
class SignedInThingResolver {
  @ResolveField(() => String)
  signedIn(): string {
    return 'signed in';
  }
}

@Resolver(() => Thing)
class UnruledResolver {
  @ResolveField(() => String)
  unruled(): string {
    return 'nobody should see this';
  }
}

/** The caller's role from a header, in place of the session middleware. */
@Injectable()
class RoleFromHeader implements NestMiddleware {
  use(req: ViewerRequest, _res: Response, next: NextFunction): void {
    const role = req.headers['x-role'];
    if (role === 'MEMBER' || role === 'OFFICE' || role === 'GUEST') {
      req.viewer = { personId: '00000000-0000-4000-8000-000000000001', role, via: 'session' };
    }
    if (req.headers['x-bad-token']) req.authError = 'The access token is not valid.';
    next();
  }
}

async function appWith(resolvers: unknown[]): Promise<INestApplication> {
  @Module({})
  class ProbeModule {}
  const app = await NestFactory.create(
    {
      module: ProbeModule,
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          autoSchemaFile: true,
          fieldResolverEnhancers: [],
          context: ({ req }: { req: ViewerRequest }) => ({ req }),
          formatError: (formatted, error) => formatGraphQLError(formatted, error, { exposeInternals: false }),
        }),
      ],
      providers: resolvers as never[],
    },
    { logger: false },
  );
  app.use((req: ViewerRequest, res: Response, next: NextFunction) =>
    new RoleFromHeader().use(req, res, next),
  );
  try {
    enforceFieldAccess(app);
  } catch (err) {
    await app.close();
    throw err;
  }
  await app.listen(0, '127.0.0.1');
  return app;
}

async function ask(
  app: INestApplication,
  query: string,
  headers: Record<string, string> = {},
): Promise<{
  data?: Record<string, unknown> | null;
  errors?: { path?: string[]; extensions?: { code?: string } }[];
}> {
  const res = await fetch(`${await app.getUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as never;
}

const codeAt = (body: Awaited<ReturnType<typeof ask>>, field: string) =>
  body.errors?.find((e) => e.path?.join('.') === `thing.${field}`)?.extensions?.code ?? null;

describe('field resolvers keep their access rules without guards', () => {
  let app: INestApplication;
  let things: ThingResolver;

  beforeAll(async () => {
    app = await appWith([ThingResolver, SignedInThingResolver]);
    things = app.get(ThingResolver);
  });
  afterAll(() => app.close());

  it('reads the metadata keys @nestjs/graphql writes', () => {
    const middleware: FieldMiddleware = (_ctx, next) => next();
    class Probe {
      @ResolveField(() => String, { middleware: [middleware] })
      field(): string {
        return '';
      }
    }
    expect(Reflect.getMetadata(RESOLVE_PROPERTY_METADATA, Probe.prototype.field)).toBe(true);
    expect(Reflect.getMetadata(FIELD_MIDDLEWARE_METADATA, Probe.prototype.field)).toEqual([middleware]);
  });

  it("answers ANYONE fields to everyone, through graphql-js's own signature", async () => {
    expect((await ask(app, '{ thing { open } }')).data).toEqual({ thing: { open: 'thing for anyone' } });
    expect((await ask(app, '{ thing { open } }', { 'x-role': 'GUEST' })).data).toEqual({
      thing: { open: 'thing for GUEST' },
    });
  });

  it('refuses a MEMBER field to anonymous callers and guests, without calling it', async () => {
    things.calls = 0;
    const anonymous = await ask(app, '{ thing { open membersOnly } }');
    expect(codeAt(anonymous, 'membersOnly')).toBe('UNAUTHENTICATED');
    const guest = await ask(app, '{ thing { open membersOnly } }', { 'x-role': 'GUEST' });
    expect(codeAt(guest, 'membersOnly')).toBe('FORBIDDEN');
    expect(things.calls).toBe(0);
    const member = await ask(app, '{ thing { membersOnly } }', { 'x-role': 'MEMBER' });
    expect(member.data).toEqual({ thing: { membersOnly: 'secret' } });
    expect(things.calls).toBe(1);
  });

  it('refuses an OFFICE field to members; the office gets it', async () => {
    const member = await ask(app, '{ thing { officeOnly } }', { 'x-role': 'MEMBER' });
    expect(codeAt(member, 'officeOnly')).toBe('FORBIDDEN');
    expect((await ask(app, '{ thing { officeOnly } }', { 'x-role': 'OFFICE' })).data).toEqual({
      thing: { officeOnly: 'office' },
    });
  });

  it("holds a class's level on its field resolvers", async () => {
    expect(codeAt(await ask(app, '{ thing { signedIn } }'), 'signedIn')).toBe('UNAUTHENTICATED');
    expect((await ask(app, '{ thing { signedIn } }', { 'x-role': 'GUEST' })).data).toEqual({
      thing: { signedIn: 'signed in' },
    });
  });

  it('refuses a bad bearer token on a guarded field even when the root is ANYONE', async () => {
    const body = await ask(app, '{ thing { membersOnly } }', { 'x-role': 'MEMBER', 'x-bad-token': '1' });
    expect(codeAt(body, 'membersOnly')).toBe('UNAUTHENTICATED');
  });

  it('adds its middleware once, however often it runs', () => {
    enforceFieldAccess(app);
    enforceFieldAccess(app);
    const attached = Reflect.getMetadata(
      FIELD_MIDDLEWARE_METADATA,
      ThingResolver.prototype.membersOnly,
    ) as unknown[];
    expect(attached).toHaveLength(1);
    expect(Reflect.getMetadata(FIELD_MIDDLEWARE_METADATA, ThingResolver.prototype.open)).toBeUndefined();
  });
});

it('holds the rule of a field resolver a resolver inherits', async () => {
  @Resolver(() => Thing, { isAbstract: true })
  abstract class BaseResolver {
    @ResolveField(() => String)
    @Access('OFFICE')
    inherited(): string {
      return 'inherited';
    }
  }
  @Resolver(() => Thing)
  class DerivedResolver extends BaseResolver {}
  const app = await appWith([ThingResolver, DerivedResolver]);
  try {
    const member = await ask(app, '{ thing { inherited } }', { 'x-role': 'MEMBER' });
    expect(codeAt(member, 'inherited')).toBe('FORBIDDEN');
    expect((await ask(app, '{ thing { inherited } }', { 'x-role': 'OFFICE' })).data).toEqual({
      thing: { inherited: 'inherited' },
    });
  } finally {
    await app.close();
  }
});

it('refuses to start with a field resolver that has no access rule', async () => {
  await expect(appWith([ThingResolver, UnruledResolver])).rejects.toThrow(
    'Field resolvers without an access rule (@Access): UnruledResolver.unruled',
  );
});
