/**
 * "Show more" over a plain list paged by its last item's id (`workingGroups(first, after)`): the
 * pages seen so far, the page now answered, and the id to ask the next page after. A full page
 * may have more behind it; a page shorter than asked is the last, so the button goes.
 */
export function listPagesShown<T extends { id: string }>(
  earlier: readonly T[],
  page: readonly T[] | undefined,
  pageSize: number,
): { items: T[]; next: string | null } {
  const items = [...earlier, ...(page ?? [])];
  const next = page && page.length >= pageSize && page.length > 0 ? page[page.length - 1].id : null;
  return { items, next };
}
