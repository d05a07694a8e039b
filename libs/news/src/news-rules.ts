import type { Viewer } from '@cop/identity';

/**
 * Who may manage news (publish, update, delete) of a working group, null for community-wide
 * news: OFFICE always; for a group's news, a MEMBER holding an ACTIVE CHAIR seat in it; nobody
 * else. Written here once: publishNews/updateNews/deleteNews (NewsService.assertMayPublish) and
 * NewsItem.viewerCanManage (NewsService.viewerMayManage) both read it. Whether the person chairs
 * the group is community's to say, so the rule answers which group's chairs may, not the look-up.
 */
export type NewsManageRule =
  { kind: 'may' } | { kind: 'chairOf'; workingGroupId: string } | { kind: 'refused'; reason: string };

export const COMMUNITY_WIDE_REFUSAL = 'Only the project office may publish community-wide news.';
export const GROUP_NEWS_REFUSAL = 'Only a chair of this working group or the project office may do this.';

export function newsManageRule(
  viewer: Pick<Viewer, 'role'> | null | undefined,
  workingGroupId: string | null,
): NewsManageRule {
  if (viewer?.role === 'OFFICE') return { kind: 'may' };
  if (!workingGroupId) return { kind: 'refused', reason: COMMUNITY_WIDE_REFUSAL };
  if (viewer?.role !== 'MEMBER') return { kind: 'refused', reason: GROUP_NEWS_REFUSAL };
  return { kind: 'chairOf', workingGroupId };
}
