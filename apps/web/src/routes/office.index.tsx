import { Anchor, Badge, Group, SimpleGrid, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { Loaded, Page } from '../components/page';
import { When } from '../components/time';
import { OverviewCard } from '../features/office/overview-card';
import {
  DigestRunStatusBadge,
  Period,
  deliveryCountWords,
  frequencyWords,
} from '../features/office/digests-runs';

const OfficeOverviewQuery = graphql(`
  query OfficeOverview {
    pendingAdmissions {
      id
    }
    newsletterSubscribers {
      confirmed
      pending
      unsubscribed
    }
    newsletterIssues(first: 1) {
      edges {
        node {
          id
          subject
          status
          sentAt
          scheduledFor
          delivery {
            recipients
            sent
            failed
            pending
          }
        }
      }
    }
    digestRuns(first: 1) {
      ...DigestRunFields
    }
  }
`);

const ISSUE_STATUS_WORDS: Record<string, string> = {
  DRAFT: 'Draft',
  SCHEDULED: 'Scheduled',
  SENDING: 'Sending',
  SENT: 'Sent',
};

/** `/office`: what waits for the office, in one query, with a way into each section. */
export default function OfficeOverviewRoute() {
  const [result, refetch] = useQuery({ query: OfficeOverviewQuery, requestPolicy: 'cache-and-network' });
  return (
    <Page
      title="Office"
      subtitle="What waits for the project office, and the way into each part of its work."
    >
      <Loaded result={result} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {(data) => {
          const waiting = data.pendingAdmissions.length;
          const subs = data.newsletterSubscribers;
          const issue = data.newsletterIssues.edges[0]?.node;
          const run = data.digestRuns[0];
          return (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <OverviewCard
                id="overview-admissions"
                title="Admissions"
                to={webPaths.officeAdmissions()}
                linkText="Open admissions"
              >
                <Text size="xl" fw={700}>
                  {waiting}
                </Text>
                <Text>
                  {waiting === 1 ? 'person waits' : 'people wait'} to be admitted as{' '}
                  {waiting === 1 ? 'a member' : 'members'}.
                </Text>
              </OverviewCard>
              <OverviewCard
                id="overview-newsletter"
                title="Newsletter"
                to={webPaths.officeNewsletter()}
                linkText="Open the newsletter"
              >
                <Text>
                  <Text span fw={700}>
                    {subs.confirmed}
                  </Text>{' '}
                  confirmed subscribers, {subs.pending} pending, {subs.unsubscribed} unsubscribed.
                </Text>
                {issue ? (
                  <>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                        Latest issue:{' '}
                        <Anchor component={Link} to={webPaths.officeNewsletterIssue(issue.id)}>
                          {issue.subject}
                        </Anchor>
                      </Text>
                      <Badge variant="light" color="gray">
                        {ISSUE_STATUS_WORDS[issue.status] ?? issue.status}
                      </Badge>
                    </Group>
                    <Text size="sm" c="dimmed">
                      {issue.sentAt ? (
                        <>
                          Sent <When at={issue.sentAt} />. {deliveryCountWords(issue.delivery)}.
                        </>
                      ) : issue.scheduledFor ? (
                        <>
                          Scheduled for <When at={issue.scheduledFor} />.
                        </>
                      ) : issue.status === 'SENDING' ? (
                        `Sending: ${deliveryCountWords(issue.delivery)}.`
                      ) : (
                        'Not sent yet.'
                      )}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    No issue yet.
                  </Text>
                )}
              </OverviewCard>
              <OverviewCard
                id="overview-digests"
                title="Digests"
                to={webPaths.officeDigests()}
                linkText="Open digests"
              >
                {run ? (
                  <>
                    <Group gap="xs" wrap="nowrap">
                      <Text size="sm">Latest run: {frequencyWords(run.frequency).toLowerCase()} digest</Text>
                      <DigestRunStatusBadge status={run.status} />
                    </Group>
                    <Text size="sm">
                      <Period start={run.periodStart} end={run.periodEnd} />
                    </Text>
                    <Text size="sm" c="dimmed">
                      {deliveryCountWords(run.delivery)}.
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    No digest has run yet.
                  </Text>
                )}
              </OverviewCard>
              <OverviewCard
                id="overview-community"
                title="People and groups"
                to={webPaths.officePeople()}
                linkText="Open the directory"
              >
                <Text size="sm">Roles, seats and sign-ins of everyone in the community.</Text>
                <Anchor component={Link} to={webPaths.officeGroups()} size="sm">
                  Working groups: chairs, topics, seat history
                </Anchor>
              </OverviewCard>
            </SimpleGrid>
          );
        }}
      </Loaded>
    </Page>
  );
}
