import type { Visibility } from '../gql/graphql';

/** Who may see a meeting or a document, in words. */
export function visibilityWords(visibility: Visibility, groups: readonly { code: string }[] = []): string {
  switch (visibility) {
    case 'PUBLIC':
      return 'Public: anyone may see it, without signing in';
    case 'COMMUNITY':
      return 'Community: members of the community';
    case 'WORKING_GROUP':
      return groups.length
        ? `Working group: members of ${groups.map((g) => g.code).join(', ')} only`
        : 'Working group: members of its working group only';
    default:
      return String(visibility);
  }
}
