import { Badge, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { graphql } from '../../gql';
import type { NewsletterDeliveryFieldsFragment, NewsletterStatus } from '../../gql/graphql';

export const NewsletterDeliveryFields = graphql(`
  fragment NewsletterDeliveryFields on NewsletterIssue {
    id
    status
    delivery {
      recipients
      sent
      failed
      pending
    }
  }
`);

export const NEWSLETTER_STATUS_LABEL: Record<NewsletterStatus, string> = {
  DRAFT: 'Draft',
  SCHEDULED: 'Scheduled',
  SENDING: 'Sending',
  SENT: 'Sent',
};
const STATUS_COLOR: Record<NewsletterStatus, string> = {
  DRAFT: 'gray',
  SCHEDULED: 'violet',
  SENDING: 'blue',
  SENT: 'teal',
};

export function NewsletterStatusBadge({ status }: { status: NewsletterStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLOR[status]} style={{ flexShrink: 0 }}>
      {NEWSLETTER_STATUS_LABEL[status]}
    </Badge>
  );
}

/** "48 sent, 1 failed, 1 pending of 50 recipients". */
export function deliveryWords(d: NewsletterDeliveryFieldsFragment['delivery']): string {
  return `${d.sent} sent, ${d.failed} failed, ${d.pending} pending of ${d.recipients} recipient${d.recipients === 1 ? '' : 's'}`;
}

/** Whether the worker may still change the issue's counts (so the page keeps asking). */
export function deliveryUnderWay(issue: NewsletterDeliveryFieldsFragment): boolean {
  return issue.status === 'SENDING' || issue.delivery.pending > 0;
}

/**
 * Asks again every 2 s (network-only, so the counts are the server's) while the delivery is
 * under way; stops when nothing is pending and when the page is left (the effect's cleanup).
 */
export function useDeliveryPolling(active: boolean, refetch: () => void, everyMs = 2000) {
  useEffect(() => {
    if (!active) return;
    const timer = window.setInterval(refetch, everyMs);
    return () => window.clearInterval(timer);
  }, [active, refetch, everyMs]);
}

/** The delivery of an issue being sent or sent: counts, a bar and a polite live region. */
export function NewsletterDelivery({ issue }: { issue: NewsletterDeliveryFieldsFragment }) {
  const d = issue.delivery;
  const handled = d.sent + d.failed;
  const percent = d.recipients ? Math.round((handled / d.recipients) * 100) : 100;
  return (
    <Card withBorder component="section" aria-labelledby="newsletter-delivery">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} size="h3" id="newsletter-delivery">
            Delivery
          </Title>
          <NewsletterStatusBadge status={issue.status} />
        </Group>
        <Progress
          value={percent}
          color={d.failed ? 'orange' : 'teal'}
          size="lg"
          aria-label="Delivery progress"
        />
        <Text role="status" aria-live="polite">
          {deliveryWords(d)}
          {deliveryUnderWay(issue) ? '. Updating while the worker sends.' : '.'}
        </Text>
        <Group gap="lg" wrap="wrap">
          <Count label="Sent" value={d.sent} />
          <Count label="Failed" value={d.failed} />
          <Count label="Pending" value={d.pending} />
          <Count label="Recipients" value={d.recipients} />
        </Group>
      </Stack>
    </Card>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Stack>
  );
}
