import { Visibility } from '@cop/platform';
import { documentScope } from '@cop/knowledge';
import { meetingScope } from '@cop/meetings';
import { surveyResultsVisible } from '@cop/surveys';
import { leastReaderOf } from './publishing.service';

describe('leastReaderOf: who the published document’s notes are cut for', () => {
  const closedSurvey = { status: 'CLOSED', closesAt: null };
  const now = new Date('2026-12-01T00:00:00Z');

  it('PUBLIC: the public, who see public documents and meetings only, and no survey results', () => {
    const reader = leastReaderOf(Visibility.PUBLIC);
    expect(documentScope(reader)).toEqual({ kind: 'public' });
    expect(meetingScope(reader)).toEqual({ kind: 'public' });
    expect(surveyResultsVisible(reader, closedSurvey, now)).toBe(false);
  });

  it('COMMUNITY and WORKING_GROUP: a member holding no seat, so nothing restricted to a group', () => {
    for (const visibility of [Visibility.COMMUNITY, Visibility.WORKING_GROUP]) {
      const reader = leastReaderOf(visibility);
      expect(reader.role).toBe('MEMBER');
      expect(documentScope(reader)).toEqual({
        kind: 'member',
        personId: '00000000-0000-0000-0000-000000000000',
      });
      expect(surveyResultsVisible(reader, closedSurvey, now)).toBe(true);
    }
  });
});
