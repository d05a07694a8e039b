import { useEffect } from 'react';
import { useShell } from '../features/viewer/viewer';

/**
 * Names the browser's tab (and what screen readers announce on arrival) after the page, then
 * the community: "Calendar · SPECTRUM CoP".
 */
export function useDocumentTitle(title: string) {
  const { community } = useShell();
  const site = community?.shortName ?? community?.name ?? 'CoP platform';
  useEffect(() => {
    document.title = `${title} · ${site}`;
  }, [title, site]);
}
