import { useQuery } from 'urql';
import { graphql } from '../gql';
import { NotAllowed, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { FaqEditor } from '../features/faq/faq-editor';

const EditFaqPageQuery = graphql(`
  query EditFaqPage {
    faq {
      ...FaqEditorEntry
    }
  }
`);

/** `/faq/edit`: the project office edits the whole FAQ in one form. */
export default function EditFaqRoute() {
  const shell = useShell();
  const [result, refetch] = useQuery({
    query: EditFaqPageQuery,
    pause: !shell.isOffice,
    requestPolicy: 'network-only',
  });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>The project office edits the FAQ here.</SignInNeeded>;
  if (!shell.isOffice) return <NotAllowed />;
  return (
    <Page title="Edit the FAQ" subtitle="Add, remove and reorder the questions; one save publishes them all.">
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => <FaqEditor entries={data.faq} />}
      </Loaded>
    </Page>
  );
}
