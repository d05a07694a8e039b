import { ArgumentMetadata, Injectable, PipeTransform, Type } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { ValidationError, validate } from 'class-validator';
import { BadUserInputError } from '../errors/domain-errors';

const PRIMITIVES = new Set<unknown>([String, Boolean, Number, Array, Object]);
/** GraphQL arguments (`GqlParamtype.ARGS` of @nestjs/graphql, which does not export it). */
const GRAPHQL_ARGS = 3;
/**
 * What a caller sends: GraphQL arguments, HTTP bodies, queries and route parameters. A field
 * resolver's parent, context and info, and custom decorators' values, are the server's own
 * objects: checking them cost a class-transformer copy and a class-validator pass of the parent
 * on every field of every row (57 → 50 ms of CPU a working-group list request, issue 10).
 */
const FROM_CALLER = new Set<unknown>([GRAPHQL_ARGS, 'body', 'query', 'param']);

/**
 * class-validator on every @InputType argument; problems become one BAD_USER_INPUT whose
 * fields are input paths ("input.name", "input.phases.0.endsOn"). Any argument, plain strings
 * included, is refused when a string in it holds NUL: PostgreSQL text cannot store it.
 * A list argument's metatype is Array, which says nothing of its elements: declare those with
 * ListArgs, whose ValidateEachPipe checks each element the same way.
 */
@Injectable()
export class InputValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype } = metadata;
    if (!FROM_CALLER.has(metadata.type)) return value;
    const nul = pathOfNul(value, metadata.data ?? 'input');
    if (nul) throw BadUserInputError.field(nul, 'must not contain the NUL character');
    if (!metatype || PRIMITIVES.has(metatype) || value === null || typeof value !== 'object') return value;
    const fields: Record<string, string> = {};
    const instance = await validInstance(metatype, value, metadata.data ?? 'input', fields);
    throwIfAny(fields);
    return instance;
  }
}

/**
 * The elements of a list argument as instances of itemType, each checked by class-validator;
 * problems of all elements become one BAD_USER_INPUT at "<argument>.<index>.<property>".
 */
export class ValidateEachPipe implements PipeTransform {
  constructor(private readonly itemType: Type<object>) {}

  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (!Array.isArray(value)) return value;
    const path = metadata.data ?? 'input';
    const fields: Record<string, string> = {};
    const items: unknown[] = [];
    for (const [i, item] of value.entries()) {
      const isObject = item !== null && typeof item === 'object';
      items.push(isObject ? await validInstance(this.itemType, item, `${path}.${i}`, fields) : item);
    }
    throwIfAny(fields);
    return items;
  }
}

/** value as an instance of metatype; what class-validator finds wrong goes into `into` under path. */
async function validInstance(
  metatype: Type<unknown>,
  value: object,
  path: string,
  into: Record<string, string>,
): Promise<object> {
  const instance = plainToInstance(metatype, value) as object;
  const errors = await validate(instance, {
    forbidUnknownValues: false,
    validationError: { target: false, value: false },
  });
  collect(errors, path, into);
  return instance;
}

function throwIfAny(fields: Record<string, string>): void {
  if (Object.keys(fields).length > 0) throw new BadUserInputError(fields);
}

function collect(errors: ValidationError[], prefix: string, into: Record<string, string>): void {
  for (const e of errors) {
    const path = `${prefix}.${e.property}`;
    if (e.constraints) into[path] = Object.values(e.constraints)[0];
    if (e.children?.length) collect(e.children, path, into);
  }
}

/** The path of the first string holding U+0000 in value (arrays and plain objects), or null. */
function pathOfNul(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return null;
  for (const [key, child] of Object.entries(value)) {
    const found = pathOfNul(child, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}
