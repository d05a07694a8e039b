import { ExecutionContext, createParamDecorator } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import type { PlatformRoleValue } from './person.entity';

/** Who is calling: resolved once per request from the session cookie or a bearer token. */
export interface Viewer {
  personId: string;
  role: PlatformRoleValue;
  via: 'session' | 'token';
}

export interface ViewerRequest extends Request {
  viewer?: Viewer;
  /** Set when the request presented a bearer token that is not valid. */
  authError?: string;
}

export function isMember(viewer: Viewer | null | undefined): viewer is Viewer {
  return viewer?.role === 'MEMBER' || viewer?.role === 'OFFICE';
}

export function isOffice(viewer: Viewer | null | undefined): viewer is Viewer {
  return viewer?.role === 'OFFICE';
}

export function requestOf(context: ExecutionContext): ViewerRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: ViewerRequest }>().req;
  }
  return context.switchToHttp().getRequest<ViewerRequest>();
}

/** The viewer of the request, or null when anonymous. */
export const CurrentViewer = createParamDecorator((_: unknown, context: ExecutionContext): Viewer | null => {
  return requestOf(context).viewer ?? null;
});
