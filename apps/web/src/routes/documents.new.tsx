import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { DocumentFormGroupFragment } from '../gql/graphql';
import { NotAllowed, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { DocumentForm } from '../features/documents/document-form';
import { emptyDocumentValues } from '../features/documents/document-form-model';

const NewDocumentPageQuery = graphql(`
  query NewDocumentPage {
    ...DocumentFormOptions
  }
`);

/** `/documents/new` (`?group=WG1` preselects the group): a member posts a document. */
export default function NewDocumentRoute() {
  const shell = useShell();
  const [result, refetch] = useQuery({ query: NewDocumentPageQuery, pause: !shell.signedIn });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn || !shell.person)
    return <SignInNeeded>Members of the community post documents here.</SignInNeeded>;
  if (!shell.isMember) return <NotAllowed />;
  const personId = shell.person.id;
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => <NewDocument personId={personId} groups={data.workingGroups} limits={data.documentLimits} />}
    </Loaded>
  );
}

function NewDocument({
  personId,
  groups,
  limits,
}: {
  personId: string;
  groups: DocumentFormGroupFragment[];
  limits: { attachmentMaxBytes: number; bodyMaxBytes: number };
}) {
  const [params] = useSearchParams();
  const [initial] = useState(() => {
    const asked = params.get('group')?.toLowerCase();
    const chosen = groups.find((g) => g.code.toLowerCase() === asked);
    return emptyDocumentValues(chosen ? [chosen.id] : []);
  });
  return (
    <Page title="Post a document" subtitle="A note, report, paper, slides or a link, with its files.">
      <DocumentForm personId={personId} initial={initial} groups={groups} limits={limits} />
    </Page>
  );
}
