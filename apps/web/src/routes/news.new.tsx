import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { NotAllowed, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { schedulableGroups, type MeetingFormGroup } from '../features/meetings/meeting-form';
import { COMMUNITY_WIDE } from '../features/meetings/meeting-form-model';
import { NewsForm, type NewsFormValues } from '../features/news/news-form';

const NewNewsPageQuery = graphql(`
  query NewNewsPage {
    workingGroups {
      ...MeetingFormGroup
    }
  }
`);

/** `/news/new` (`?group=WG3` preselects the group): chairs write news for their group, the office for anyone. */
export default function NewNewsRoute() {
  const shell = useShell();
  const [result, refetch] = useQuery({ query: NewNewsPageQuery, pause: !shell.signedIn });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn)
    return <SignInNeeded>Chairs of a working group and the project office write news here.</SignInNeeded>;
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        // The groups a chair may write for are the groups they may schedule meetings for.
        const groups = schedulableGroups(data.workingGroups, shell.isOffice);
        if (!groups.length && !shell.isOffice) return <NotAllowed />;
        return <NewNews groups={groups} />;
      }}
    </Loaded>
  );
}

function NewNews({ groups }: { groups: MeetingFormGroup[] }) {
  const shell = useShell();
  const [params] = useSearchParams();
  const [initial] = useState<NewsFormValues>(() => {
    const asked = params.get('group');
    const chosen = groups.find((g) => g.code.toLowerCase() === asked?.toLowerCase());
    const group = chosen?.id ?? (shell.isOffice ? COMMUNITY_WIDE : (groups[0]?.id ?? ''));
    return { title: '', body: '', pinned: false, group };
  });
  return (
    <Page
      title="Write news"
      subtitle="It appears on the news page, and on the group's page when it is a group's."
    >
      <NewsForm initial={initial} groups={groups} communityWide={shell.isOffice} />
    </Page>
  );
}
