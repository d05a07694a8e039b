const MAX_LENGTH = 2000;

/**
 * The returnTo of a sign-in, kept only when it is a path on this site: it must start with a
 * single '/', and hold no backslash (browsers read '/\evil' as '//evil'), no control character
 * (a tab or newline inside '//' is dropped by URL parsers) and nothing that changes the origin.
 * Anything else becomes '/', so a crafted link cannot bounce a fresh session to another site.
 */
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//')) return '/';
  if (raw.includes('\\') || /[\u0000-\u001f\u007f]/.test(raw)) return '/';
  try {
    const base = 'http://return-to.invalid';
    const url = new URL(raw, base);
    if (url.origin !== base) return '/';
  } catch {
    return '/';
  }
  return raw;
}
