import { Badge } from '@mantine/core';

/** Marks a news item the office pinned to the top of the list. */
export function PinnedBadge() {
  return (
    <Badge size="sm" color="violet" variant="light">
      Pinned
    </Badge>
  );
}
