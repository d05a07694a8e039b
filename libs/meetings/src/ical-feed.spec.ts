import { fold, vtimezone } from './ical-feed';

describe('ical-feed', () => {
  it('folds lines at 75 octets without splitting UTF-8 characters', () => {
    const line = `DESCRIPTION:${'é'.repeat(60)}`;
    const folded = fold(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    expect(folded.every((l) => Buffer.byteLength(l) <= 75)).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(fold('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('writes the real transitions of a zone, with offsets before and after', () => {
    const block = vtimezone(
      'Europe/Rome',
      new Date('2026-01-01T00:00:00Z'),
      new Date('2027-01-01T00:00:00Z'),
    );
    expect(block).toContain('TZID:Europe/Rome');
    expect(block).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20260329T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200',
    );
    expect(block).toContain(
      'BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100',
    );
    const utc = vtimezone('UTC', new Date('2026-01-01T00:00:00Z'), new Date('2027-01-01T00:00:00Z'));
    expect(utc.match(/BEGIN:STANDARD/g)).toHaveLength(1);
  });
});
