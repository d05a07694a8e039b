import { InputProblems } from '@cop/platform';
import { addDays, checkSlug, checkUrl, daysBetween, isoDateOf, utcDate } from './initiative-rules';

describe('initiative rules', () => {
  it('counts whole UTC days, negative once past', () => {
    expect(daysBetween('2025-03-08', '2025-03-31')).toBe(23);
    expect(daysBetween('2025-03-31', '2025-03-31')).toBe(0);
    expect(daysBetween('2025-04-01', '2025-03-31')).toBe(-1);
    // Across the spring DST change in Europe: still whole days.
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(utcDate(new Date('2025-03-08T23:30:00-02:00'))).toBe('2025-03-09');
  });

  it('takes calendar dates only', () => {
    expect(isoDateOf('2025-03-31')).toBe('2025-03-31');
    expect(isoDateOf(new Date('2025-03-31T00:00:00Z'))).toBe('2025-03-31');
    for (const bad of ['2025-02-30', '2025-13-01', '31/03/2025', '', null, new Date('x')])
      expect(isoDateOf(bad)).toBeNull();
  });

  it('names the field of a bad slug or link', () => {
    const problems = new InputProblems();
    expect(checkSlug('jena-2', 'input.slug', problems)).toBe('jena-2');
    checkUrl('https://example.org/x', 'input.url', problems);
    expect(problems.empty).toBe(true);
    for (const slug of ['-jena', 'JENA', 'je na', '', 'a'.repeat(64)]) {
      const p = new InputProblems();
      checkSlug(slug, 'input.slug', p);
      expect(p.empty).toBe(false);
    }
    const p = new InputProblems();
    expect(checkUrl('javascript:alert(1)', 'input.url', p)).toBe('javascript:alert(1)');
    expect(() => p.throwIfAny()).toThrow('input.url: must be an http(s) link');
    expect(checkUrl('  ', 'input.url', new InputProblems())).toBeNull();
  });
});
