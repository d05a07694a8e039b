import { createHmac, timingSafeEqual } from 'node:crypto';

/** `<personId>.<hmac>`: the one-click digest unsubscribe token, unguessable without the secret. */
export function digestUnsubscribeToken(secret: string, personId: string): string {
  return `${personId}.${mac(secret, personId)}`;
}

export function verifyDigestUnsubscribeToken(secret: string, token: unknown): string | null {
  if (typeof token !== 'string') return null;
  const m = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!m) return null;
  const expected = Buffer.from(mac(secret, m[1]));
  const given = Buffer.from(m[2]);
  return expected.length === given.length && timingSafeEqual(expected, given) ? m[1] : null;
}

function mac(secret: string, personId: string): string {
  return createHmac('sha256', secret).update(`digest-unsubscribe:${personId}`).digest('base64url');
}
