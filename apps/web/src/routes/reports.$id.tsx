import { Page } from '../components/page';

// Placeholder while the page is built (issue 22).
export default function ReportRoute() {
  return <Page title="Report" />;
}
