import { Badge } from '@mantine/core';
import {
  PRIORITY_COLOR,
  PRIORITY_WORDS,
  REPORT_STATUS_COLOR,
  REPORT_STATUS_WORDS,
  type PriorityValue,
  type ReportStatusValue,
} from './report-words';

/** A report's status in a word: Drafting, In review, Published. */
export function ReportStatusBadge({ status }: { status: ReportStatusValue }) {
  return (
    <Badge variant="light" color={REPORT_STATUS_COLOR[status]} tt="none" style={{ flexShrink: 0 }}>
      {REPORT_STATUS_WORDS[status]}
    </Badge>
  );
}

/** A recommendation's priority: "High priority". */
export function PriorityBadge({ priority }: { priority: PriorityValue }) {
  return (
    <Badge variant="outline" color={PRIORITY_COLOR[priority]} tt="none" style={{ flexShrink: 0 }}>
      {PRIORITY_WORDS[priority]}
    </Badge>
  );
}
