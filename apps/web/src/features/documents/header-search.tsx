import { SearchBox } from './search-box';

/** The header's search box, loaded on its own so the first page load stays light (see layout). */
export default function HeaderSearch() {
  return <SearchBox label="Search documents" size="sm" />;
}
