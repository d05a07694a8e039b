import { Page } from '../components/page';

// Placeholder until this section of the office console is built.
export default function OfficeSectionRoute() {
  return <Page title="People">This section is being built.</Page>;
}
