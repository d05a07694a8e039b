import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EditNewsPageQuery } from '../gql/graphql';
import { NotAllowed, NotFound, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { schedulableGroups, type MeetingFormGroup } from '../features/meetings/meeting-form';
import { COMMUNITY_WIDE } from '../features/meetings/meeting-form-model';
import { NewsForm, type NewsFormValues } from '../features/news/news-form';

const EditNewsPageQuery = graphql(`
  query EditNewsPage($id: ID!) {
    newsItem(id: $id) {
      id
      title
      body
      pinned
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

type EditableNews = NonNullable<EditNewsPageQuery['newsItem']>;

/** `/news/:id/edit`: the office, or a chair of the item's group, changes a news item. */
export default function EditNewsRoute() {
  const { id = '' } = useParams();
  const shell = useShell();
  const [result, refetch] = useQuery({
    query: EditNewsPageQuery,
    variables: { id },
    pause: !shell.signedIn,
    requestPolicy: 'cache-and-network',
  });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>Sign in to change this news item.</SignInNeeded>;
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const item = data.newsItem;
        if (!item) return <NotFound what="news item" />;
        if (!item.viewerCanManage) return <NotAllowed />;
        const groups = schedulableGroups(data.workingGroups, shell.isOffice);
        // The item's own group stays a choice even where the viewer's seat says otherwise.
        if (item.workingGroup && !groups.some((g) => g.id === item.workingGroup!.id))
          groups.unshift(item.workingGroup);
        return <EditNews key={item.id} item={item} groups={groups} />;
      }}
    </Loaded>
  );
}

function EditNews({ item, groups }: { item: EditableNews; groups: MeetingFormGroup[] }) {
  const shell = useShell();
  const [initial] = useState<NewsFormValues>(() => ({
    title: item.title,
    body: item.body,
    pinned: item.pinned,
    group: item.workingGroup?.id ?? COMMUNITY_WIDE,
  }));
  return (
    <Page title={`Edit: ${item.title}`} subtitle="Changes show at once on the news page.">
      <NewsForm initial={initial} groups={groups} communityWide={shell.isOffice} item={item} />
    </Page>
  );
}
