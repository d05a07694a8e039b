/**
 * Every change in the editor touches the report's page: its numbering, coverage and evidence.
 * urql's document cache refetches the queries that hold these types (a report without evidence
 * yet holds no Evidence, so the types are named, not guessed from the answer).
 */
export const REPORT_CHANGED = {
  additionalTypenames: ['Report', 'ReportSection', 'Recommendation', 'Evidence', 'ReportCoverage'],
};
