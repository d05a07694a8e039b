import type { CombinedError } from 'urql';
import { errorMessage, fieldErrors } from '../../../components/errors';

export const REPORT_INPUT_FIELDS = ['title', 'kind', 'workingGroupIds', 'dueDate', 'targetId'] as const;
export type ReportInputField = (typeof REPORT_INPUT_FIELDS)[number];

/**
 * A failed createReport or updateReport, split into the messages that go beside a field
 * (`input.title`, `input.workingGroupIds.0`) and what no field shows (null when nothing).
 */
export function reportInputErrors(error: CombinedError): {
  placed: Partial<Record<ReportInputField, string>>;
  problem: string | null;
} {
  const placed: Partial<Record<ReportInputField, string>> = {};
  const others: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const name = path.split('.').find((p) => (REPORT_INPUT_FIELDS as readonly string[]).includes(p));
    if (name) placed[name as ReportInputField] = message;
    else others.push(message);
  }
  if (others.length) return { placed, problem: others.join(' ') };
  return { placed, problem: Object.keys(placed).length ? null : errorMessage(error) };
}
