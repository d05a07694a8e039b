import type { ReactNode } from 'react';
import './documents.css';
import { headlineParts } from './headline-parts';

/** The API's headline with its matches highlighted: `<mark>` is the only HTML let through. */
export function Headline({ html }: { html: string }): ReactNode {
  return headlineParts(html).map((p, i) =>
    p.marked ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
  );
}
