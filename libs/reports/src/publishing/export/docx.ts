import MarkdownIt from 'markdown-it';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';
import {
  isoDate,
  noteParts,
  numberedNotes,
  oneLine,
  priorityLabel,
  reportStatusLabel,
  type ReportExport,
} from './report-export';

type Token = MarkdownIt.Token;

// As the platform's renderer: raw HTML is never parsed, bare URLs become links.
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const ORDERED = 'ordered-list';
const INDENT = 720; // twips: half an inch per level
const MONOSPACE = 'Courier New';

/** Characters XML 1.0 cannot hold: user text must not make the file unreadable. */
function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
}

function safeHref(href: string | null): string | null {
  if (!href) return null;
  try {
    const url = new URL(href);
    return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function hyperlink(url: string, text = url): ExternalHyperlink {
  return new ExternalHyperlink({
    link: url,
    children: [new TextRun({ text: xmlSafe(text), style: 'Hyperlink' })],
  });
}

/** Inline markdown (bold, italics, strike, code, links, breaks) as runs. */
function inlineRuns(children: Token[]): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let bold = 0;
  let italics = 0;
  let strike = 0;
  let link: { href: string | null; runs: TextRun[] } | null = null;
  const push = (text: string, extra: { font?: string; break?: number } = {}) => {
    const run = new TextRun({
      text: xmlSafe(text),
      bold: bold > 0 || undefined,
      italics: italics > 0 || undefined,
      strike: strike > 0 || undefined,
      style: link?.href ? 'Hyperlink' : undefined,
      ...extra,
    });
    if (link) link.runs.push(run);
    else runs.push(run);
  };
  for (const t of children) {
    switch (t.type) {
      case 'text':
      case 'text_special':
        push(t.content);
        break;
      case 'code_inline':
        push(t.content, { font: MONOSPACE });
        break;
      case 'image':
        push(t.content);
        break;
      case 'softbreak':
        push(' ');
        break;
      case 'hardbreak':
        push('', { break: 1 });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold--;
        break;
      case 'em_open':
        italics++;
        break;
      case 'em_close':
        italics--;
        break;
      case 's_open':
        strike++;
        break;
      case 's_close':
        strike--;
        break;
      case 'link_open':
        link = { href: safeHref(String(t.attrGet('href') ?? '')), runs: [] };
        break;
      case 'link_close':
        if (link?.href) runs.push(new ExternalHyperlink({ link: link.href, children: link.runs }));
        else if (link) runs.push(...link.runs);
        link = null;
        break;
      default:
        break;
    }
  }
  if (link) runs.push(...link.runs);
  return runs;
}

/** A counter shared by one document, so each ordered list starts at 1 on its own. */
interface ListCounter {
  next: number;
}

/**
 * Markdown blocks as Word paragraphs: headings (moved down by `headingShift`), paragraphs, bullet
 * and numbered lists, quotes and code indented, table rows as "a | b". Not every construct, but
 * nothing is lost: what has no Word form comes through as its text.
 */
export function markdownParagraphs(source: string, headingShift: number, lists: ListCounter): Paragraph[] {
  const tokens = md.parse(source ?? '', {});
  const out: Paragraph[] = [];
  const open: { ordered: boolean; instance: number }[] = [];
  let quote = 0;
  let itemStarted = false;
  let heading: number | null = null;
  let row: string[] | null = null;

  const blockOptions = (): Partial<IParagraphOptions> => {
    const list = open[open.length - 1];
    const level = Math.min(open.length - 1, 8);
    const quoteIndent = quote * INDENT;
    if (list && itemStarted) {
      itemStarted = false;
      return list.ordered
        ? { numbering: { reference: ORDERED, level, instance: list.instance } }
        : { bullet: { level } };
    }
    const left = (list ? (level + 1) * INDENT : 0) + quoteIndent;
    return left ? { indent: { left } } : {};
  };

  for (const t of tokens) {
    switch (t.type) {
      case 'heading_open':
        heading = Number(t.tag.slice(1));
        break;
      case 'heading_close':
        heading = null;
        break;
      case 'inline': {
        if (row) {
          row.push(oneLine(t.content));
          break;
        }
        const children = inlineRuns(t.children ?? []);
        if (heading !== null) {
          const level = Math.min(heading + headingShift, HEADINGS.length) - 1;
          out.push(new Paragraph({ heading: HEADINGS[level], children }));
        } else out.push(new Paragraph({ ...blockOptions(), children }));
        break;
      }
      case 'bullet_list_open':
        open.push({ ordered: false, instance: 0 });
        break;
      case 'ordered_list_open':
        open.push({ ordered: true, instance: ++lists.next });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        open.pop();
        break;
      case 'list_item_open':
        itemStarted = true;
        break;
      case 'list_item_close':
        itemStarted = false;
        break;
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'fence':
      case 'code_block': {
        const options = blockOptions();
        const indent = { left: ((options.indent?.left as number | undefined) ?? 0) + INDENT };
        for (const line of t.content.replace(/\n$/, '').split('\n'))
          out.push(
            new Paragraph({ indent, children: [new TextRun({ text: xmlSafe(line), font: MONOSPACE })] }),
          );
        break;
      }
      case 'hr':
        out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('* * *')] }));
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        if (row) out.push(new Paragraph({ children: [new TextRun(xmlSafe(row.join(' | ')))] }));
        row = null;
        break;
      default:
        break;
    }
  }
  return out;
}

/**
 * The report as a Word document: the title, its meta, each section as "n. Title" (Heading 1) with
 * its markdown, the recommendations, and every evidence note as a real Word footnote, numbered
 * 1..N in reading order, quoting the snapshot figures with the date taken and the live source.
 */
export function reportToDocument(report: ReportExport): Document {
  const numbers = numberedNotes(report);
  const lists: ListCounter = { next: 0 };
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(xmlSafe(oneLine(report.title)))] }),
    new Paragraph({
      children: [new TextRun({ text: 'Kind: ', bold: true }), new TextRun(xmlSafe(report.kind))],
    }),
  ];
  if (report.workingGroups.length)
    children.push(
      new Paragraph({
        children: [
          new TextRun({ text: 'Working groups: ', bold: true }),
          new TextRun(xmlSafe(report.workingGroups.map(oneLine).join(', '))),
        ],
      }),
    );
  children.push(
    new Paragraph({
      children: [
        new TextRun({ text: 'Status: ', bold: true }),
        new TextRun(
          reportStatusLabel(report.status) +
            (report.publishedAt ? `, published ${isoDate(report.publishedAt)}` : ''),
        ),
      ],
    }),
  );

  for (const section of report.sections) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        children: [new TextRun(xmlSafe(`${section.number}. ${oneLine(section.title)}`))],
      }),
    );
    children.push(...markdownParagraphs(section.body, 1, lists));
    for (const rec of section.recommendations) {
      children.push(
        new Paragraph({
          spacing: { before: 160 },
          children: [
            new TextRun({ text: `Recommendation ${rec.number}`, bold: true }),
            new TextRun(` (priority ${priorityLabel(rec.priority)}) `),
            new TextRun(xmlSafe(oneLine(rec.statement))),
            ...rec.evidence.map((e) => new FootnoteReferenceRun(numbers.get(e)!)),
          ],
        }),
      );
      if (rec.rationale?.trim()) children.push(...markdownParagraphs(rec.rationale, 1, lists));
    }
  }

  const footnotes: Record<string, { children: Paragraph[] }> = {};
  for (const [evidence, n] of numbers) {
    const { text, sourceUrl } = noteParts(evidence, report.hiddenEvidenceNote);
    const url = safeHref(sourceUrl);
    footnotes[n] = {
      children: [
        new Paragraph({
          children: [
            new TextRun(xmlSafe(text)),
            ...(url ? [new TextRun(' Live source: '), hyperlink(url)] : []),
          ],
        }),
      ],
    };
  }

  return new Document({
    title: xmlSafe(oneLine(report.title)),
    description: xmlSafe(oneLine(report.kind)),
    creator: 'CoP platform',
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: (level + 1) * INDENT, hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes,
    sections: [{ children }],
  });
}

/** The .docx file's bytes. */
export async function reportToDocx(report: ReportExport): Promise<Buffer> {
  return Packer.toBuffer(reportToDocument(report));
}
