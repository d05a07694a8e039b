import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { EditUseCasePageQuery } from '../gql/graphql';
import { NotAllowed, NotFound, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { UseCaseForm } from '../features/use-cases/use-case-form';
import type { UseCaseFormValues } from '../features/use-cases/use-case-form-model';
import { PARTS } from '../features/use-cases/use-case-words';

const EditUseCasePageQuery = graphql(`
  query EditUseCasePage($id: ID!) {
    useCase(id: $id) {
      id
      title
      summary
      domains
      viewerCanEdit
      experts {
        id
        displayName
        affiliation
      }
      workingGroups {
        id
      }
      parts {
        key
        markdown
      }
      requirements {
        ...RequirementRow
      }
    }
    workingGroups {
      id
      code
      name
    }
  }
`);

type EditableUseCase = NonNullable<EditUseCasePageQuery['useCase']>;

/** `/use-cases/:id/edit`: its creator, its experts or the office change a use case and its requirements. */
export default function EditUseCaseRoute() {
  const { id = '' } = useParams();
  const shell = useShell();
  const [result, refetch] = useQuery({
    query: EditUseCasePageQuery,
    variables: { id },
    pause: !shell.isMember,
    requestPolicy: 'cache-and-network',
  });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>Sign in to change this use case.</SignInNeeded>;
  if (!shell.isMember) return <NotAllowed />;
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) => {
        const u = data.useCase;
        if (!u) return <NotFound what="use case" />;
        if (!u.viewerCanEdit) return <NotAllowed />;
        return <EditUseCase key={u.id} useCase={u} groups={data.workingGroups} />;
      }}
    </Loaded>
  );
}

function EditUseCase({
  useCase: u,
  groups,
}: {
  useCase: EditableUseCase;
  groups: readonly { id: string; code: string; name: string }[];
}) {
  const [initial] = useState<UseCaseFormValues>(() => {
    const markdown = new Map(u.parts.map((p) => [p.key, p.markdown ?? '']));
    return {
      title: u.title,
      summary: u.summary ?? '',
      domains: u.domains,
      expertIds: u.experts.map((e) => e.id),
      workingGroupIds: u.workingGroups.map((g) => g.id),
      parts: Object.fromEntries(
        PARTS.map((p) => [p.key, markdown.get(p.key) ?? '']),
      ) as UseCaseFormValues['parts'],
      requirements: u.requirements.map((r) => ({
        category: r.category,
        metric: r.metric,
        value: r.value,
        unit: r.unit,
        year: r.year,
        note: r.note ?? '',
      })),
    };
  });
  return (
    <Page
      title={`Edit: ${u.title}`}
      subtitle="Changes show at once on the use case's page and in the totals."
    >
      <UseCaseForm initial={initial} groups={groups} knownPeople={u.experts} useCase={u} />
    </Page>
  );
}
