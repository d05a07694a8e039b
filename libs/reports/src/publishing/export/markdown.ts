import {
  isoDate,
  noteParts,
  numberedNotes,
  oneLine,
  priorityLabel,
  reportStatusLabel,
  type ReportExport,
} from './report-export';

/** Plain text as literal Markdown: the characters that would start emphasis, links or HTML are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|~])/g, '\\$1');
}

/**
 * The headings of a section's own markdown moved down by `by` levels (at most h6), so they sit under
 * the section's heading; fenced code is left as written.
 */
export function demoteHeadings(markdown: string, by: number): string {
  let fence: string | null = null;
  return markdown
    .split('\n')
    .map((line) => {
      const opening = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (opening) {
        if (fence === null) fence = opening;
        else if (opening.startsWith(fence)) fence = null;
        return line;
      }
      if (fence !== null) return line;
      return line.replace(
        /^(\s{0,3})(#{1,6})(?=\s|$)/,
        (_, indent: string, hashes: string) => indent + '#'.repeat(Math.min(6, hashes.length + by)),
      );
    })
    .join('\n');
}

function link(url: string): string {
  return /^[^\s<>]+$/.test(url) ? `<${url}>` : escapeMarkdown(url);
}

/**
 * The report as one Markdown file: title, meta, each section's markdown under "## n. Title",
 * recommendations as "**Recommendation 2.1** (priority high) …" and the evidence as numbered
 * footnotes [^1] quoting the snapshot figures with the date they were taken and the live source.
 */
export function reportToMarkdown(report: ReportExport): string {
  const numbers = numberedNotes(report);
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(oneLine(report.title))}`, '');
  const meta = [
    `Kind: ${escapeMarkdown(oneLine(report.kind))}`,
    report.workingGroups.length
      ? `Working groups: ${report.workingGroups.map((g) => escapeMarkdown(oneLine(g))).join(', ')}`
      : null,
    `Status: ${reportStatusLabel(report.status)}` +
      (report.publishedAt ? `, published ${isoDate(report.publishedAt)}` : ''),
  ].filter((line): line is string => line !== null);
  out.push(meta.join('  \n'), '');

  for (const section of report.sections) {
    out.push(`## ${section.number}. ${escapeMarkdown(oneLine(section.title))}`, '');
    const body = section.body.trim();
    if (body) out.push(demoteHeadings(body, 2), '');
    for (const rec of section.recommendations) {
      const refs = rec.evidence.map((e) => `[^${numbers.get(e)}]`).join('');
      out.push(
        `**Recommendation ${rec.number}** (priority ${priorityLabel(rec.priority)}) ` +
          `${escapeMarkdown(oneLine(rec.statement))}${refs}`,
        '',
      );
      const rationale = rec.rationale?.trim();
      if (rationale) out.push(demoteHeadings(rationale, 2), '');
    }
  }

  if (numbers.size) {
    for (const [evidence, n] of numbers) {
      const { text, sourceUrl } = noteParts(evidence, report.hiddenEvidenceNote);
      out.push(`[^${n}]: ${escapeMarkdown(text)}${sourceUrl ? ` Live source: ${link(sourceUrl)}` : ''}`);
    }
    out.push('');
  }
  return out.join('\n');
}
