import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { NotAllowed, NotFound, SignInNeeded } from '../components/errors';
import { Loaded, PageLoader } from '../components/page';
import { useShell } from '../features/viewer/viewer';
import { EditReportPageDocument, ReportEditor } from '../features/reports/editor/report-editor';

/** `/reports/:id/edit`: the report's editors (its groups' chairs, named editors) and the office. */
export default function EditReportRoute() {
  const { id = '' } = useParams();
  const shell = useShell();
  const [result, refetch] = useQuery({
    query: EditReportPageDocument,
    variables: { id },
    pause: !shell.signedIn,
  });
  if (!shell.result.data) return <PageLoader />;
  if (!shell.signedIn) return <SignInNeeded>Sign in to edit this report.</SignInNeeded>;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <Loaded result={result} retry={reload}>
      {(data) => {
        const report = data.report;
        if (!report) return <NotFound what="report" />;
        if (!report.viewerCanEdit) return <NotAllowed />;
        return <ReportEditor report={report} reload={reload} />;
      }}
    </Loaded>
  );
}
