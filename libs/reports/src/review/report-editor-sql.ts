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

/**
 * A derived table for the digests (`JOIN LATERAL (…) c ON TRUE`): the review comments written in
 * (`from`, `to`] by others on the reports `person` (an outer column such as sql`p.id`) edits
 * (rows id, report_id, report_title, author_id, body, created_at). Aliases `rcd`/`rrd` inside.
 */
export function reportCommentsForEditorSql(person: Sql, from: Sql, to: Sql): Sql {
  return sql`SELECT rcd.id, rcd.report_id, rrd.title AS report_title, rcd.author_id, rcd.body, rcd.created_at
        FROM report_comments rcd JOIN reports rrd ON rrd.id = rcd.report_id
       WHERE rcd.created_at > ${from} AND rcd.created_at <= ${to} AND rcd.author_id <> ${person}
         AND ${reportEditedBySql(sql`rrd.id`, person)}`;
}
