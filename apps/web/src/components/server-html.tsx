import { Typography } from '@mantine/core';
import { useMemo } from 'react';

/**
 * HTML the server rendered from markdown and sanitized (bodyHtml, answerHtml, minutesHtml):
 * the only HTML the app ever injects, and never its own rendering of untrusted text.
 * Its headings go `headingOffset` levels down so a "# Heading" never makes a second h1.
 */
export function ServerHtml({ html, headingOffset = 1 }: { html: string; headingOffset?: number }) {
  const shifted = useMemo(() => belowPageHeading(html, headingOffset), [html, headingOffset]);
  return (
    <Typography>
      <div className="cop-html" dangerouslySetInnerHTML={{ __html: shifted }} />
    </Typography>
  );
}

/**
 * The HTML with its headings `by` levels down (never below h6). Only element names change:
 * text and attributes are the server's.
 */
export function belowPageHeading(html: string, by = 1): string {
  if (!/<h[1-6][\s>]/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const heading of Array.from(doc.body.querySelectorAll('h1, h2, h3, h4, h5'))) {
    const lower = doc.createElement(`h${Math.min(6, Number(heading.tagName[1]) + by)}`);
    for (const attribute of Array.from(heading.attributes))
      lower.setAttribute(attribute.name, attribute.value);
    lower.append(...Array.from(heading.childNodes));
    heading.replaceWith(lower);
  }
  return doc.body.innerHTML;
}
