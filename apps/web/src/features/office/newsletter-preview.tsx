import { Alert, Button, Stack } from '@mantine/core';
import { useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { NewsletterInput } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { MailPreview, type MailPreviewData } from './mail-preview';

const NewsletterPreviewQuery = graphql(`
  query NewsletterPreview($input: NewsletterInput!) {
    newsletterPreview(input: $input) {
      subject
      html
      text
    }
  }
`);

/** The server's rendering of an issue as a subscriber gets it (asked for on demand, never cached). */
export function useNewsletterPreview() {
  const client = useClient();
  const [mail, setMail] = useState<MailPreviewData | null>(null);
  const [error, setError] = useState<CombinedError | null>(null);
  const [fetching, setFetching] = useState(false);
  const run = async (input: NewsletterInput): Promise<CombinedError | null> => {
    setFetching(true);
    const result = await client
      .query(NewsletterPreviewQuery, { input }, { requestPolicy: 'network-only' })
      .toPromise();
    setFetching(false);
    setError(result.error ?? null);
    setMail(result.data?.newsletterPreview ?? null);
    return result.error ?? null;
  };
  return { mail, error, fetching, run };
}

/** A sent issue's e-mail, shown when asked for. */
export function SentIssuePreview({ input }: { input: NewsletterInput }) {
  const preview = useNewsletterPreview();
  return (
    <Stack gap="sm">
      {!preview.mail && (
        <div>
          <Button variant="default" loading={preview.fetching} onClick={() => void preview.run(input)}>
            Show the e-mail
          </Button>
        </div>
      )}
      {preview.error && (
        <Alert color="red" role="alert" title="The preview could not be made">
          {errorMessage(preview.error)}
        </Alert>
      )}
      {preview.mail && <MailPreview mail={preview.mail} label="The issue's e-mail" />}
    </Stack>
  );
}
