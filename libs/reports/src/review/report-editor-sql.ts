import { chairsGroupSql } from '@cop/community';
import { sql, type Sql } from '@cop/platform';

/**
 * "This person edits this report" as one SQL condition, for queries over many people and reports
 * at once (the digests): an active chair of one of the report's owning groups, or a named editor.
 * The same rule as core's mayEditReport without the office, which edits every report and is no
 * report's editor by name. The seats are community's (chairsGroupSql).
 */
export function reportEditedBySql(reportId: Sql, personId: Sql): Sql {
  return sql`(EXISTS (SELECT 1 FROM report_working_groups rwg
                WHERE rwg.report_id = ${reportId} AND ${chairsGroupSql(sql`rwg.working_group_id`, personId, 'rwc')})
           OR EXISTS (SELECT 1 FROM report_editors re
                WHERE re.report_id = ${reportId} AND re.person_id = ${personId}))`;
}
