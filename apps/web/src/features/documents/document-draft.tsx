import { Alert, Button, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useCallback, useEffect, useState } from 'react';
import { When } from '../../components/time';
import type { DocumentFormValues } from './document-form-model';

/**
 * What the browser keeps of a form not yet saved: the values, the version they were begun on
 * (a restored draft is saved against it, so a change made meanwhile comes back as a conflict,
 * not overwritten) and, after a conflict, the writer's own text kept beside the other version.
 */
export type DocumentDraft = {
  savedAt: string;
  baseVersion: number | null;
  values: DocumentFormValues;
  kept: DocumentFormValues | null;
};

/** One draft per person and document ("new" for a document not yet posted). */
export function documentDraftKey(personId: string, documentId: string | null): string {
  return `cop.document-draft.${personId}.${documentId ?? 'new'}`;
}

function readDraft(key: string): DocumentDraft | null {
  try {
    const raw = window.localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as DocumentDraft;
    return draft && typeof draft.savedAt === 'string' && draft.values ? draft : null;
  } catch {
    return null;
  }
}

function writeDraft(key: string, draft: DocumentDraft | null): void {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
  } catch {
    // Storage full or refused (private mode): the form still works, without a draft.
  }
}

/**
 * Keeps the form's unsaved state in localStorage (a second after the last keystroke) and offers
 * back a draft found on arrival. While the offer is open nothing is written, so the old draft
 * is not replaced before the writer has chosen.
 */
export function useDocumentDraft(
  key: string,
  current: Omit<DocumentDraft, 'savedAt'>,
  unsaved: boolean,
): { offered: DocumentDraft | null; settle: () => void; discard: () => void; clear: () => void } {
  const [offered, setOffered] = useState<DocumentDraft | null>(() => readDraft(key));
  const [cleared, setCleared] = useState(false);
  const serialized = JSON.stringify(current);
  const [settled] = useDebouncedValue(serialized, 1000);

  useEffect(() => {
    if (offered || cleared) return;
    if (!unsaved) {
      writeDraft(key, null);
      return;
    }
    const draft = JSON.parse(settled) as Omit<DocumentDraft, 'savedAt'>;
    writeDraft(key, { ...draft, savedAt: new Date().toISOString() });
  }, [key, settled, unsaved, offered, cleared]);

  // Whatever was typed in the last second is kept too when the page goes away.
  useEffect(() => {
    if (offered || cleared || !unsaved) return;
    const keep = () =>
      writeDraft(key, { ...(JSON.parse(serialized) as DocumentDraft), savedAt: new Date().toISOString() });
    window.addEventListener('pagehide', keep);
    return () => window.removeEventListener('pagehide', keep);
  }, [key, serialized, unsaved, offered, cleared]);

  return {
    offered,
    /** The offer is taken: drafts are written again (the restored values are the form's now). */
    settle: useCallback(() => setOffered(null), []),
    /** The offer is refused: the old draft goes. */
    discard: useCallback(() => {
      writeDraft(key, null);
      setOffered(null);
    }, [key]),
    /** Saved: no draft any more, and none written while the page moves on. */
    clear: useCallback(() => {
      setCleared(true);
      setOffered(null);
      writeDraft(key, null);
    }, [key]),
  };
}

/** "You have an unsaved draft from …: Restore / Discard". */
export function DocumentDraftOffer({
  draft,
  onRestore,
  onDiscard,
}: {
  draft: DocumentDraft;
  onRestore: () => void;
  onDiscard: () => void;
}) {
  return (
    <Alert color="yellow" variant="light" title="Unsaved draft" role="region" aria-label="Unsaved draft">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">
          You have an unsaved draft from <When at={draft.savedAt} />
          {draft.values.title ? `: “${draft.values.title}”` : ''}.
        </Text>
        <Group gap="xs">
          <Button size="xs" onClick={onRestore}>
            Restore
          </Button>
          <Button size="xs" variant="default" onClick={onDiscard}>
            Discard
          </Button>
        </Group>
      </Group>
    </Alert>
  );
}
