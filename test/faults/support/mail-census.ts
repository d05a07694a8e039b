import type { ReceivedMail } from '@cop/testing';

/**
 * What arrived, per recipient: envelopes and distinct Message-IDs. A worker killed between the
 * server's 250 and its own commit of the delivery record sends that one message again after a
 * restart (SMTP has no exactly-once); the copy carries the same deterministic Message-ID, so
 * it is the same message to the receiving side, which collapses it.
 */
export function mailCensus(messages: ReceivedMail[], filter: (m: ReceivedMail) => boolean = () => true) {
  const envelopes = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  for (const m of messages.filter(filter)) {
    for (const to of m.envelope.to) {
      envelopes.set(to, (envelopes.get(to) ?? 0) + 1);
      ids.set(to, (ids.get(to) ?? new Set()).add(m.messageId ?? ''));
    }
  }
  const resent = [...envelopes.values()].reduce((n, c) => n + c - 1, 0);
  return {
    recipients: envelopes.size,
    /** Recipients with more than one distinct message: a real double send. */
    doubled: [...ids.entries()].filter(([, s]) => s.size !== 1).map(([to]) => to),
    /** Extra envelopes of one same message (the lost-acknowledgement window). */
    resent,
  };
}
