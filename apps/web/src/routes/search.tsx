import { NotFound } from '../components/errors';

// Placeholder while issue 19's page is built: the route exists so links and the router agree.
export default function PlaceholderRoute() {
  return <NotFound />;
}
