import { Page } from '../components/page';

// Placeholder while the page is built (issue 22).
export default function NewReportRoute() {
  return <Page title="New report" />;
}
