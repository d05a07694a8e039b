import { useEffect } from 'react';

/** Names the browser's tab (and what screen readers announce on arrival) after the page. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} · CoP platform`;
  }, [title]);
}
