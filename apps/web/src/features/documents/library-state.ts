import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { webPaths, WEB_PAGES, type LibraryPageState } from '@cop/web-routes';
import type { DocumentFilter, DocumentKind, Visibility } from '../../gql/graphql';
import { DOCUMENT_KIND_WORDS } from './document-kind';

/** The library's (and the search's) filters as read from the URL: lists never undefined. */
export type LibraryFilters = {
  groups: string[];
  kinds: DocumentKind[];
  tags: string[];
  visibility: Visibility[];
  author: string | null;
};

export const DOCUMENT_KINDS = Object.keys(DOCUMENT_KIND_WORDS) as DocumentKind[];
export const VISIBILITIES: readonly Visibility[] = ['PUBLIC', 'COMMUNITY', 'WORKING_GROUP'];

function list(params: URLSearchParams, name: string): string[] {
  const values = (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
  return [...new Set(values)];
}

/** `?groups=WG1&kinds=REPORT,BOGUS&tags=x`: what the URL asks for; unknown kinds and visibilities are dropped. */
export function parseLibraryFilters(params: URLSearchParams): LibraryFilters {
  return {
    groups: list(params, 'groups'),
    kinds: list(params, 'kinds').filter((k): k is DocumentKind => DOCUMENT_KINDS.includes(k as DocumentKind)),
    tags: list(params, 'tags').map((t) => t.toLowerCase()),
    visibility: list(params, 'visibility').filter((v): v is Visibility =>
      VISIBILITIES.includes(v as Visibility),
    ),
    author: params.get('author')?.trim() || null,
  };
}

export function isFiltered(f: LibraryFilters): boolean {
  return Boolean(f.groups.length || f.kinds.length || f.tags.length || f.visibility.length || f.author);
}

export function toPageState(f: LibraryFilters): LibraryPageState {
  return { ...f, author: f.author ?? undefined };
}

/**
 * The filters of the page the viewer is on, and a way to change them: each change is a new
 * history entry (the back button undoes it), on the library or on the search with its words.
 */
export function useLibraryFilters(): {
  filters: LibraryFilters;
  q: string;
  setFilters: (next: Partial<LibraryFilters>) => void;
} {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const onSearch = useLocation().pathname === WEB_PAGES.search;
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the string is the identity of the params
  const filters = useMemo(() => parseLibraryFilters(params), [key]);
  const q = params.get('q') ?? '';
  const setFilters = useCallback(
    (next: Partial<LibraryFilters>) => {
      const state = toPageState({ ...filters, ...next });
      navigate(onSearch ? webPaths.search({ q, ...state }) : webPaths.documents(state));
    },
    [filters, navigate, q, onSearch],
  );
  return { filters, q, setFilters };
}

/**
 * The API's DocumentFilter for the filters; working groups go from codes to ids. Null when the
 * URL names a group that does not exist (nothing can match it).
 */
export function documentFilter(
  f: LibraryFilters,
  groups: readonly { id: string; code: string }[],
): DocumentFilter | null {
  const ids = f.groups.map((code) => groups.find((g) => g.code === code)?.id);
  if (ids.some((id) => id === undefined)) return null;
  return {
    ...(ids.length ? { workingGroupIds: ids as string[] } : {}),
    ...(f.kinds.length ? { kinds: f.kinds } : {}),
    ...(f.tags.length ? { tags: f.tags } : {}),
    ...(f.visibility.length ? { visibilities: f.visibility } : {}),
    ...(f.author ? { authorId: f.author } : {}),
  };
}
