import { Page } from '../components/page';
import { OfficeTags } from '../features/expertise/office-tags';

/** `/office/expertise`: the vocabulary's free tags; the office merges duplicates and renames them. */
export default function OfficeExpertiseRoute() {
  return (
    <Page
      title="Expertise vocabulary"
      subtitle="Members describe their expertise with the survey's scientific domains, the working groups' topics and free tags. Merge free tags that mean the same thing, or rename one. Counts are of people whose expertise members may see."
    >
      <OfficeTags />
    </Page>
  );
}
