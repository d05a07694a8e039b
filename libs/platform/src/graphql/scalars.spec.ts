import { DateTimeScalar, TimeZoneScalar } from './scalars';

describe('TimeZoneScalar', () => {
  it('accepts IANA zones again and again (remembered) and still refuses what is not one', () => {
    expect(TimeZoneScalar.serialize('Europe/Rome')).toBe('Europe/Rome');
    expect(TimeZoneScalar.serialize('Europe/Rome')).toBe('Europe/Rome');
    expect(TimeZoneScalar.parseValue('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(() => TimeZoneScalar.parseValue('Mars/Olympus')).toThrow(/IANA/);
    expect(() => TimeZoneScalar.serialize('Mars/Olympus')).toThrow(/IANA/);
    expect(() => TimeZoneScalar.parseValue(42)).toThrow();
  });
});

describe('DateTimeScalar', () => {
  it('serializes to the text JSON.stringify gives the Date, whatever form the resolver returns', () => {
    const at = new Date('2026-03-29T01:30:00.000Z');
    expect(DateTimeScalar.serialize(at)).toBe('2026-03-29T01:30:00.000Z');
    expect(JSON.stringify(DateTimeScalar.serialize(at))).toBe(JSON.stringify(at));
    expect(DateTimeScalar.serialize('2026-03-29T03:30:00+02:00')).toBe('2026-03-29T01:30:00.000Z');
    expect(DateTimeScalar.serialize(at.getTime())).toBe('2026-03-29T01:30:00.000Z');
    expect(() => DateTimeScalar.serialize(new Date(NaN))).toThrow(/invalid Date/);
    expect(() => DateTimeScalar.serialize('yesterday')).toThrow(/invalid date-time/);
    expect(DateTimeScalar.parseValue('2026-03-29T01:30:00Z')).toEqual(at);
  });
});
