// The markdown editor's toolbar as pure edits of the text and its selection (no React, no DOM):
// each action returns the new text and the selection to restore, so the editor stays undoable
// in one step and tests can check every action.

export type Edit = { text: string; start: number; end: number };

export type MarkdownAction =
  'bold' | 'italic' | 'heading' | 'link' | 'bulletList' | 'numberedList' | 'quote' | 'code';

/** The toolbar's buttons: accessible name, what the button shows, and its shortcut (Ctrl/⌘ + key). */
export const MARKDOWN_ACTIONS: { action: MarkdownAction; label: string; glyph: string; key?: string }[] = [
  { action: 'bold', label: 'Bold', glyph: 'B', key: 'b' },
  { action: 'italic', label: 'Italic', glyph: 'I', key: 'i' },
  { action: 'heading', label: 'Heading', glyph: 'H' },
  { action: 'link', label: 'Link', glyph: 'link', key: 'k' },
  { action: 'bulletList', label: 'Bulleted list', glyph: '•' },
  { action: 'numberedList', label: 'Numbered list', glyph: '1.' },
  { action: 'quote', label: 'Quote', glyph: '❝' },
  { action: 'code', label: 'Code', glyph: '</>' },
];

/** Wraps the selection in `marker` (or puts `placeholder` there, selected); unwraps it when already wrapped. */
function wrap(e: Edit, marker: string, placeholder: string): Edit {
  const { text, start, end } = e;
  const before = text.slice(0, start);
  const after = text.slice(end);
  const n = marker.length;
  if (before.endsWith(marker) && after.startsWith(marker)) {
    return {
      text: before.slice(0, -n) + text.slice(start, end) + after.slice(n),
      start: start - n,
      end: end - n,
    };
  }
  const inner = start === end ? placeholder : text.slice(start, end);
  return { text: before + marker + inner + marker + after, start: start + n, end: start + n + inner.length };
}

/** The start of the line holding `at`, and the end of the line holding `to`. */
function lineBounds(text: string, at: number, to: number): [number, number] {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const next = text.indexOf('\n', to > at && text[to - 1] === '\n' ? to - 1 : to);
  return [from, next === -1 ? text.length : next];
}

/**
 * Puts `prefix(i)` before every selected line, or takes it away when every line has it. `has`
 * recognises a line that already has the prefix (numbered lists renumber).
 */
function prefixLines(e: Edit, prefix: (i: number) => string, has: RegExp): Edit {
  const [from, to] = lineBounds(e.text, e.start, e.end);
  const lines = e.text.slice(from, to).split('\n');
  const all = lines.every((l) => has.test(l));
  const changed = lines.map((l, i) => (all ? l.replace(has, '') : prefix(i) + l)).join('\n');
  const text = e.text.slice(0, from) + changed + e.text.slice(to);
  if (lines.length === 1 && e.start === e.end) {
    // A caret stays where it was in the line's words.
    const shift = changed.length - (to - from);
    const start = Math.max(from, e.start + shift);
    return { text, start, end: start };
  }
  return { text, start: from, end: from + changed.length };
}

/** The text and selection after a toolbar action. */
export function applyMarkdown(action: MarkdownAction, e: Edit): Edit {
  switch (action) {
    case 'bold':
      return wrap(e, '**', 'bold text');
    case 'italic':
      return wrap(e, '_', 'italic text');
    case 'code': {
      const selected = e.text.slice(e.start, e.end);
      if (!selected.includes('\n')) return wrap(e, '`', 'code');
      // Several lines: a fenced block on lines of its own.
      const before = e.text.slice(0, e.start);
      const lead = before === '' || before.endsWith('\n') ? '' : '\n';
      const body = selected.replace(/\n$/, '');
      const text = `${before}${lead}\`\`\`\n${body}\n\`\`\`\n${e.text.slice(e.end).replace(/^\n/, '')}`;
      const start = e.start + lead.length + 4;
      return { text, start, end: start + body.length };
    }
    case 'heading':
      return prefixLines(e, () => '## ', /^#{1,6} /);
    case 'bulletList':
      return prefixLines(e, () => '- ', /^[-*+] /);
    case 'numberedList':
      return prefixLines(e, (i) => `${i + 1}. `, /^\d+\. /);
    case 'quote':
      return prefixLines(e, () => '> ', /^> ?/);
    case 'link': {
      const selected = e.text.slice(e.start, e.end);
      const isUrl = /^https?:\/\/\S+$/.test(selected);
      const label = isUrl || !selected ? 'link text' : selected;
      const url = isUrl ? selected : 'https://';
      const text = `${e.text.slice(0, e.start)}[${label}](${url})${e.text.slice(e.end)}`;
      // Select what is still to be written: the URL after a label, the label after a URL.
      if (isUrl) return { text, start: e.start + 1, end: e.start + 1 + label.length };
      const urlStart = e.start + label.length + 3;
      return { text, start: urlStart, end: urlStart + url.length };
    }
  }
}
