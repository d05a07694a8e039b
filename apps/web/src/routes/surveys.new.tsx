import { useState } from 'react';
import { NotAllowed, SignInNeeded } from '../components/errors';
import { Page, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { SurveyEditor } from '../features/surveys/editor-form';
import { newSurveyValues } from '../features/surveys/editor-model';

/** `/surveys/new`: the office builds a survey, saved as a DRAFT that only the office sees. */
export default function NewSurveyRoute() {
  const shell = useShell();
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>The project office builds surveys here.</SignInNeeded>;
  if (!shell.isOffice) return <NotAllowed />;
  return <NewSurvey zone={shell.zone} />;
}

function NewSurvey({ zone }: { zone: string }) {
  const [initial] = useState(newSurveyValues);
  return (
    <Page
      title="New survey"
      subtitle="It is saved as a draft: only the office sees it until you open it for answers."
    >
      <SurveyEditor initial={initial} zone={zone} />
    </Page>
  );
}
