import { useCallback, useEffect, useState } from 'react';

/** Marks one form of the editor as holding unsaved text (true) or not. */
export type MarkDirty = (key: string, dirty: boolean) => void;

/** The keys of the editor's forms holding unsaved text, and the way each reports itself. */
export function useDirtyForms(): { dirty: boolean; mark: MarkDirty } {
  const [keys, setKeys] = useState<ReadonlySet<string>>(() => new Set());
  const mark = useCallback<MarkDirty>(
    (key, on) =>
      setKeys((prev) => {
        if (prev.has(key) === on) return prev;
        const next = new Set(prev);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  return { dirty: keys.size > 0, mark };
}

/** Tells the editor whether this form holds unsaved text; a form that goes away holds none. */
export function useDirtyMark(mark: MarkDirty, key: string, dirty: boolean): void {
  useEffect(() => mark(key, dirty), [mark, key, dirty]);
  useEffect(() => () => mark(key, false), [mark, key]);
}
