import { NotFound } from '../components/errors';

// Placeholder while issue 26's page is built.
export default function PlaceholderRoute() {
  return <NotFound />;
}
