import { headlineParts, unescapeHtml } from '../../apps/web/src/features/documents/headline-parts';
import { SEARCH_COUNT_CAP, searchCountWords } from '../../apps/web/src/features/documents/search-count';
import {
  compareParam,
  parseCompare,
  wordChanges,
} from '../../apps/web/src/features/documents/version-compare';
import { headlineHtml, MARK_START, MARK_STOP } from '../../libs/knowledge/src/headline';
import { SEARCH_COUNT_CAP as SERVER_CAP } from '../../libs/knowledge/src/search-query';

// The library's and the search's pure parts: a headline as the server writes it, read back
// with <mark> the only markup; the capped count in words; the ?compare= pair and the word diff.

describe('headlineParts', () => {
  it('reads the server’s headline back: marked words, everything else text', () => {
    const raw = `the ${MARK_START}tape${MARK_STOP} <script>alert("x")</script> & ${MARK_START}archive${MARK_STOP}'s`;
    expect(headlineParts(headlineHtml(raw))).toEqual([
      { text: 'the ', marked: false },
      { text: 'tape', marked: true },
      { text: ' <script>alert("x")</script> & ', marked: false },
      { text: 'archive', marked: true },
      { text: "'s", marked: false },
    ]);
  });

  it('lets no other tag through: markup in the string stays text', () => {
    const parts = headlineParts('<mark>a</mark><img src=x onerror=alert(1)><b>b</b>');
    expect(parts).toEqual([
      { text: 'a', marked: true },
      { text: '<img src=x onerror=alert(1)><b>b</b>', marked: false },
    ]);
  });

  it('unescapes entities once, never twice', () => {
    expect(unescapeHtml('&amp;lt;b&amp;gt; &lt;i&gt; &#39;q&#39; &#x41;&#66;')).toBe("&lt;b&gt; <i> 'q' AB");
  });
});

describe('searchCountWords', () => {
  it('uses the server’s cap', () => {
    expect(SEARCH_COUNT_CAP).toBe(SERVER_CAP);
  });

  it('says how many match, and that more than the cap are counted no further', () => {
    expect(searchCountWords(0, 0)).toBe('No document matches.');
    expect(searchCountWords(1, 1)).toBe('1 document matches.');
    expect(searchCountWords(2, 2)).toBe('2 documents match.');
    expect(searchCountWords(234, 50)).toBe('234 documents match; the best 50 are shown.');
    expect(searchCountWords(SERVER_CAP, 50)).toBe('1,000 or more documents match; the best 50 are shown.');
  });
});

describe('the version comparison', () => {
  it('reads ?compare= as two different versions, the older first', () => {
    expect(parseCompare('2..5')).toEqual([2, 5]);
    expect(parseCompare('5..2')).toEqual([2, 5]);
    for (const bad of [null, '', '3..3', '0..2', '2..', 'a..b', '1..2..3', '1...2'])
      expect(parseCompare(bad)).toBeNull();
    expect(compareParam(5, 2)).toBe('2..5');
  });

  it('finds changed words', () => {
    const changes = wordChanges('keeps data on tape.', 'keeps data on disk.');
    expect(changes.filter((c) => c.removed).map((c) => c.value.trim())).toEqual(['tape']);
    expect(changes.filter((c) => c.added).map((c) => c.value.trim())).toEqual(['disk']);
    expect(wordChanges('same', 'same').every((c) => !c.added && !c.removed)).toBe(true);
  });
});
