import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Empty, Loaded, Page } from '../components/page';
import { plural } from '../components/words';
import { AdmissionsList } from '../features/office/admissions-list';

const OfficeAdmissionsQuery = graphql(`
  query OfficeAdmissions {
    pendingAdmissions {
      ...AdmissionEntry
    }
  }
`);

/** `/office/admissions`: the GUESTs waiting for the office (approval mode), admitted one by one or together. */
export default function OfficeAdmissionsRoute() {
  const [result, refetch] = useQuery({ query: OfficeAdmissionsQuery });
  const count = result.data?.pendingAdmissions.length;
  return (
    <Page
      title="Admissions"
      subtitle={
        count === undefined
          ? 'People who signed in and wait to be admitted as members.'
          : `${plural(count, 'person waits', 'people wait')} to be admitted as members.`
      }
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) =>
          data.pendingAdmissions.length ? (
            <AdmissionsList waiting={data.pendingAdmissions} />
          ) : (
            <Empty>Nobody is waiting to be admitted.</Empty>
          )
        }
      </Loaded>
    </Page>
  );
}
