import { expect, gql, settled, signIn, test } from './support/fixtures';

// A document body full of XSS payloads (issue 19) renders inert on the document page, in the
// search results and in the version diff: no dialog opens, no element carries an on* handler,
// no link or frame points at javascript: or data:, no script or frame is in the page's text.

const MEMBER = 'Elena Colombo';

test.use({ actionTimeout: 20_000 });

const PAYLOADS = [
  '<script>alert("script tag")</script>',
  '<img src="x" onerror="alert(\'img onerror\')">',
  '<body onload="alert(\'body onload\')">',
  '<svg onload="alert(\'svg onload\')"><script>alert("svg script")</script></svg>',
  '<svg><a xlink:href="javascript:alert(\'svg link\')"><text y="20">svg link</text></a></svg>',
  '<iframe srcdoc="<script>parent.alert(\'srcdoc\')</script>"></iframe>',
  '<iframe src="javascript:alert(\'iframe src\')"></iframe>',
  '<a href="javascript:alert(\'html link\')">html link</a>',
  '[markdown link](javascript:alert("markdown link"))',
  '[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgnZGF0YScpPC9zY3JpcHQ+)',
  '<a href="data:text/html,<script>alert(\'data\')</script>">data url</a>',
  '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">',
  '<object data="javascript:alert(\'object\')"></object>',
  '<embed src="javascript:alert(\'embed\')">',
  '<details open ontoggle="alert(\'ontoggle\')"><summary>x</summary></details>',
  '<div style="background:url(javascript:alert(\'css\'))" onmouseover="alert(\'hover\')">hover me</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("mxss")></style></mglyph></table></mtext></math>',
  '<form action="javascript:alert(\'form\')"><button>submit</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(\'meta\')">',
  '"><img src=x onerror=alert("attribute break")>',
  '`<script>alert("code")</script>`',
];

test('a body full of XSS payloads renders inert', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page, MEMBER);
  const marker = `xsscheck${Date.now().toString(36).replace(/\d/g, 'q')}`;
  const body = `# Payloads ${marker}\n\n${PAYLOADS.join('\n\n')}\n\nThe end ${marker}.`;
  const { postDocument } = await gql<{ postDocument: { id: string } }>(
    page.context(),
    baseURL!,
    `mutation($input: DocumentInput!) { postDocument(input: $input) { id } }`,
    {
      input: {
        title: `XSS payloads ${marker} <img src=x onerror=alert("title")>`,
        summary: '<script>alert("summary")</script>',
        kind: 'NOTE',
        body,
        tags: [marker],
      },
    },
  );
  const id = postDocument.id;
  await gql(
    page.context(),
    baseURL!,
    `mutation($id: ID!, $input: DocumentInput!) { updateDocument(id: $id, expectedVersion: 1, input: $input) { version } }`,
    {
      id,
      input: {
        title: `XSS payloads ${marker} <svg onload=alert("title 2")>`,
        summary: '<img src=x onerror=alert("summary 2")>',
        kind: 'NOTE',
        body: `${body}\n\n<img src=y onerror=alert("second version")>`,
        tags: [marker],
      },
    },
  );

  for (const path of [`/documents/${id}`, `/documents/${id}?compare=1..2`, `/search?q=${marker}`]) {
    await page.goto(path);
    await settled(page);
    await expect(page.getByRole('main')).toContainText(marker);
    // Give late handlers (image errors, frames loading) their chance.
    await page.waitForTimeout(1000);
    const found = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      const all = Array.from(main.querySelectorAll('*'));
      return {
        handlers: all.flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.toLowerCase().startsWith('on'))
            .map((a) => `${el.tagName} ${a.name}`),
        ),
        scriptUrls: all.flatMap((el) =>
          ['href', 'src', 'action', 'data', 'xlink:href', 'formaction']
            .map((name) => el.getAttribute(name))
            .filter((v): v is string => v !== null && /^\s*(javascript|data|vbscript):/i.test(v)),
        ),
        dangerous: all
          .filter((el) =>
            ['SCRIPT', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'META', 'BASE'].includes(
              el.tagName.toUpperCase(),
            ),
          )
          .map((el) => el.tagName),
        // Mantine writes <style> for responsive props; none of them may carry the payloads.
        styles: all.filter(
          (el) => el.tagName.toUpperCase() === 'STYLE' && /alert|javascript|mxss/i.test(el.textContent ?? ''),
        ).length,
        srcdoc: all.filter((el) => el.hasAttribute('srcdoc')).length,
      };
    });
    expect(found, path).toEqual({ handlers: [], scriptUrls: [], dangerous: [], styles: 0, srcdoc: 0 });
  }
  // The payloads are shown as text where they are text (the title is no markup).
  await page.goto(`/documents/${id}`);
  await settled(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('<svg onload=alert("title 2")>');
  expect(dialogs).toEqual([]);
});
