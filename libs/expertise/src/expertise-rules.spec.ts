import type { Scope } from '@cop/identity';
import { InputProblems, BadUserInputError, sql } from '@cop/platform';
import { expertSuggestionsSql, wordsOf } from './expertise-match';
import { entryRefs, reusedTermId, tagLabel } from './expertise-rules';
import { expertiseVisible, expertiseVisibleSql } from './expertise-visibility';

const scope = (role: Scope['role'], personId: string | null): Scope => ({
  viewer: personId && role !== 'ANONYMOUS' ? { personId, role, via: 'session' } : null,
  personId,
  role,
  loaders: {},
});
const ME = '00000000-0000-4000-8000-000000000001';
const THEM = '00000000-0000-4000-8000-000000000002';

describe('the expertise visibility rule', () => {
  it.each([
    ['ANONYMOUS', null, 'MEMBERS', false],
    ['GUEST', ME, 'MEMBERS', false],
    ['MEMBER', ME, 'MEMBERS', true],
    ['MEMBER', ME, 'PRIVATE', false],
    ['MEMBER', ME, null, false],
    ['OFFICE', ME, 'MEMBERS', true],
    ['OFFICE', ME, 'PRIVATE', false],
  ] as const)('%s sees another person (%s, visibility %s): %s', (role, id, visibility, seen) => {
    expect(expertiseVisible(scope(role, id), THEM, visibility)).toBe(seen);
  });

  it.each(['GUEST', 'MEMBER', 'OFFICE'] as const)('%s always sees their own, even PRIVATE', (role) => {
    expect(expertiseVisible(scope(role, ME), ME, 'PRIVATE')).toBe(true);
    expect(expertiseVisible(scope(role, ME), ME, null)).toBe(true);
  });

  it('is one SQL condition: FALSE for the anonymous, self for a GUEST, self or MEMBERS for members', () => {
    const p = sql`p.id`;
    expect(expertiseVisibleSql(scope('ANONYMOUS', null), p).text).toBe('FALSE');
    expect(expertiseVisibleSql(scope('GUEST', ME), p).values).toEqual([ME]);
    expect(expertiseVisibleSql(scope('GUEST', ME), p).text).not.toContain('expertise_visibility');
    const member = expertiseVisibleSql(scope('MEMBER', ME), p);
    expect(member.text).toContain("ev.visibility = 'MEMBERS'");
    expect(member.values).toEqual([ME]);
  });
});

describe('the match contract', () => {
  it('turns a text into its distinct words, without operators a caller could inject', () => {
    expect(wordsOf('Data access: protocols, "radio" -astronomy OR or data')).toEqual([
      'data',
      'access',
      'protocols',
      'radio',
      'astronomy',
    ]);
    expect(wordsOf('  ')).toEqual([]);
    expect(wordsOf(null)).toEqual([]);
    expect(wordsOf('Ärzte für Datenzugänge')).toEqual(['ärzte', 'für', 'datenzugänge']);
    expect(wordsOf(Array.from({ length: 80 }, (_, i) => `w${i}`).join(' '))).toHaveLength(50);
  });

  it('is one statement binding every value and composing the visibility rule', () => {
    const q = expertSuggestionsSql(scope('OFFICE', ME), {
      domains: ['RADIO_ASTRONOMY'],
      topicIds: [THEM],
      words: 'storage',
      excludePersonIds: [ME],
      limit: 500,
    });
    // One statement: the words' CTEs (5 SELECTs and the vocabulary's count), the match, the visibility EXISTS.
    expect(q.text.match(/SELECT/g)).toHaveLength(8);
    expect(q.values).toEqual(expect.arrayContaining([['RADIO_ASTRONOMY'], [THEM], ['storage'], [ME], 100]));
    expect(q.text).toContain("ev.visibility = 'MEMBERS'");
  });
});

describe('entries and tags', () => {
  it('trims a tag, folds inner white space, and refuses blank, long and multi-line labels', () => {
    expect(tagLabel('  FPGA \u00a0 boards ')).toEqual({ label: 'FPGA boards' });
    expect(tagLabel('   ')).toEqual({ problem: 'must not be blank' });
    expect(tagLabel('x'.repeat(60))).toEqual({ label: 'x'.repeat(60) });
    expect(tagLabel('x'.repeat(61))).toEqual({ problem: 'must be at most 60 characters' });
    expect(tagLabel('a\tb')).toEqual({ problem: 'must not contain control characters or line breaks' });
    expect(tagLabel('a\u0000b')).toEqual({ problem: 'must not contain control characters or line breaks' });
  });

  it('names each bad entry under input.entries.<i>', () => {
    const problems = new InputProblems();
    const refs = entryRefs(
      [
        { termId: THEM.toUpperCase() },
        { newTag: ' ok ' },
        {},
        { termId: 'x' },
        { termId: THEM, newTag: 'both' },
      ],
      problems,
    );
    expect(refs).toEqual([{ termId: THEM }, { label: 'ok' }, null, null, null]);
    expect(() => problems.throwIfAny()).toThrow(BadUserInputError);
    try {
      problems.throwIfAny();
    } catch (e) {
      expect((e as BadUserInputError).fields).toEqual({
        'input.entries.2': 'give either termId or newTag',
        'input.entries.3.termId': 'is not an expertise term',
        'input.entries.4': 'give either termId or newTag',
      });
    }
  });

  it('reuses a domain before a topic before a tag; a merged tag answers its target', () => {
    const t = (id: string, kind: string, mergedInto: string | null = null) => ({ id, kind, mergedInto });
    expect(reusedTermId([t('c', 'TAG'), t('b', 'TOPIC'), t('a', 'DOMAIN')])).toBe('a');
    expect(reusedTermId([t('c', 'TAG'), t('b', 'TOPIC')])).toBe('b');
    expect(reusedTermId([t('m', 'TAG', 'target')])).toBe('target');
    expect(reusedTermId([t('m', 'TAG', 'target'), t('live', 'TAG')])).toBe('live');
    expect(reusedTermId([])).toBeNull();
  });
});
