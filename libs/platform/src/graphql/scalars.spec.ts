import { TimeZoneScalar } from './scalars';

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
