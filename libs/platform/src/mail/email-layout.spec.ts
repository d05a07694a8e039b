import { renderEmail, renderEmailWithMjml, type EmailLayoutInput } from './email-layout';

const base: EmailLayoutInput = {
  subject: 'Meeting moved',
  heading: 'WG 3 meeting moved',
  footer: { reason: 'You receive this because you are a member of WG 3.' },
};

const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
/** Markup and script in every field the layout takes. */
const EVIL: EmailLayoutInput = {
  subject: evil,
  preheader: evil,
  heading: evil,
  paragraphs: [evil],
  bodyMarkdown: `${evil}\n\n[x](javascript:alert(3))`,
  actions: [{ label: evil, url: 'https://cop.example.org/a"onmouseover="alert(4)' }],
  footer: { reason: evil },
};

describe('renderEmail', () => {
  it('renders a responsive HTML part and a text part with every link written out', async () => {
    const { html, text } = await renderEmail({
      ...base,
      preheader: 'Now on Tuesday',
      paragraphs: ['The meeting is now on Tuesday.', 'Line one\nline two'],
      bodyMarkdown: 'Agenda:\n\n1. [Minutes](https://cop.example.org/m/1)\n2. AOB',
      actions: [{ label: 'Open the meeting', url: 'https://cop.example.org/meetings/9?tab=agenda&x=1' }],
      footer: {
        reason: 'You receive this because you are a member of WG 3.',
        manageUrl: 'https://cop.example.org/settings/email',
        unsubscribeUrl: 'https://cop.example.org/u/abc',
      },
    });

    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('<title>Meeting moved</title>');
    expect(html).toContain('Now on Tuesday');
    expect(html).toContain('@media only screen');
    expect(html).toContain('href="https://cop.example.org/meetings/9?tab=agenda&amp;x=1"');
    expect(html).toContain('href="https://cop.example.org/m/1"');
    expect(html).toContain('href="https://cop.example.org/u/abc"');
    expect(html).toContain('Line one<br>line two');
    expect(html).not.toContain('fonts.googleapis.com');

    expect(text).toBe(
      [
        'WG 3 meeting moved',
        '',
        'The meeting is now on Tuesday.',
        '',
        'Line one\nline two',
        '',
        'Agenda:',
        '',
        '1. Minutes (https://cop.example.org/m/1)',
        '2. AOB',
        '',
        'Open the meeting: https://cop.example.org/meetings/9?tab=agenda&x=1',
        '',
        '-- ',
        'You receive this because you are a member of WG 3.',
        'Manage your e-mail settings: https://cop.example.org/settings/email',
        'Unsubscribe: https://cop.example.org/u/abc',
        '',
      ].join('\n'),
    );
  });

  it('escapes everything user-provided', async () => {
    const { html } = await renderEmail(EVIL);
    // Text "<" is escaped, so any "<" left is markup: no foreign tag, handler or script URL in it.
    expect(html).not.toMatch(/<(script|img)\b/i);
    for (const [, attrs] of html.matchAll(/<[a-zA-Z][\w:-]*([^>]*)>/g)) {
      // Attribute values are quoted and escaped; what is left outside quotes are the names.
      const names = attrs.replace(/"[^"]*"/g, '');
      expect(names).not.toMatch(/\bon[a-z]+\s*=/i);
    }
    expect(html).not.toMatch(/(href|src)="\s*javascript:/i);
    expect(html).toContain('href="https://cop.example.org/a&quot;onmouseover=&quot;alert(4)"');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses action and footer links that are not absolute http(s) URLs', async () => {
    await expect(
      renderEmail({ ...base, actions: [{ label: 'x', url: 'javascript:alert(1)' }] }),
    ).rejects.toThrow(/http/);
    await expect(renderEmail({ ...base, actions: [{ label: 'x', url: '/relative' }] })).rejects.toThrow(
      /absolute/,
    );
    await expect(
      renderEmail({ ...base, footer: { reason: 'r', unsubscribeUrl: 'data:text/html,x' } }),
    ).rejects.toThrow(/http/);
  });

  it('fills the cached skeleton to the same message MJML renders in full', async () => {
    const inputs: EmailLayoutInput[] = [
      base,
      EVIL,
      {
        ...base,
        preheader: 'Now on Tuesday & "later"',
        paragraphs: ["It's moved.", 'Line one\nline two'],
        bodyMarkdown:
          '## Documents\n\n- [A <b>report</b>](https://cop.example.org/d/1) (new)\n- `code` and *emphasis*\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |',
        lists: [
          {
            heading: 'Documents & <news>',
            items: [
              { text: 'A "report"', url: 'https://cop.example.org/d/1?x=1&y=2', suffix: ' (new)' },
              { prefix: 'Ann <asks> to join ', text: 'WG1', url: 'https://cop.example.org/g/1' },
              { text: 'Mon 1 Dec, 10:00 Europe/Rome: call' },
            ],
          },
          { heading: 'News', items: [{ text: 'One', url: 'https://cop.example.org/n/1' }] },
        ],
        actions: [
          { label: 'Open', url: 'https://cop.example.org/m/9?a=1&b=2' },
          { label: 'copslot0x is only text', url: 'https://cop.example.org/x' },
        ],
        footer: {
          reason: 'Because <you> asked.',
          manageUrl: 'https://cop.example.org/settings/email',
          unsubscribeUrl: 'https://cop.example.org/u/abc?t=1&u=2',
        },
      },
    ];
    // Twice each: the second call of a shape is filled from the skeleton the first one made.
    for (const input of [...inputs, ...inputs]) {
      const fast = await renderEmail(input);
      const full = await renderEmailWithMjml(input);
      expect(fast.text).toBe(full.text);
      expect(fast.html).toBe(full.html);
    }
  });
});
