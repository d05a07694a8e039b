import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { Empty, Loaded, Page } from '../components/page';
import { When } from '../components/time';
import { NewsletterStatusBadge, deliveryWords } from '../features/office/newsletter-delivery';

const OfficeNewsletterPageQuery = graphql(`
  query OfficeNewsletterPage {
    newsletterSubscribers {
      confirmed
      pending
      unsubscribed
    }
    newsletterIssues(first: 50) {
      totalCount
      edges {
        node {
          subject
          scheduledFor
          sentAt
          ...NewsletterDeliveryFields
        }
      }
    }
  }
`);

/** `/office/newsletter`: who subscribes, and every issue with its status and delivery. */
export default function OfficeNewsletterRoute() {
  const [result, refetch] = useQuery({
    query: OfficeNewsletterPageQuery,
    requestPolicy: 'cache-and-network',
  });
  return (
    <Page
      title="Newsletter"
      subtitle="Public subscribers confirm their address by a link; members subscribe in their e-mail settings. Each issue goes to the confirmed subscribers."
      actions={
        <Button component={Link} to={webPaths.officeNewNewsletter()}>
          New issue
        </Button>
      }
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const s = data.newsletterSubscribers;
          const issues = data.newsletterIssues.edges.map((e) => e.node);
          return (
            <Stack gap="lg">
              <Card withBorder component="section" aria-labelledby="newsletter-subscribers">
                <Title order={2} size="h3" id="newsletter-subscribers" mb="sm">
                  Subscribers
                </Title>
                <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
                  <Count label="Confirmed" value={s.confirmed} hint="receive each issue" />
                  <Count label="Pending" value={s.pending} hint="have not confirmed yet" />
                  <Count label="Unsubscribed" value={s.unsubscribed} hint="left the list" />
                </SimpleGrid>
              </Card>
              <section aria-labelledby="newsletter-issues">
                <Title order={2} size="h3" id="newsletter-issues" mb="sm">
                  Issues
                </Title>
                {issues.length === 0 ? (
                  <Empty>No issue yet. Write the first with “New issue”.</Empty>
                ) : (
                  <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
                    {issues.map((issue) => (
                      <Card component="li" withBorder key={issue.id} padding="sm">
                        <Stack gap={4}>
                          <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                            <Anchor
                              component={Link}
                              to={webPaths.officeNewsletterIssue(issue.id)}
                              fw={600}
                              style={{ overflowWrap: 'anywhere' }}
                            >
                              {issue.subject}
                            </Anchor>
                            <NewsletterStatusBadge status={issue.status} />
                          </Group>
                          <Text size="sm" c="dimmed">
                            {issue.sentAt ? (
                              <>
                                Sent <When at={issue.sentAt} />
                              </>
                            ) : issue.scheduledFor ? (
                              <>
                                Scheduled for <When at={issue.scheduledFor} />
                              </>
                            ) : issue.status === 'SENDING' ? (
                              'Sending now'
                            ) : (
                              'Not sent'
                            )}
                          </Text>
                          {issue.status !== 'DRAFT' && issue.status !== 'SCHEDULED' && (
                            <Text size="sm">{deliveryWords(issue.delivery)}</Text>
                          )}
                        </Stack>
                      </Card>
                    ))}
                  </Stack>
                )}
                {data.newsletterIssues.totalCount > issues.length && (
                  <Text size="sm" c="dimmed" mt="sm">
                    The newest {issues.length} of {data.newsletterIssues.totalCount} issues.
                  </Text>
                )}
              </section>
            </Stack>
          );
        }}
      </Loaded>
    </Page>
  );
}

function Count({ label, value, hint }: { label: string; value: number; hint: string }) {
  return (
    <Stack gap={0}>
      <Text size="xl" fw={700}>
        {value}
      </Text>
      <Text fw={600}>{label}</Text>
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}
