import { PLAIN_PAGE_COLOURS, PLAIN_PAGE_CSP, renderPlainPage } from './plain-page';

/** WCAG 2.1 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('renderPlainPage', () => {
  const page = renderPlainPage({
    title: 'Unsubscribe <now>',
    bodyHtml: '<p>Stop?</p><form method="post"><button type="submit">Unsubscribe</button></form>',
    homeUrl: 'https://cop.example.org/?a=1&b=2',
    communityName: 'SPECTRUM "CoP"',
  });

  it('is a complete, accessible page: language, viewport, one h1, the landmarks', () => {
    expect(page).toMatch(/^<!doctype html><html lang="en">/);
    expect(page).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page.match(/<h1>/g)).toHaveLength(1);
    expect(page).toMatch(/<header[^>]*>.*<\/header><main>/);
    expect(page).toContain('<title>Unsubscribe &lt;now&gt; · SPECTRUM &quot;CoP&quot;</title>');
  });

  it('links the community’s name to the web app’s home, escaped', () => {
    expect(page).toContain('<a href="https://cop.example.org/?a=1&amp;b=2">SPECTRUM &quot;CoP&quot;</a>');
    expect(page).toContain('<h1>Unsubscribe &lt;now&gt;</h1><p>Stop?</p>');
  });

  it('falls back to "CoP platform" without a community name', () => {
    for (const communityName of [undefined, null, '  '])
      expect(renderPlainPage({ title: 't', bodyHtml: '', homeUrl: '/', communityName })).toContain(
        '<a href="/">CoP platform</a>',
      );
  });

  it('has its styles in a <style> element and no script', () => {
    expect(page).toMatch(/<style>[^<]*button[^<]*<\/style>/);
    expect(page).not.toMatch(/<script|style="/);
    expect(PLAIN_PAGE_CSP).toMatch(/default-src 'none'/);
    expect(PLAIN_PAGE_CSP).not.toMatch(/script-src/);
  });

  it('uses colours that pass WCAG AA (4.5:1) for text, links and buttons', () => {
    const c = PLAIN_PAGE_COLOURS;
    expect(contrast(c.onPrimary, c.primary)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.onPrimary, c.primaryHover)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.primary, c.card)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.text, c.card)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.text, c.background)).toBeGreaterThanOrEqual(4.5);
    // The focus ring (the primary) against the grey page and the white card: 3:1 for UI parts.
    expect(contrast(c.primary, c.background)).toBeGreaterThanOrEqual(3);
  });
});
