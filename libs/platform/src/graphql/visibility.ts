import { registerEnumType } from '@nestjs/graphql';

/**
 * The contract's Visibility, shared by meetings and the knowledge base: registered once here,
 * since two enums registered under one name break the schema.
 */
export enum Visibility {
  PUBLIC = 'PUBLIC', // anyone, also anonymous and public calendar feeds
  COMMUNITY = 'COMMUNITY', // MEMBER
  WORKING_GROUP = 'WORKING_GROUP', // ACTIVE members of the item's working group(s), and OFFICE
}
registerEnumType(Visibility, { name: 'Visibility' });
