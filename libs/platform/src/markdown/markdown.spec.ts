import { markdownToText, renderMarkdown } from './markdown';

const ALLOWED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'del',
  's',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'a',
  'img',
]);

/** Everything that would make the HTML active, checked on the output as a browser would parse it. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<!--/);
  // Text "<" is always escaped, so every "<" left is markup; attribute values never hold a raw quote.
  for (const [, tag, attrs] of html.matchAll(/<\/?([a-zA-Z][\w-]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS).toContain(tag.toLowerCase());
    expect(attrs.replace(/\s[a-z-]+="[^"]*"/g, '')).toMatch(/^\s*\/?$/);
    for (const [, name, value] of attrs.matchAll(/\s([a-z-]+)="([^"]*)"/g)) {
      expect(name).not.toMatch(/^(on|style$|srcset$|formaction$)/i);
      if (name === 'href' || name === 'src') expect(value).toMatch(/^(https?:|mailto:|[^:]*$)/i);
    }
  }
}

describe('renderMarkdown', () => {
  it('renders ordinary markdown', () => {
    const html = renderMarkdown(
      [
        '# Title',
        '',
        'Some **bold**, _em_, ~~gone~~ and `code` with a [link](https://example.org "Example").',
        '',
        '- one',
        '- two',
        '',
        '1. first',
        '2. second',
        '',
        '> quoted',
        '',
        '```ts',
        'const a = 1 < 2;',
        '```',
        '',
        '| a | b |',
        '|---|--:|',
        '| 1 | 2 |',
        '',
        '---',
        '',
        '![logo](https://example.org/logo.png)',
      ].join('\n'),
    );
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain(
      '<a href="https://example.org" title="Example" rel="nofollow noopener noreferrer">link</a>',
    );
    expect(html).toMatch(/<ul>\s*<li>one<\/li>/);
    expect(html).toMatch(/<ol>\s*<li>first<\/li>/);
    expect(html).toMatch(/<blockquote>\s*<p>quoted<\/p>/);
    expect(html).toContain('<pre><code class="language-ts">const a = 1 &lt; 2;');
    expect(html).toContain('<th align="right">b</th>');
    expect(html).toContain('<hr />');
    expect(html).toContain('<img src="https://example.org/logo.png" alt="logo" />');
    expectInert(html);
  });

  it('links bare URLs with rel nofollow', () => {
    expect(renderMarkdown('see https://example.org/x')).toContain(
      '<a href="https://example.org/x" rel="nofollow noopener noreferrer">https://example.org/x</a>',
    );
  });

  const payloads: [string, string][] = [
    ['script tag', '<script>alert(document.cookie)</script>'],
    ['script tag inline', 'hello <script src="https://evil.example/x.js"></script> world'],
    ['img onerror', '<img src=x onerror=alert(1)>'],
    ['onerror in markdown image title', '![a](https://example.org/a.png "x\\" onerror=\\"alert(1)")'],
    ['javascript link', '[click](javascript:alert(1))'],
    ['javascript link, mixed case', '[click](JaVaScRiPt:alert(1))'],
    ['javascript link, entity-obfuscated', '[click](jav&#x61;script:alert(1))'],
    ['javascript link, decimal entity', '[click](&#106;avascript:alert(1))'],
    ['javascript link, angle brackets', '[click](<javascript:alert(1)>)'],
    ['javascript link, tab inside', '[click](java\tscript:alert(1))'],
    ['javascript reference link', '[click][x]\n\n[x]: javascript:alert(1)'],
    ['javascript autolink', '<javascript:alert(1)>'],
    ['vbscript link', '[click](vbscript:msgbox(1))'],
    ['data: link', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['data: image', '![x](data:image/png;base64,iVBORw0KGgo=)'],
    ['data: svg image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
    ['javascript image', '![x](javascript:alert(1))'],
    ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
    ['svg in a block', '<svg>\n<script>alert(1)</script>\n</svg>'],
    ['html comment', '<!-- <img src=x onerror=alert(1)> -->\n\ntext'],
    ['raw html block', '<div style="position:fixed" onclick="alert(1)">\n\n*x*\n\n</div>'],
    ['iframe', '<iframe src="https://evil.example"></iframe>'],
    ['style tag', '<style>body{display:none}</style>'],
    ['a tag with handler', '<a href="https://example.org" onmouseover="alert(1)">x</a>'],
    ['form', '<form action="https://evil.example"><input name=x></form>'],
  ];

  it.each(payloads)('neutralises %s', (_name, payload) => {
    const html = renderMarkdown(payload);
    expectInert(html);
    expect(html).not.toMatch(/<(script|svg|iframe|style|form|input|div)\b/i);
    expect(html).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
  });

  it('escapes raw HTML as text instead of dropping the words', () => {
    expect(renderMarkdown('a <b>b</b>')).toBe('<p>a &lt;b&gt;b&lt;/b&gt;</p>\n');
  });

  it('drops an image whose source is refused', () => {
    expect(renderMarkdown('![x](data:image/png;base64,iVBORw0KGgo=)')).not.toContain('<img');
  });
});

describe('markdownToText', () => {
  it('keeps structure and writes every link out', () => {
    const text = markdownToText(
      [
        '## Agenda',
        '',
        'Read the [minutes](https://example.org/m) & see https://example.org/bare.',
        '',
        '- one',
        '- two',
        '',
        '3. three',
        '4. four',
        '',
        '> quoted',
        '',
        '```',
        'code',
        '```',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        'Agenda',
        '',
        'Read the minutes (https://example.org/m) & see https://example.org/bare.',
        '',
        '- one',
        '- two',
        '',
        '3. three',
        '4. four',
        '',
        '> quoted',
        '',
        '    code',
      ].join('\n'),
    );
  });

  it('decodes entities and leaves no markup', () => {
    expect(markdownToText('Caf&eacute; &amp; **bar** &lt;3')).toBe('Café & bar <3');
  });
});
