import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { FieldMiddleware } from '@nestjs/graphql';
import { ACCESS, assertAccess, type AccessLevel } from './access';
import type { ViewerRequest } from './viewer';

/** @nestjs/graphql's metadata keys (its graphql.constants, not exported); field-access.spec checks them. */
export const RESOLVE_PROPERTY_METADATA = 'graphql:resolve_property';
export const FIELD_MIDDLEWARE_METADATA = 'graphql:field_resolver_middleware';

/** The GraphQL context of a request (apps/api graphql-options), as field resolvers receive it. */
export interface GqlContext {
  req: ViewerRequest;
}

const middlewareByLevel = new Map<AccessLevel, FieldMiddleware>();

/** A field middleware holding a field resolver to its access level. */
function accessMiddleware(level: AccessLevel): FieldMiddleware {
  let middleware = middlewareByLevel.get(level);
  if (!middleware) {
    middleware = ({ context }, next) => {
      assertAccess((context as GqlContext).req, level);
      return next();
    };
    middlewareByLevel.set(level, middleware);
  }
  return middleware;
}

/** A class's methods by name, its own and those it inherits (the nearest definition of each). */
function methodsOf(prototype: object): Map<string, unknown> {
  const methods = new Map<string, unknown>();
  for (
    let p: object | null = prototype;
    p && p !== Object.prototype;
    p = Object.getPrototypeOf(p) as object | null
  ) {
    for (const key of Object.getOwnPropertyNames(p)) {
      if (key !== 'constructor' && !methods.has(key))
        methods.set(key, Object.getOwnPropertyDescriptor(p, key)?.value);
    }
  }
  return methods;
}

/**
 * Field resolvers run without Nest's guards (graphql-options: `fieldResolverEnhancers: []`), so
 * that graphql-js calls those without parameter decorators directly (@nestjs/graphql's fast
 * field resolver): Nest's own call costs some 46 promises a field, and the working-group list
 * makes 180 of them (issue 10). The access rule of a field resolver still holds: each one whose
 * level (its own @Access, else its class's) is not ANYONE gets a field middleware that checks it
 * as AccessGuard does, and the application refuses to start if a field resolver has no level.
 * Call it after the application is created and before it is initialized (the schema is built then).
 */
export function enforceFieldAccess(app: INestApplicationContext): void {
  const unruled: string[] = [];
  const seen = new Set<unknown>();
  for (const module of app.get(ModulesContainer, { strict: false }).values()) {
    for (const wrapper of module.providers.values()) {
      const type = wrapper.metatype;
      if (typeof type !== 'function' || !type.prototype || seen.has(type)) continue;
      seen.add(type);
      for (const [key, method] of methodsOf(type.prototype as object)) {
        if (typeof method !== 'function' || !Reflect.getMetadata(RESOLVE_PROPERTY_METADATA, method)) continue;
        const level = (Reflect.getMetadata(ACCESS, method) ?? Reflect.getMetadata(ACCESS, type)) as
          AccessLevel | undefined;
        if (!level) unruled.push(`${type.name}.${key}`);
        if (!level || level === 'ANYONE') continue;
        const middleware = accessMiddleware(level);
        const existing = (Reflect.getMetadata(FIELD_MIDDLEWARE_METADATA, method) ?? []) as FieldMiddleware[];
        if (!existing.includes(middleware)) {
          Reflect.defineMetadata(FIELD_MIDDLEWARE_METADATA, [middleware, ...existing], method);
        }
      }
    }
  }
  if (unruled.length) {
    throw new Error(`Field resolvers without an access rule (@Access): ${unruled.join(', ')}`);
  }
}
