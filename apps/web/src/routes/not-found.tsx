import { NotFound } from '../components/errors';

export default function NotFoundRoute() {
  return <NotFound />;
}
