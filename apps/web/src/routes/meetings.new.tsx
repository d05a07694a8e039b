import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { NotAllowed, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { MeetingForm, schedulableGroups, type MeetingFormGroup } from '../features/meetings/meeting-form';
import { COMMUNITY_WIDE, newMeetingValues } from '../features/meetings/meeting-form-model';

const NewMeetingPageQuery = graphql(`
  query NewMeetingPage {
    workingGroups {
      ...MeetingFormGroup
    }
  }
`);

/** `/meetings/new` (`?group=WG1` preselects the group): chairs and the office schedule a meeting. */
export default function NewMeetingRoute() {
  const shell = useShell();
  const [result, refetch] = useQuery({ query: NewMeetingPageQuery, pause: !shell.signedIn });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn)
    return (
      <SignInNeeded>Chairs of a working group and the project office schedule meetings here.</SignInNeeded>
    );
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const groups = schedulableGroups(data.workingGroups, shell.isOffice);
        if (!groups.length && !shell.isOffice) return <NotAllowed />;
        return <NewMeeting groups={groups} />;
      }}
    </Loaded>
  );
}

function NewMeeting({ groups }: { groups: MeetingFormGroup[] }) {
  const shell = useShell();
  const [params] = useSearchParams();
  const [initial] = useState(() => {
    const asked = params.get('group');
    const chosen = groups.find((g) => g.code.toLowerCase() === asked?.toLowerCase());
    const group = chosen?.id ?? (shell.isOffice ? COMMUNITY_WIDE : (groups[0]?.id ?? ''));
    return newMeetingValues(shell.zone, group);
  });
  return (
    <Page title="Schedule a meeting" subtitle="A single meeting or a series, in the time zone it keeps.">
      <MeetingForm initial={initial} groups={groups} communityWide={shell.isOffice} />
    </Page>
  );
}
