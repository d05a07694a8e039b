import { excerptOf, EXCERPT_MAX_CHARS, hashOf, percent } from './figures';
import { surveyChanged, surveyLabel } from './survey-result.snapshot';
import { documentChanged, documentFigures } from './document-version.snapshot';
import { partLabel, requirementFigures, textChanged, useCaseLabel } from './use-case.snapshot';

const at = new Date('2026-12-05T10:00:00Z');

describe('evidence snapshots', () => {
  it('formats percentages to one decimal', () => {
    expect(percent(22 / 80)).toBe('27.5%');
    expect(percent(0.5)).toBe('50%');
    expect(percent(1 / 3)).toBe('33.3%');
  });

  it('keeps short texts whole and cuts long ones at a word, within the limit', () => {
    expect(excerptOf('  Short.  ')).toBe('Short.');
    expect(excerptOf(null)).toBeNull();
    const long = 'word '.repeat(300);
    const cut = excerptOf(long)!;
    expect(cut.length).toBeLessThanOrEqual(EXCERPT_MAX_CHARS);
    expect(cut.endsWith('word…')).toBe(true);
  });

  it('hashes a text whole: the same text the same hash, any change another', () => {
    expect(hashOf('a')).toBe(hashOf('a'));
    expect(hashOf('a')).not.toBe(hashOf('a '));
    expect(
      textChanged(
        { takenAt: '', summary: '', hash: hashOf('a') },
        { takenAt: '', summary: '', hash: hashOf('b') },
      ),
    ).toBe(true);
  });

  it('sees survey drift in the responses or any option count, not in the time taken', () => {
    const base = {
      takenAt: '2026-01-01T00:00:00Z',
      summary: 's',
      responses: 80,
      shown: 80,
      answered: 80,
      options: [
        { key: 'yes', label: 'Yes', count: 22, ratio: 0.275, share: 0.275 },
        { key: 'no', label: 'No', count: 58, ratio: 0.725, share: 0.725 },
      ],
    };
    expect(surveyChanged(base, { ...base, takenAt: at.toISOString() })).toBe(false);
    expect(surveyChanged(base, { ...base, responses: 81, shown: 81, answered: 81 })).toBe(true);
    expect(
      surveyChanged(base, {
        ...base,
        options: [
          { key: 'yes', label: 'Yes', count: 23, ratio: 0, share: 0 },
          { key: 'no', label: 'No', count: 57, ratio: 0, share: 0 },
        ],
      }),
    ).toBe(true);
    expect(
      surveyLabel({ ...base, surveyTitle: 'Jena', questionText: 'Role?', optionLabel: 'Yes' }, [
        { questionKey: 'country', anyOf: ['IT', 'FR'] },
      ]),
    ).toBe('Jena · Q: Role? · Yes (where country: IT, FR)');
  });

  it('says when a pinned document version has newer ones', () => {
    const v = { documentId: 'd', version: 1, title: 'SRIA', summary: null, body: 'Body', editedAt: at };
    expect(documentFigures(v, 1, at).summary).toBe('“SRIA”, version 1 of 2026-12-05');
    expect(documentFigures(v, 3, at).summary).toContain('newer versions exist');
    expect(documentFigures({ ...v, version: 3 }, 3, at, 1).summary).toContain(
      'newer than the cited version 1',
    );
    expect(
      documentChanged({ takenAt: '', summary: '', version: 1 }, { takenAt: '', summary: '', version: 2 }),
    ).toBe(true);
    expect(
      documentChanged({ takenAt: '', summary: '', version: 2 }, { takenAt: '', summary: '', version: 2 }),
    ).toBe(false);
  });

  it('names parts and requirements', () => {
    expect(partLabel('gapAnalysis')).toBe('Gap analysis');
    expect(partLabel('nonTechnicalChallenges')).toBe('Non-technical challenges');
    const r = requirementFigures(
      {
        id: 'r',
        useCaseId: 'u',
        useCaseTitle: 'HL-LHC',
        category: 'STORAGE',
        metric: 'Raw data',
        value: 600,
        unit: 'PB',
        year: 2030,
        note: null,
      },
      at,
    );
    expect(r.summary).toBe('Raw data: 600 PB in 2030 (HL-LHC)');
    expect(useCaseLabel(r, null)).toBe('HL-LHC · Requirement: Raw data: 600 PB in 2030');
  });
});
