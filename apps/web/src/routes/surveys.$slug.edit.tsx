import { useState } from 'react';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import type { SurveyEditorSourceFragment } from '../gql/graphql';
import { NotAllowed, NotFound, SignInNeeded } from '../components/errors';
import { Loaded, Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { SurveyEditor } from '../features/surveys/editor-form';
import { SurveyLifecycle, lockedReason } from '../features/surveys/editor-lifecycle';
import { surveyValues } from '../features/surveys/editor-model';

const EditSurveyPageQuery = graphql(`
  query EditSurveyPage($slug: String!) {
    survey(slug: $slug) {
      ...SurveyEditorSource
    }
  }
`);

/** `/surveys/:slug/edit`: the office changes a draft survey, previews it, opens and closes it. */
export default function EditSurveyRoute() {
  const { slug = '' } = useParams();
  const shell = useShell();
  const [result, refetch] = useQuery({
    query: EditSurveyPageQuery,
    variables: { slug },
    pause: !shell.isOffice,
    requestPolicy: 'cache-and-network',
  });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>The project office edits surveys here.</SignInNeeded>;
  if (!shell.isOffice) return <NotAllowed />;
  return (
    <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
      {(data) =>
        data.survey ? (
          <EditSurvey key={data.survey.id} survey={data.survey} zone={shell.zone} />
        ) : (
          <NotFound what="survey" />
        )
      }
    </Loaded>
  );
}

function EditSurvey({ survey, zone }: { survey: SurveyEditorSourceFragment; zone: string }) {
  const [initial] = useState(() => surveyValues(survey, zone));
  const [dirty, setDirty] = useState(false);
  return (
    <Page title={`Edit: ${survey.title}`} subtitle={`The survey at ${webPaths.survey(survey.slug)}`}>
      <SurveyEditor
        initial={initial}
        zone={zone}
        survey={{ id: survey.id, slug: survey.slug }}
        locked={lockedReason(survey)}
        onDirty={setDirty}
        lifecycle={<SurveyLifecycle survey={survey} dirty={dirty} />}
      />
    </Page>
  );
}
