import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../gql';
import { NotFound } from '../components/errors';
import { Loaded, Page } from '../components/page';
import { When } from '../components/time';
import { NewsletterComposer } from '../features/office/newsletter-composer';
import {
  NewsletterDelivery,
  deliveryUnderWay,
  useDeliveryPolling,
} from '../features/office/newsletter-delivery';
import { SentIssuePreview } from '../features/office/newsletter-preview';

const OfficeNewsletterIssuePageQuery = graphql(`
  query OfficeNewsletterIssuePage($id: ID!) {
    newsletterIssue(id: $id) {
      subject
      body
      scheduledFor
      sentAt
      ...NewsletterDeliveryFields
    }
    viewer {
      person {
        id
        email
      }
    }
  }
`);

/**
 * `/office/newsletter/:id`: a draft or scheduled issue in the composer; one being sent or sent
 * with its delivery, asked for again every 2 s while anything is pending (polling, not a
 * subscription: the counts live in PostgreSQL and a 2 s lag is fine for the office).
 */
export default function OfficeNewsletterIssueRoute() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({
    query: OfficeNewsletterIssuePageQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
  });
  const issue = result.data?.newsletterIssue;
  const again = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);
  useDeliveryPolling(Boolean(issue && deliveryUnderWay(issue)), again);
  return (
    <Loaded result={result} retry={again}>
      {(data) => {
        const issue = data.newsletterIssue;
        if (!issue) return <NotFound what="newsletter issue" />;
        const viewerEmail = data.viewer?.person?.email ?? null;
        if (issue.status === 'DRAFT' || issue.status === 'SCHEDULED')
          return (
            <Page title={issue.subject} subtitle={issue.status === 'DRAFT' ? 'Draft' : 'Scheduled'}>
              <NewsletterComposer key={issue.id} issue={issue} viewerEmail={viewerEmail} onChanged={again} />
            </Page>
          );
        return (
          <Page
            title={issue.subject}
            subtitle={
              issue.sentAt ? (
                <>
                  Sent <When at={issue.sentAt} />
                </>
              ) : (
                'Being sent'
              )
            }
            actions={
              <Button component={Link} variant="default" to={webPaths.officeNewsletter()}>
                All issues
              </Button>
            }
          >
            <Stack gap="lg">
              <NewsletterDelivery issue={issue} />
              <Card withBorder component="section" aria-labelledby="newsletter-sent-mail">
                <Title order={2} size="h3" id="newsletter-sent-mail" mb="xs">
                  The e-mail
                </Title>
                <Text size="sm" c="dimmed" mb="sm">
                  Sent issues cannot be edited.
                </Text>
                <SentIssuePreview input={{ subject: issue.subject, body: issue.body }} />
              </Card>
            </Stack>
          </Page>
        );
      }}
    </Loaded>
  );
}
