import { NO_CONTROL_CHARS, isUuid, type InputProblems } from '@cop/platform';

/** At most this many entries in a person's expertise. */
export const MAX_ENTRIES = 50;
/** A free tag's label: 1 to this many characters once trimmed. */
export const MAX_TAG_LENGTH = 60;
/** At most this many tags merged at once. */
export const MAX_MERGE_SOURCES = 100;

/**
 * A tag's label as stored (trimmed, inner runs of white space made one space), or the problem with
 * it: 1 to 60 characters, no control characters (a label is one line, so no tab or line break).
 */
export function tagLabel(raw: string): { label: string } | { problem: string } {
  if (!NO_CONTROL_CHARS.test(raw) || /[\t\n\r]/.test(raw.trim()))
    return { problem: 'must not contain control characters or line breaks' };
  const label = raw.trim().replace(/\s+/g, ' ');
  if (label.length < 1) return { problem: 'must not be blank' };
  if (label.length > MAX_TAG_LENGTH) return { problem: `must be at most ${MAX_TAG_LENGTH} characters` };
  return { label };
}

/** An entry as given: an existing term by id, or a new tag's label. */
export type EntryRef = { termId: string } | { label: string };

/**
 * The entries' shape, every problem at once under `input.entries.<i>…`: at most 50, each exactly
 * one of termId (a uuid) and newTag (a valid label). Answers the references of the entries (null
 * where an entry was refused).
 */
export function entryRefs(
  entries: readonly { termId?: string | null; newTag?: string | null }[],
  problems: InputProblems,
): (EntryRef | null)[] {
  problems.check(entries.length <= MAX_ENTRIES, 'input.entries', `at most ${MAX_ENTRIES} entries`);
  return entries.map((e, i) => {
    const path = `input.entries.${i}`;
    const hasTerm = e.termId !== undefined && e.termId !== null;
    const hasTag = e.newTag !== undefined && e.newTag !== null;
    if (hasTerm === hasTag) {
      problems.add(path, 'give either termId or newTag');
      return null;
    }
    if (hasTerm) {
      if (!isUuid(e.termId!)) {
        problems.add(`${path}.termId`, 'is not an expertise term');
        return null;
      }
      return { termId: e.termId!.toLowerCase() };
    }
    const tag = tagLabel(e.newTag!);
    if ('problem' in tag) {
      problems.add(`${path}.newTag`, tag.problem);
      return null;
    }
    return { label: tag.label };
  });
}

/** Which existing term a new tag's label reuses: a domain, then a topic, then a tag; a merged tag answers its target. */
export function reusedTermId(
  candidates: readonly { id: string; kind: string; mergedInto: string | null }[],
): string | null {
  const rank = (kind: string) => (kind === 'DOMAIN' ? 0 : kind === 'TOPIC' ? 1 : 2);
  const live = candidates
    .filter((c) => c.mergedInto === null)
    .sort((a, b) => rank(a.kind) - rank(b.kind) || a.id.localeCompare(b.id));
  if (live.length) return live[0].id;
  return candidates.find((c) => c.mergedInto !== null)?.mergedInto ?? null;
}
