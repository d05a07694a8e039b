import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

type Token = MarkdownIt.Token;

// Raw HTML is never parsed (html: false); sanitize-html below is the second line of defence
// against whatever markdown-it's own link validation lets through.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const LINK_REL = 'nofollow noopener noreferrer';

const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
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
  ],
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['align'],
    td: ['align'],
  },
  allowedClasses: { code: ['language-*'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: LINK_REL } }),
    // markdown-it aligns table cells with a style attribute; keep the alignment, not the style.
    th: alignFromStyle,
    td: alignFromStyle,
  },
  // An image whose source was refused (data:, javascript:, relative) is dropped entirely.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
};

function alignFromStyle(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const align = /^text-align:\s*(left|right|center)\s*;?$/.exec(attribs.style ?? '')?.[1];
  return { tagName, attribs: align ? { align } : {} };
}

/** Markdown written by users, as HTML that is safe to put in a page or an e-mail. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(md.render(source ?? ''), sanitizeOptions);
}

/**
 * The same markdown as readable plain text (the text part of an e-mail): block structure kept
 * with blank lines, list markers and "> " quotes, and every link written out as "text (url)".
 */
export function markdownToText(source: string): string {
  return new TextRenderer().render(md.parse(source ?? '', {}));
}

class TextRenderer {
  private readonly lines: string[] = [];
  /** Line prefixes of the enclosing blocks: "> " for quotes, indentation for list items. */
  private readonly prefixes: string[] = [];
  private readonly lists: { ordered: boolean; next: number }[] = [];
  private pendingMarker: string | null = null;
  private row: string[] | null = null;

  render(tokens: Token[]): string {
    for (const token of tokens) this.block(token);
    return this.lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private block(t: Token): void {
    switch (t.type) {
      case 'inline': {
        const text = inlineText(t.children ?? []);
        if (this.row) this.row.push(text.replace(/\s*\n\s*/g, ' '));
        else this.write(text);
        break;
      }
      case 'paragraph_close':
      case 'heading_close':
        if (!t.hidden) this.blank();
        break;
      case 'bullet_list_open':
        this.lists.push({ ordered: false, next: 0 });
        break;
      case 'ordered_list_open':
        this.lists.push({ ordered: true, next: Number(t.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        this.lists.pop();
        this.blank();
        break;
      case 'list_item_open': {
        const list = this.lists[this.lists.length - 1];
        const marker = list?.ordered ? `${list.next++}. ` : '- ';
        this.prefixes.push(' '.repeat(marker.length));
        this.pendingMarker = marker;
        break;
      }
      case 'list_item_close':
        this.prefixes.pop();
        this.pendingMarker = null;
        break;
      case 'blockquote_open':
        this.prefixes.push('> ');
        break;
      case 'blockquote_close': {
        // Drop the quote's own trailing separator line ("> ") before leaving it.
        const own = this.prefixes.join('').trimEnd();
        while (this.lines.length > 0 && this.lines[this.lines.length - 1] === own) this.lines.pop();
        this.prefixes.pop();
        this.blank();
        break;
      }
      case 'fence':
      case 'code_block':
        this.prefixes.push('    ');
        this.write(t.content.replace(/\n$/, ''));
        this.prefixes.pop();
        this.blank();
        break;
      case 'hr':
        this.write('----------');
        this.blank();
        break;
      case 'tr_open':
        this.row = [];
        break;
      case 'tr_close':
        if (this.row) this.write(this.row.join(' | '));
        this.row = null;
        break;
      case 'table_close':
        this.blank();
        break;
      default:
        break;
    }
  }

  private write(text: string): void {
    text.split('\n').forEach((line) => {
      let prefix = this.prefixes.join('');
      if (this.pendingMarker !== null) {
        prefix = this.prefixes.slice(0, -1).join('') + this.pendingMarker;
        this.pendingMarker = null;
      }
      this.lines.push((prefix + line).trimEnd());
    });
  }

  private blank(): void {
    const line = this.prefixes.join('').trimEnd();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== line) this.lines.push(line);
  }
}

function inlineText(children: Token[]): string {
  let out = '';
  const links: { href: string; start: number; linkify: boolean }[] = [];
  for (const t of children) {
    switch (t.type) {
      case 'text':
      case 'text_special':
      case 'code_inline':
      case 'html_inline':
        out += t.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'link_open':
        links.push({
          href: String(t.attrGet('href') ?? ''),
          start: out.length,
          linkify: t.markup === 'linkify',
        });
        break;
      case 'link_close': {
        const link = links.pop();
        if (!link) break;
        const text = out.slice(link.start);
        const redundant = link.linkify || text === link.href || `mailto:${text}` === link.href;
        if (!redundant && link.href) out += ` (${link.href})`;
        break;
      }
      case 'image': {
        const src = String(t.attrGet('src') ?? '');
        out += t.content ? `${t.content} (${src})` : src;
        break;
      }
      default:
        break;
    }
  }
  return out;
}
