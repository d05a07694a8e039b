import { Page } from '../components/page';

// Placeholder while the page is built (issue 22).
export default function EditReportRoute() {
  return <Page title="Edit report" />;
}
