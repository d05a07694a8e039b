import { applyMarkdown, MARKDOWN_ACTIONS } from '../../apps/web/src/components/markdown-format';
import { renderMarkdown } from '../../libs/platform/src/markdown';

// The news and FAQ editors' toolbar (a pure module of the web app): each action's text and the
// selection it leaves, and what the server's renderer makes of the result.

/** `text` with the selection marked by « and » (a caret: «»). */
function at(marked: string) {
  const start = marked.indexOf('«');
  const end = marked.indexOf('»') - 1;
  return { text: marked.replace('«', '').replace('»', ''), start, end };
}
function show(e: { text: string; start: number; end: number }) {
  return `${e.text.slice(0, e.start)}«${e.text.slice(e.start, e.end)}»${e.text.slice(e.end)}`;
}

describe('the markdown toolbar', () => {
  it('wraps the selection in bold and italic, and unwraps it again', () => {
    const bold = applyMarkdown('bold', at('A «big» day'));
    expect(show(bold)).toBe('A **«big»** day');
    expect(show(applyMarkdown('bold', bold))).toBe('A «big» day');
    expect(show(applyMarkdown('italic', at('A «big» day')))).toBe('A _«big»_ day');
  });

  it('puts a selected placeholder at a caret', () => {
    expect(show(applyMarkdown('bold', at('Hello «»')))).toBe('Hello **«bold text»**');
    expect(show(applyMarkdown('code', at('Run «»')))).toBe('Run `«code»`');
  });

  it('prefixes every selected line, and takes the prefix away when all have it', () => {
    const list = applyMarkdown('bulletList', at('«one\ntwo»\nthree'));
    expect(show(list)).toBe('«- one\n- two»\nthree');
    expect(show(applyMarkdown('bulletList', list))).toBe('«one\ntwo»\nthree');
    expect(show(applyMarkdown('numberedList', at('x\n«a\nb\nc»')))).toBe('x\n«1. a\n2. b\n3. c»');
    expect(show(applyMarkdown('quote', at('«said»')))).toBe('«> said»');
  });

  it('makes a heading of the line holding the caret and keeps the caret in its words', () => {
    expect(show(applyMarkdown('heading', at('Intro\nPlan«»s\nEnd')))).toBe('Intro\n## Plan«»s\nEnd');
    expect(show(applyMarkdown('heading', at('## Plan«»s')))).toBe('Plan«»s');
  });

  it('makes a link of selected words (the URL selected) or of a selected URL (the label selected)', () => {
    expect(show(applyMarkdown('link', at('See «the call» now')))).toBe('See [the call](«https://») now');
    expect(show(applyMarkdown('link', at('See «https://example.org/x»')))).toBe(
      'See [«link text»](https://example.org/x)',
    );
  });

  it('fences several selected lines as a code block', () => {
    expect(show(applyMarkdown('code', at('Run:\n«a\nb»')))).toBe('Run:\n```\n«a\nb»\n```\n');
  });

  it('makes markdown the server renders as meant', () => {
    let e = at('«Call for papers»');
    e = applyMarkdown('heading', e);
    e = { ...e, text: `${e.text}\n\nDeadline `, start: e.text.length + 11, end: e.text.length + 11 };
    e = applyMarkdown('bold', e);
    const html = renderMarkdown(e.text);
    expect(html).toContain('<h2>Call for papers</h2>');
    expect(html).toContain('<strong>bold text</strong>');
  });

  it('names every button and gives shortcuts to three of them', () => {
    expect(MARKDOWN_ACTIONS.map((a) => a.label)).toEqual([
      'Bold',
      'Italic',
      'Heading',
      'Link',
      'Bulleted list',
      'Numbered list',
      'Quote',
      'Code',
    ]);
    expect(MARKDOWN_ACTIONS.filter((a) => a.key).map((a) => a.key)).toEqual(['b', 'i', 'k']);
  });
});
