import { Visibility } from '@cop/platform';
import type { Viewer } from '@cop/identity';
import { documentScope, documentVisible, documentVisibleToAudience } from '@cop/knowledge';
import { meetingScope, meetingVisible, meetingVisibleToAudience } from '@cop/meetings';
import { surveyResultsVisible, surveyResultsVisibleToAudience } from '@cop/surveys';
import { useCaseScope, useCaseVisible, useCasesVisibleToAudience } from '@cop/use-cases';

/**
 * The published document's notes are cut for an audience: every reader of the chosen visibility.
 * Each source's domain answers for that audience itself; here, against the per-person rules of the
 * same domains, the audience never sees what one of its readers may not (it leaks nothing), and
 * for PUBLIC and COMMUNITY it sees exactly what all of them see.
 */
const G1 = '11111111-1111-4111-8111-111111111111'; // the report's owning group
const G2 = '22222222-2222-4222-8222-222222222222'; // another group
const person = (n: number, role: Viewer['role']): Viewer => ({
  personId: `00000000-0000-4000-8000-00000000000${n}`,
  role,
  via: 'session',
});

interface Reader {
  viewer: Viewer | null;
  seats: string[];
}

/** Who reads a document published at each visibility (the report owned by G1). */
const readersOf: Record<Visibility, Reader[]> = {
  [Visibility.PUBLIC]: [
    { viewer: null, seats: [] },
    { viewer: person(1, 'GUEST'), seats: [G1] }, // demoted, seat kept: still the public
    { viewer: person(2, 'MEMBER'), seats: [] },
    { viewer: person(3, 'MEMBER'), seats: [G1, G2] },
    { viewer: person(4, 'OFFICE'), seats: [] },
  ],
  [Visibility.COMMUNITY]: [
    { viewer: person(2, 'MEMBER'), seats: [] },
    { viewer: person(3, 'MEMBER'), seats: [G1, G2] },
    { viewer: person(4, 'OFFICE'), seats: [] },
  ],
  [Visibility.WORKING_GROUP]: [
    { viewer: person(5, 'MEMBER'), seats: [G1] },
    { viewer: person(3, 'MEMBER'), seats: [G1, G2] },
    { viewer: person(4, 'OFFICE'), seats: [] },
  ],
};

const audiences = Object.values(Visibility);
const sources = [
  ...audiences.flatMap((visibility) => [
    { visibility, groups: [G1] },
    { visibility, groups: [G2] },
  ]),
];
const surveys = [
  { status: 'DRAFT', closesAt: null },
  { status: 'OPEN', closesAt: null },
  { status: 'OPEN', closesAt: new Date('2026-11-30T00:00:00Z') },
  { status: 'CLOSED', closesAt: null },
];
const now = new Date('2026-12-01T00:00:00Z');

describe('publishing: the notes are cut for an audience, not for an invented person', () => {
  it.each(audiences)('%s: a document the audience sees, each of its readers sees', (audience) => {
    for (const src of sources) {
      const doc = { visibility: src.visibility, deletedAt: null };
      const byAll = readersOf[audience].every((r) =>
        documentVisible(documentScope(r.viewer), doc, src.groups, r.seats),
      );
      if (documentVisibleToAudience(audience, doc)) expect(byAll).toBe(true);
      if (audience !== Visibility.WORKING_GROUP) expect(documentVisibleToAudience(audience, doc)).toBe(byAll);
    }
    expect(documentVisibleToAudience(audience, { visibility: 'PUBLIC', deletedAt: now })).toBe(false);
  });

  it.each(audiences)('%s: a meeting the audience sees, each of its readers sees', (audience) => {
    for (const src of sources) {
      const meeting = { visibility: src.visibility, workingGroupId: src.groups[0] };
      const byAll = readersOf[audience].every((r) =>
        meetingVisible(meetingScope(r.viewer), meeting, new Set(r.seats)),
      );
      if (meetingVisibleToAudience(audience, meeting)) expect(byAll).toBe(true);
      if (audience !== Visibility.WORKING_GROUP)
        expect(meetingVisibleToAudience(audience, meeting)).toBe(byAll);
    }
  });

  it.each(audiences)('%s: survey results and use cases exactly as all its readers see them', (audience) => {
    for (const survey of surveys)
      expect(surveyResultsVisibleToAudience(audience, survey, now)).toBe(
        readersOf[audience].every((r) => surveyResultsVisible(r.viewer, survey, now)),
      );
    expect(useCasesVisibleToAudience(audience)).toBe(
      readersOf[audience].every((r) => useCaseVisible(useCaseScope(r.viewer))),
    );
  });

  it('WORKING_GROUP: nothing restricted to a group is quoted, even of the owning group', () => {
    const inOwningGroup = { visibility: 'WORKING_GROUP' as const, deletedAt: null };
    expect(documentVisibleToAudience(Visibility.WORKING_GROUP, inOwningGroup)).toBe(false);
    expect(meetingVisibleToAudience(Visibility.WORKING_GROUP, { visibility: 'WORKING_GROUP' })).toBe(false);
    expect(
      documentVisibleToAudience(Visibility.WORKING_GROUP, { visibility: 'COMMUNITY', deletedAt: null }),
    ).toBe(true);
  });
});
