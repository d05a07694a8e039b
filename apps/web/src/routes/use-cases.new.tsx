import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { NotAllowed, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { UseCaseForm } from '../features/use-cases/use-case-form';
import type { UseCaseFormValues } from '../features/use-cases/use-case-form-model';
import { PARTS } from '../features/use-cases/use-case-words';

const NewUseCasePageQuery = graphql(`
  query NewUseCasePage {
    workingGroups {
      id
      code
      name
    }
  }
`);

/** `/use-cases/new`: any member proposes a use case; it starts PROPOSED. */
export default function NewUseCaseRoute() {
  const shell = useShell();
  const [result, refetch] = useQuery({ query: NewUseCasePageQuery, pause: !shell.isMember });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>Members of the community propose use cases here.</SignInNeeded>;
  if (!shell.isMember) return <NotAllowed />;
  return (
    <Page
      title="Propose a use case"
      subtitle="It starts as proposed; the project office selects use cases and moves them on to complete."
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => <NewUseCase groups={data.workingGroups} />}
      </Loaded>
    </Page>
  );
}

function NewUseCase({ groups }: { groups: readonly { id: string; code: string; name: string }[] }) {
  const [initial] = useState<UseCaseFormValues>(() => ({
    title: '',
    summary: '',
    domains: [],
    expertIds: [],
    workingGroupIds: [],
    parts: Object.fromEntries(PARTS.map((p) => [p.key, ''])) as UseCaseFormValues['parts'],
    requirements: [],
  }));
  return <UseCaseForm initial={initial} groups={groups} knownPeople={[]} />;
}
