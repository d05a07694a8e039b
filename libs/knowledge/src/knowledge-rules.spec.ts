import { BadUserInputError, InputProblems } from '@cop/platform';
import { contentDisposition, sanitizeFilename, sniffContentType } from './attachment-files';
import { documentScope, documentVisible } from './document-visibility';
import { normalizeTags } from './documents.service';
import { headlineHtml, MARK_START, MARK_STOP } from './headline';
import { parseSearchQuery } from './search-query';

describe('parseSearchQuery', () => {
  it.each([
    ['data lak', { websearch: 'data', prefix: 'lak' }],
    ['"data lake"', { websearch: '"data lake"', prefix: null }],
    ['tape -archive', { websearch: 'tape -archive', prefix: null }],
    ['tape OR arch', { websearch: 'tape OR arch', prefix: null }],
    ['café', { websearch: '', prefix: 'café' }],
    ['lake:*', { websearch: 'lake:*', prefix: null }],
    ['a\u0000b\ue000c', { websearch: 'a b', prefix: 'c' }],
  ])('%j', (q, expected) => expect(parseSearchQuery(q)).toEqual(expected));

  it.each(['', '  ', '!!!', '"" -- ()', 'x'.repeat(501)])('refuses %j naming query', (q) => {
    expect(() => parseSearchQuery(q)).toThrow(BadUserInputError);
    try {
      parseSearchQuery(q);
    } catch (e) {
      expect(Object.keys((e as BadUserInputError).fields)).toEqual(['query']);
    }
  });
});

describe('headlineHtml', () => {
  it('escapes everything but the marks', () => {
    expect(headlineHtml(`<b>x</b> ${MARK_START}lake${MARK_STOP} & "q" <!-- c -->`)).toBe(
      '&lt;b&gt;x&lt;/b&gt; <mark>lake</mark> &amp; &quot;q&quot; &lt;!-- c --&gt;',
    );
  });
  it('closes an unbalanced mark', () => {
    expect(headlineHtml(`${MARK_START}a`)).toBe('<mark>a</mark>');
    expect(headlineHtml(`${MARK_STOP}a`)).toBe('a');
  });
});

describe('attachment files', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\x\\evil.exe', 'evil.exe'],
    ['a\u0000b\u202e.txt', 'ab.txt'],
    ['', 'file'],
    [undefined, 'file'],
    ['...', 'file'],
    ['x'.repeat(300) + '.pdf', 'x'.repeat(251) + '.pdf'],
  ])('sanitizes %j', (raw, expected) => expect(sanitizeFilename(raw)).toBe(expected));

  it('sniffs types and refuses to call invalid UTF-8 text', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.4'))).toBe('application/pdf');
    expect(sniffContentType(Buffer.from('hello'))).toBe('text/plain; charset=utf-8');
    expect(sniffContentType(Buffer.from([0xc3, 0x28]))).toBe('application/octet-stream');
    expect(sniffContentType(Buffer.from('PK\u0003\u0004..xl/workbook.xml'))).toMatch(/spreadsheetml/);
    expect(sniffContentType(Buffer.from('PK\u0003\u0004..ppt/slides'))).toMatch(/presentationml/);
  });

  it('writes an RFC 6266 Content-Disposition', () => {
    expect(contentDisposition('a "b";c.txt')).toBe(
      `attachment; filename="a _b__c.txt"; filename*=UTF-8''a%20%22b%22%3Bc.txt`,
    );
  });
});

describe('tags and the visibility predicate', () => {
  it('normalizes tags', () => {
    expect(normalizeTags([' HPC ', 'hpc', 'Data  Lake', ''], new InputProblems())).toEqual([
      'hpc',
      'data lake',
    ]);
  });

  it('agrees with the rule', () => {
    const member = documentScope({ personId: 'p', role: 'MEMBER', via: 'session' });
    const guest = documentScope({ personId: 'g', role: 'GUEST', via: 'session' });
    const office = documentScope({ personId: 'o', role: 'OFFICE', via: 'session' });
    const wg = { visibility: 'WORKING_GROUP' as const, deletedAt: null };
    expect(documentVisible(member, wg, ['a'], ['a'])).toBe(true);
    expect(documentVisible(member, wg, ['a'], ['b'])).toBe(false);
    expect(documentVisible(office, wg, ['a'], [])).toBe(true);
    expect(documentVisible(guest, { visibility: 'COMMUNITY', deletedAt: null }, [], [])).toBe(false);
    expect(documentVisible(documentScope(null), { visibility: 'PUBLIC', deletedAt: null }, [], [])).toBe(
      true,
    );
    expect(documentVisible(office, { visibility: 'PUBLIC', deletedAt: new Date() }, [], [])).toBe(false);
  });
});
