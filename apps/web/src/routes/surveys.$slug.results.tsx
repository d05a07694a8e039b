// PLACEHOLDER until issue 20's page lands here: the route is registered so the router and the
// paths are settled before the pages are written in parallel.
import { NotFound } from '../components/errors';

export default function Placeholder() {
  return <NotFound />;
}
