import { useState } from 'react';
import { Alert } from '@mantine/core';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EditMeetingPageQuery } from '../gql/graphql';
import { NotAllowed, NotFound, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { MeetingForm, schedulableGroups } from '../features/meetings/meeting-form';
import { meetingValues } from '../features/meetings/meeting-form-model';

const EditMeetingPageQuery = graphql(`
  query EditMeetingPage($id: ID!) {
    meeting(id: $id) {
      id
      title
      description
      status
      visibility
      timeZone
      startsAt
      endsAt
      recurrence
      location
      videoConferenceUrl
      viewerCanManage
      workingGroup {
        id
        code
        name
      }
    }
    workingGroups {
      ...MeetingFormGroup
    }
  }
`);

type EditableMeeting = NonNullable<EditMeetingPageQuery['meeting']>;

/** `/meetings/:id/edit`: the meeting's chairs (or the office) change it, a series' rule too. */
export default function EditMeetingRoute() {
  const { id = '' } = useParams();
  const shell = useShell();
  const [result, refetch] = useQuery({
    query: EditMeetingPageQuery,
    variables: { id },
    pause: !shell.signedIn,
    requestPolicy: 'cache-and-network',
  });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>Sign in to change this meeting.</SignInNeeded>;
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const m = data.meeting;
        if (!m) return <NotFound what="meeting" />;
        if (!m.viewerCanManage) return <NotAllowed />;
        const groups = schedulableGroups(data.workingGroups, shell.isOffice);
        // The meeting's own group stays a choice even where the viewer's seat says otherwise.
        if (m.workingGroup && !groups.some((g) => g.id === m.workingGroup!.id))
          groups.unshift(m.workingGroup);
        return <EditMeeting key={m.id} meeting={m} groups={groups} />;
      }}
    </Loaded>
  );
}

function EditMeeting({
  meeting,
  groups,
}: {
  meeting: EditableMeeting;
  groups: { id: string; code: string; name: string }[];
}) {
  const shell = useShell();
  const [{ values, kept }] = useState(() => meetingValues(meeting));
  return (
    <Page
      title={`Edit: ${meeting.title}`}
      subtitle={meeting.recurrence ? 'A series of meetings' : 'A single meeting'}
    >
      {meeting.status === 'CANCELLED' && (
        <Alert color="red" variant="light" role="status" title="Cancelled">
          This meeting {meeting.recurrence ? 'series ' : ''}was cancelled; saving changes does not schedule it
          again.
        </Alert>
      )}
      <MeetingForm
        initial={values}
        kept={kept}
        groups={groups}
        communityWide={shell.isOffice}
        meeting={{
          id: meeting.id,
          title: meeting.title,
          isSeries: meeting.recurrence !== null && meeting.recurrence !== undefined,
        }}
      />
    </Page>
  );
}
