import { Type } from '@nestjs/common';
import { Args, ArgsOptions } from '@nestjs/graphql';
import { ValidateEachPipe } from './input-validation.pipe';

/**
 * `@Args(name, { type: () => [itemType] })` whose elements are validated like a single input
 * (the global pipe sees only Array) and reach the resolver as itemType instances.
 */
export function ListArgs(
  name: string,
  itemType: Type<object>,
  options: Omit<ArgsOptions, 'type'> = {},
): ParameterDecorator {
  return Args(name, { ...options, type: () => [itemType] }, new ValidateEachPipe(itemType));
}
