import { CanActivate, ExecutionContext, Injectable, SetMetadata } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@cop/platform';
import { isMember, isOffice, requestOf, type ViewerRequest } from './viewer';

/**
 * The contract's access levels. CHAIR, author and expert rules depend on the object and are
 * checked by the domain service on top of one of these.
 */
export type AccessLevel = 'ANYONE' | 'SIGNED_IN' | 'MEMBER' | 'OFFICE';

export const ACCESS = 'cop:access';

/** Declares who may call a resolver, field resolver or route. Nothing declared: denied. */
export const Access = (level: AccessLevel) => SetMetadata(ACCESS, level);

@Injectable()
export class AccessGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const level = this.reflector.getAllAndOverride<AccessLevel | undefined>(ACCESS, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!level) throw new ForbiddenError('This operation has no access rule, so nobody may call it.');
    return assertAccess(requestOf(context), level);
  }
}

/** The rule of one access level for a request; throws UNAUTHENTICATED or FORBIDDEN. */
export function assertAccess(req: ViewerRequest, level: AccessLevel): true {
  // A bad bearer token is an error even where anonymous access would do: the script must know.
  if (req.authError) throw new UnauthenticatedError(req.authError);
  const viewer = req.viewer;
  switch (level) {
    case 'ANYONE':
      return true;
    case 'SIGNED_IN':
      if (!viewer) throw new UnauthenticatedError();
      return true;
    case 'MEMBER':
      if (!viewer) throw new UnauthenticatedError();
      if (!isMember(viewer)) throw new ForbiddenError('Only members of the community may do this.');
      return true;
    case 'OFFICE':
      if (!viewer) throw new UnauthenticatedError();
      if (!isOffice(viewer)) throw new ForbiddenError('Only the project office may do this.');
      return true;
  }
}
