import { Button, Group } from '@mantine/core';
import { apiPaths } from '@cop/web-routes';

/**
 * The report to take away: Markdown and Word from the API (the notes as the reader may see
 * them), and the browser's print of this page (its print stylesheet) for a PDF.
 */
export function ReportDownloads({ reportId }: { reportId: string }) {
  return (
    <Group gap="xs" wrap="wrap" className="cop-no-print" role="group" aria-label="Download">
      <Button component="a" href={apiPaths.reportExport(reportId, 'md')} download variant="default" size="sm">
        Markdown
      </Button>
      <Button
        component="a"
        href={apiPaths.reportExport(reportId, 'docx')}
        download
        variant="default"
        size="sm"
      >
        Word (DOCX)
      </Button>
      <Button variant="default" size="sm" onClick={() => window.print()}>
        Print / PDF
      </Button>
    </Group>
  );
}
