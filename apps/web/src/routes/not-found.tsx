import { NotFound } from '../components/errors';
import { useDocumentTitle } from '../components/page';

export default function NotFoundRoute() {
  useDocumentTitle('Not found');
  return <NotFound />;
}
