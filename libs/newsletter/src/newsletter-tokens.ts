import { createHash, createHmac } from 'node:crypto';

/**
 * Single-purpose tokens, derived under the session secret so the job that mails a link can
 * rebuild it from ids while the database keeps only hashes. The prefix and the HMAC domain
 * differ per purpose: a confirmation token never unsubscribes and the other way round.
 */
export type TokenPurpose = 'confirm' | 'unsubscribe';

const PREFIX: Record<TokenPurpose, string> = { confirm: 'nlc', unsubscribe: 'nlu' };
const SHAPE = /^(nlc|nlu)_[A-Za-z0-9_-]{43}$/;

export function confirmToken(secret: string, subscriberId: string, sentAtMs: number): string {
  return derive(secret, 'confirm', `${subscriberId}:${sentAtMs}`);
}

export function unsubscribeToken(secret: string, subscriberId: string): string {
  return derive(secret, 'unsubscribe', subscriberId);
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The purpose a token claims by its shape, or null when it is no token of ours. */
export function tokenPurpose(token: unknown): TokenPurpose | null {
  if (typeof token !== 'string' || !SHAPE.test(token)) return null;
  return token.startsWith('nlc_') ? 'confirm' : 'unsubscribe';
}

function derive(secret: string, purpose: TokenPurpose, value: string): string {
  const mac = createHmac('sha256', secret).update(`newsletter-${purpose}:${value}`).digest('base64url');
  return `${PREFIX[purpose]}_${mac}`;
}
