import { Page } from '../components/page';

export default function OfficeOverviewRoute() {
  return <Page title="Office">This section is being built.</Page>;
}
