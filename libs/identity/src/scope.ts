import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { PlatformRoleValue } from './person.entity';
import { requestOf, type Viewer, type ViewerRequest } from './viewer';

/**
 * The caller of one request, built once (issue 24): who they are, their role, and the object
 * their request's DataLoaders live under. Services take a Scope instead of `req` and `viewer`
 * side by side; jobs and mails build one with `scopeForPerson` from a real person, never an
 * invented viewer.
 */
export interface Scope {
  readonly viewer: Viewer | null;
  /** null when anonymous. */
  readonly personId: string | null;
  /** The platform role, or ANONYMOUS. A GUEST sees what the public sees, everywhere. */
  readonly role: PlatformRoleValue | 'ANONYMOUS';
  /** The key of this scope's DataLoaders (requestLoader's first argument): lives as long as the request. */
  readonly loaders: object;
}

/** The scope of a signed-in caller (a mutation or field behind @Access('MEMBER') or 'SIGNED_IN'). */
export interface SignedInScope extends Scope {
  readonly viewer: Viewer;
  readonly personId: string;
}

const scopes = new WeakMap<object, Scope>();

/** The request's scope, built on first use and the same object for the rest of the request. */
export function scopeOf(req: ViewerRequest | object): Scope {
  let scope = scopes.get(req);
  if (!scope) {
    const viewer = (req as ViewerRequest).viewer ?? null;
    scope = Object.freeze({
      viewer,
      personId: viewer?.personId ?? null,
      role: viewer?.role ?? 'ANONYMOUS',
      loaders: req,
    });
    scopes.set(req, scope);
  }
  return scope;
}

/** A scope outside any request (a job, a mail to one recipient): the person as they are now, own loaders. */
export function scopeForPerson(viewer: Viewer): SignedInScope;
export function scopeForPerson(viewer: Viewer | null): Scope;
export function scopeForPerson(viewer: Viewer | null): Scope {
  return Object.freeze({
    viewer,
    personId: viewer?.personId ?? null,
    role: viewer?.role ?? 'ANONYMOUS',
    loaders: {},
  });
}

/**
 * The request's scope where the caller is known to be signed in (behind @Access('MEMBER'),
 * 'SIGNED_IN' or 'OFFICE'); a missing viewer is a bug in the route's access rule, so it throws.
 */
export function signedInScopeOf(req: ViewerRequest | object): SignedInScope {
  const scope = scopeOf(req);
  if (!scope.viewer) throw new Error('signedInScopeOf: the request has no viewer (check its @Access rule)');
  return scope as SignedInScope;
}

/** The scope of the current GraphQL or HTTP request. */
export const CurrentScope = createParamDecorator((_: unknown, context: ExecutionContext): Scope => {
  return scopeOf(requestOf(context));
});
