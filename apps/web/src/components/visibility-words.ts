import type { Visibility } from '../gql/graphql';

/** Who may see a meeting or a document, in a word or two (for badges). */
export const VISIBILITY_LABEL: Record<Visibility, string> = {
  PUBLIC: 'Public',
  COMMUNITY: 'Community',
  WORKING_GROUP: 'Working group',
};

/** Who may see a meeting or a document, in words. */
export function visibilityWords(visibility: Visibility, groups: readonly { code: string }[] = []): string {
  switch (visibility) {
    case 'PUBLIC':
      return `${VISIBILITY_LABEL.PUBLIC}: anyone may see it, without signing in`;
    case 'COMMUNITY':
      return `${VISIBILITY_LABEL.COMMUNITY}: members of the community`;
    case 'WORKING_GROUP':
      return groups.length
        ? `${VISIBILITY_LABEL.WORKING_GROUP}: members of ${groups.map((g) => g.code).join(', ')} only`
        : `${VISIBILITY_LABEL.WORKING_GROUP}: members of its working group only`;
    default:
      return String(visibility);
  }
}
