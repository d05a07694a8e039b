import JSZip from 'jszip';
import mammoth from 'mammoth';
import { reportToDocx } from './docx';
import { demoteHeadings, reportToMarkdown } from './markdown';
import { EVIDENCE_NOT_VISIBLE_TO_YOU, slugFileName, type ReportExport } from './report-export';

const TAKEN = new Date('2026-11-03T09:30:00Z');

function sample(): ReportExport {
  return {
    title: 'Survey interpretation',
    kind: 'SRIDA input',
    workingGroups: ['WG5 Use cases', 'WG1 Policy'],
    status: 'PUBLISHED',
    publishedAt: new Date('2026-12-01T10:00:00Z'),
    hiddenEvidenceNote: EVIDENCE_NOT_VISIBLE_TO_YOU,
    sections: [
      {
        number: 1,
        title: 'Who answered',
        body: '# Context\n\nMost answers came from **sites** and _labs_, see [the survey](https://example.org/s).\n\n- one\n- two\n\n1. first\n2. second',
        recommendations: [
          {
            number: '1.1',
            statement: 'Fund infrastructure managers',
            rationale: 'Because *they* asked.',
            priority: 'HIGH',
            evidence: [
              {
                visible: true,
                kind: 'SURVEY_RESULT',
                label: 'Jena survey · Q: Your role?',
                summary: 'Infrastructure manager: 22 of 80 respondents (27.5%)',
                takenAt: TAKEN,
                note: 'The largest group',
                sourceUrl: 'https://cop.example.org/surveys/jena/results',
              },
              {
                visible: false,
                kind: 'DOCUMENT_VERSION',
                label: null,
                summary: null,
                takenAt: null,
                note: null,
                sourceUrl: null,
              },
            ],
          },
        ],
      },
      {
        number: 2,
        title: 'Gaps',
        body: '',
        recommendations: [
          {
            number: '2.1',
            statement: 'Close the *disk* gap',
            rationale: null,
            priority: 'LOW',
            evidence: [
              {
                visible: true,
                kind: 'USE_CASE',
                label: 'HL-LHC · Gap analysis',
                summary: 'Not enough disk.',
                takenAt: TAKEN,
                note: null,
                sourceUrl: 'https://cop.example.org/use-cases/abc',
              },
            ],
          },
        ],
      },
    ],
  };
}

describe('the Markdown export', () => {
  const text = reportToMarkdown(sample());

  it('writes the title, the meta and each section under a numbered heading', () => {
    expect(text).toMatch(/^# Survey interpretation\n/);
    expect(text).toContain('Kind: SRIDA input');
    expect(text).toContain('Working groups: WG5 Use cases, WG1 Policy');
    expect(text).toContain('Status: Published, published 2026-12-01');
    expect(text).toContain('## 1. Who answered');
    expect(text).toContain('## 2. Gaps');
    // The section's own heading sits below the section's.
    expect(text).toContain('### Context');
  });

  it('writes recommendations with their priority and footnote references numbered across the report', () => {
    expect(text).toContain('**Recommendation 1.1** (priority high) Fund infrastructure managers[^1][^2]');
    expect(text).toContain('**Recommendation 2.1** (priority low) Close the \\*disk\\* gap[^3]');
    expect(text).toContain('Because *they* asked.');
  });

  it('quotes the snapshot figures, the date taken and the live source; hidden evidence says only that', () => {
    expect(text).toContain(
      '[^1]: Survey result · Jena survey · Q: Your role?: Infrastructure manager: 22 of 80 respondents (27.5%) (figures as taken on 2026-11-03). Note: The largest group. Live source: <https://cop.example.org/surveys/jena/results>',
    );
    expect(text).toContain('[^2]: Document: evidence not visible to you.\n');
    expect(text).toContain(
      '[^3]: Use case · HL-LHC · Gap analysis: Not enough disk. (figures as taken on 2026-11-03).',
    );
  });

  it('demotes headings outside fenced code only', () => {
    expect(demoteHeadings('# A\n```\n# not a heading\n```\n###### F', 2)).toBe(
      '### A\n```\n# not a heading\n```\n###### F',
    );
  });

  it('names files from the title', () => {
    expect(slugFileName('Survey interpretation: WG5 (draft) — Zürich')).toBe(
      'survey-interpretation-wg5-draft-zurich',
    );
    expect(slugFileName('···')).toBe('report');
  });
});

describe('the DOCX export', () => {
  let file: Buffer;
  beforeAll(async () => {
    file = await reportToDocx(sample());
  });

  it('opens, with the text of the title, sections, lists and recommendations', async () => {
    const { value } = await mammoth.extractRawText({ buffer: file });
    for (const expected of [
      'Survey interpretation',
      'Kind: SRIDA input',
      '1. Who answered',
      'Context',
      'Most answers came from sites and labs, see the survey.',
      'one',
      'second',
      'Recommendation 1.1 (priority high) Fund infrastructure managers',
      'Because they asked.',
      '2. Gaps',
    ])
      expect(value).toContain(expected);
  });

  it('makes the evidence real Word footnotes, in reading order, quoting the snapshot figures', async () => {
    const zip = await JSZip.loadAsync(file);
    const body = await zip.file('word/document.xml')!.async('string');
    const notes = await zip.file('word/footnotes.xml')!.async('string');
    const refs = [...body.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(refs).toEqual([1, 2, 3]);
    const noteText = (id: number) =>
      [...notes.matchAll(/<w:footnote\b[^>]*\bw:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:footnote>/g)]
        .filter((m) => Number(m[1]) === id)
        .map((m) => [...m[2].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''))
        .join('');
    expect(noteText(1)).toContain('Infrastructure manager: 22 of 80 respondents (27.5%)');
    expect(noteText(1)).toContain('figures as taken on 2026-11-03');
    expect(noteText(1)).toContain('https://cop.example.org/surveys/jena/results');
    expect(noteText(2)).toBe('Document: evidence not visible to you.');
    expect(noteText(3)).toContain('Not enough disk.');
    const rels = await zip.file('word/_rels/footnotes.xml.rels')?.async('string');
    expect(rels ?? '').toContain('https://cop.example.org/surveys/jena/results');
    const bodyRels = await zip.file('word/_rels/document.xml.rels')!.async('string');
    expect(bodyRels).toContain('https://example.org/s');
  });

  it('survives text that XML cannot hold', async () => {
    const report = sample();
    report.title = 'Bad \u0001 title';
    report.sections[0].body = 'x\u0002y [js](javascript:alert(1)) [files](ftp://example.org/a)';
    const docx = await reportToDocx(report);
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain('Bad  title');
    // Only http, https and mailto become links; the rest stays text.
    expect(value).toContain('xy [js](javascript:alert(1)) files');
    const rels = await (await JSZip.loadAsync(docx)).file('word/_rels/document.xml.rels')!.async('string');
    expect(rels).not.toMatch(/javascript:|ftp:/);
  });
});
