import type { ArgumentMetadata } from '@nestjs/common';
import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import { BadUserInputError } from '../errors/domain-errors';
import { InputValidationPipe, ValidateEachPipe } from './input-validation.pipe';

@InputType()
class ItemInput {
  @Field()
  @Length(1, 5, { message: 'must be 1 to 5 characters' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(3, { message: 'must be at most 3 characters' })
  note?: string | null;
}

const ARGS = 3;
const asArgument = (data: string) => ({ type: ARGS, metatype: Array, data }) as unknown as ArgumentMetadata;

async function refusal(run: Promise<unknown>): Promise<Record<string, string>> {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BadUserInputError);
  return (error as BadUserInputError).fields;
}

describe('ValidateEachPipe', () => {
  const pipe = new ValidateEachPipe(ItemInput);

  it('turns each element into an instance of the item type', async () => {
    const items = (await pipe.transform(
      [{ name: 'a' }, { name: 'b', note: 'x' }],
      asArgument('items'),
    )) as unknown[];
    expect(items).toHaveLength(2);
    expect(items.every((i) => i instanceof ItemInput)).toBe(true);
    expect(items[1]).toMatchObject({ name: 'b', note: 'x' });
  });

  it('names every bad element by argument, index and property, in one BAD_USER_INPUT', async () => {
    const fields = await refusal(
      pipe.transform(
        [{ name: 'ok' }, { name: 'toolong' }, { name: 'ok' }, { name: 'ok', note: 'long' }],
        asArgument('items'),
      ),
    );
    expect(fields).toEqual({
      'items.1.name': 'must be 1 to 5 characters',
      'items.3.note': 'must be at most 3 characters',
    });
  });

  it('passes a null (nullable) list through', async () => {
    await expect(pipe.transform(null, asArgument('where'))).resolves.toBeNull();
  });
});

describe('InputValidationPipe', () => {
  const pipe = new InputValidationPipe();

  it('still refuses NUL inside a list argument, naming the element', async () => {
    const fields = await refusal(pipe.transform([{ name: 'a' }, { name: 'b\u0000' }], asArgument('items')));
    expect(fields).toEqual({ 'items.1.name': 'must not contain the NUL character' });
  });

  it('checks a single input under its argument name', async () => {
    const fields = await refusal(
      pipe.transform({ name: '' }, {
        type: ARGS,
        metatype: ItemInput,
        data: 'input',
      } as unknown as ArgumentMetadata),
    );
    expect(fields).toEqual({ 'input.name': 'must be 1 to 5 characters' });
  });
});
