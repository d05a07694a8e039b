import { Badge } from '@mantine/core';
import type { DataRequestKind, DataRequestOutcome } from '../../gql/graphql';

export const KIND_WORDS: Record<DataRequestKind, string> = {
  EXPORT: 'Data export',
  ERASURE: 'Account deletion',
};

const OUTCOME_WORDS: Record<DataRequestOutcome, string> = {
  PENDING: 'Pending',
  DONE: 'Done',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
};

// Filled badges: the light ones' text fails AA contrast on some shades.
const OUTCOME_COLOR: Record<DataRequestOutcome, string> = {
  PENDING: 'blue.8',
  DONE: 'teal.9',
  FAILED: 'red.9',
  CANCELLED: 'gray.7',
};

/** How a request ended (or that it has not yet). */
export function OutcomeBadge({
  outcome,
  pendingWords,
}: {
  outcome: DataRequestOutcome;
  pendingWords?: string;
}) {
  return (
    <Badge color={OUTCOME_COLOR[outcome]} variant="filled" style={{ whiteSpace: 'nowrap' }}>
      {outcome === 'PENDING' && pendingWords ? pendingWords : OUTCOME_WORDS[outcome]}
    </Badge>
  );
}
