import { COMMUNITY_WIDE_REFUSAL, GROUP_NEWS_REFUSAL, newsManageRule } from './news-rules';

const GROUP = '00000000-0000-4000-8000-00000000000a';

describe('newsManageRule', () => {
  it('lets the office manage any news, community-wide or of a group', () => {
    expect(newsManageRule({ role: 'OFFICE' }, null)).toEqual({ kind: 'may' });
    expect(newsManageRule({ role: 'OFFICE' }, GROUP)).toEqual({ kind: 'may' });
  });

  it('leaves community-wide news to the office alone', () => {
    for (const viewer of [{ role: 'MEMBER' as const }, { role: 'GUEST' as const }, null, undefined])
      expect(newsManageRule(viewer, null)).toEqual({ kind: 'refused', reason: COMMUNITY_WIDE_REFUSAL });
  });

  it("asks for an ACTIVE chair seat of the item's group from a MEMBER", () => {
    expect(newsManageRule({ role: 'MEMBER' }, GROUP)).toEqual({ kind: 'chairOf', workingGroupId: GROUP });
  });

  it('refuses a GUEST (a demoted chair too) and anonymous callers for a group’s news', () => {
    for (const viewer of [{ role: 'GUEST' as const }, null, undefined])
      expect(newsManageRule(viewer, GROUP)).toEqual({ kind: 'refused', reason: GROUP_NEWS_REFUSAL });
  });
});
