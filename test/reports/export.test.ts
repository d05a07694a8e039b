import JSZip from 'jszip';
import mammoth from 'mammoth';
import {
  CASE,
  OPEN,
  SECRET,
  UNKNOWN,
  type PublishFixture,
  type Who,
  seedPublishFixture,
  wordText,
} from './publish-fixture';

const EVIDENCE = `query($id: ID!) { report(id: $id) { sections { recommendations { number
  evidence { visible label snapshot { summary takenAt } } } } } }`;

interface EvidenceData {
  report: {
    sections: {
      recommendations: {
        number: string;
        evidence: {
          visible: boolean;
          label: string | null;
          snapshot: { summary: string; takenAt: string } | null;
        }[];
      }[];
    }[];
  };
}

describe('reports: the Markdown and DOCX exports', () => {
  let fx: PublishFixture;
  let figures: { secret: string; open: string; takenAt: string };

  beforeAll(async () => {
    fx = await seedPublishFixture();
    const data = await fx.gql<EvidenceData>(EVIDENCE, { id: fx.ids.report }, 'insider');
    const [rec1, rec2] = data.report.sections[0].recommendations;
    figures = {
      secret: rec1.evidence[0].snapshot!.summary,
      open: rec2.evidence[0].snapshot!.summary,
      takenAt: rec1.evidence[0].snapshot!.takenAt.slice(0, 10),
    };
  }, 60_000);
  afterAll(async () => {
    await fx?.close();
  });

  const get = (format: 'md' | 'docx', who: Who | 'anonymous', id = fx.ids.report) =>
    fetch(`${fx.api.url}/reports/${id}/export.${format}`, { headers: fx.as[who] });

  describe('Markdown', () => {
    it('is an attachment named from the title, with the evidence as footnotes quoting the snapshot', async () => {
      const res = await get('md', 'insider');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/markdown; charset=utf-8/);
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="survey-interpretation-wg5.md"',
      );
      const text = await res.text();
      expect(text).toMatch(/^# Survey interpretation: WG5\n/);
      expect(text).toContain('**Recommendation 1.1** (priority high) Fund infrastructure managers[^1]');
      expect(text).toContain(`figures as taken on ${figures.takenAt}`);
      expect(text).toContain(SECRET);
      expect(text).toContain(OPEN);
      expect(text).toMatch(new RegExp(`\\[\\^1\\]: .*Live source: <http[^>]*/documents/${fx.docs.secret}>`));
    });

    it('tells an outsider only that evidence exists', async () => {
      const res = await get('md', 'outsider');
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(fx.docs.secret);
      expect(text).toContain('[^1]: Document: evidence not visible to you.\n');
      expect(text).toContain(OPEN);
    });
  });

  describe('DOCX', () => {
    const open = async (who: Who) => {
      const res = await get('docx', who);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      );
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="survey-interpretation-wg5.docx"',
      );
      const buffer = Buffer.from(await res.arrayBuffer());
      const zip = await JSZip.loadAsync(buffer);
      const parts: Record<string, string> = {};
      for (const name of Object.keys(zip.files))
        if (!zip.files[name].dir) parts[name] = await zip.files[name].async('string');
      return { buffer, parts };
    };

    it('opens, with the text, and the evidence as real footnotes quoting the snapshot figures', async () => {
      const { buffer, parts } = await open('insider');
      const { value } = await mammoth.extractRawText({ buffer });
      expect(value).toContain('Survey interpretation: WG5');
      expect(value).toContain('1. Who answered');
      expect(value).toContain('Most answers came from sites.');
      expect(value).toContain('Recommendation 1.1 (priority high) Fund infrastructure managers');
      expect(value).toContain('Recommendation 1.2 (priority low) Share the findings');
      const refs = [...parts['word/document.xml'].matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)];
      expect(refs.map((m) => Number(m[1]))).toEqual([1, 2, 3]);
      const notes = wordText(parts['word/footnotes.xml']);
      expect(notes).toContain(figures.secret);
      expect(notes).toContain(figures.open);
      expect(notes).toContain(`figures as taken on ${figures.takenAt}`);
      expect(notes).toContain(SECRET);
      expect(notes).toContain(CASE);
    });

    it('tells an outsider only that evidence exists, in no part of the file', async () => {
      const { parts } = await open('outsider');
      const notes = wordText(parts['word/footnotes.xml']);
      expect(notes).toContain('Document: evidence not visible to you.');
      expect(notes).toContain(figures.open);
      for (const [name, xml] of Object.entries(parts)) {
        expect({ name, leaks: xml.includes(SECRET) || xml.includes(fx.docs.secret) }).toEqual({
          name,
          leaks: false,
        });
      }
    });
  });

  it('is for members: 401 anonymous, 403 a guest, 404 an unknown or malformed report', async () => {
    for (const format of ['md', 'docx'] as const) {
      expect((await get(format, 'anonymous')).status).toBe(401);
      expect((await get(format, 'guest')).status).toBe(403);
      expect((await get(format, 'insider', UNKNOWN)).status).toBe(404);
      expect((await get(format, 'insider', 'not-a-report')).status).toBe(404);
    }
  });

  it('answers a bearer token as a session', async () => {
    const created = await fx.gql<{ createAccessToken: { secret: string } }>(
      'mutation { createAccessToken(name: "export") { secret } }',
      {},
      'insider',
    );
    const res = await fetch(`${fx.api.url}/reports/${fx.ids.report}/export.md`, {
      headers: { authorization: `Bearer ${created.createAccessToken.secret}` },
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain(SECRET);
  });
});
