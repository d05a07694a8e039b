import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { BadUserInputError } from '../errors/domain-errors';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

/**
 * The contract's `<Name>Edge` and `<Name>Connection` pair for a node type: every paginated list
 * has the same shape. Use as `@ObjectType() class DocumentConnection extends Connection(Document, 'Document') {}`.
 */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field()
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType({ isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge])
    edges: { cursor: string; node: T }[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;

    @Field(() => Int)
    totalCount: number;
  }
  return ConnectionType;
}

/** Opaque cursors: base64url JSON of the sort key of the last row. */
export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined, field = 'after'): unknown[] | null {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key)) return key;
  } catch {
    // fall through
  }
  throw BadUserInputError.field(field, 'not a cursor returned by this API');
}

/** Checks `first` against the contract's bounds. */
export function pageSize(
  first: number | null | undefined,
  fallback: number,
  max = 100,
  field = 'first',
): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw BadUserInputError.field(field, `must be between 0 and ${max}`);
  return n;
}

/**
 * Whether the field being resolved selects `name` directly (a connection's totalCount, say), so
 * a resolver can skip a count nobody asked for. Fragments are not followed: with one, the answer
 * is yes.
 */
export function selectsField(info: { fieldNodes: readonly FieldNodeLike[] }, name: string): boolean {
  return info.fieldNodes.some((node) =>
    (node.selectionSet?.selections ?? []).some((s) => s.kind !== 'Field' || s.name?.value === name),
  );
}

interface FieldNodeLike {
  selectionSet?: { selections: readonly { kind: string; name?: { value: string } }[] };
}
