import { Alert, Button, Card, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from 'urql';
import { z } from 'zod';
import { graphql } from '../gql';
import { applyServerErrors } from '../components/forms';
import { errorCode, retryAfterWords } from '../components/errors';
import { Page } from '../components/page';

const SubscribeToNewsletterMutation = graphql(`
  mutation SubscribeToNewsletter($email: EmailAddress!) {
    subscribeToNewsletter(email: $email)
  }
`);

const INVALID = 'Enter a valid e-mail address, such as name@example.org.';

const schema = z.object({
  email: z.string().trim().min(1, 'Enter your e-mail address.').pipe(z.email(INVALID)),
});
type Values = z.infer<typeof schema>;

// The same sentence whatever the address: the answer never tells whether it was known.
const SENT =
  'Check your inbox: if this address can receive the newsletter, a confirmation link is on its way.';

/** `/newsletter`: subscribe with double opt-in. */
export default function NewsletterRoute() {
  const [state, subscribe] = useMutation(SubscribeToNewsletterMutation);
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { email: '' } });

  const onSubmit = form.handleSubmit(async ({ email }) => {
    setSent(false);
    setProblem(null);
    const res = await subscribe({ email });
    if (res.error) {
      if (errorCode(res.error) === 'RATE_LIMITED') {
        setProblem(
          `Too many subscriptions were asked for from your connection just now. Try again ${retryAfterWords(res.error)}.`,
        );
        return;
      }
      const rest = applyServerErrors(res.error, form.setError, ['email']);
      // graphql-js words a refused EmailAddress variable for programmers: say it for people.
      if (form.getFieldState('email').error?.message?.startsWith('Variable "$'))
        form.setError('email', { type: 'server', message: INVALID });
      setProblem(rest);
      return;
    }
    setSent(true);
    form.reset({ email: '' });
  });

  return (
    <Page title="Newsletter" subtitle="The community's news in your inbox.">
      <Stack gap="sm" maw={640}>
        <Text>
          The newsletter brings what happened in the community and its working groups: meetings to come, new
          documents and reports, the survey's progress and the project's milestones. You do not need an
          account to receive it.
        </Text>
        <List spacing={4}>
          <List.Item>
            Double opt-in: after you subscribe we send a confirmation link, and nothing else comes until you
            follow it.
          </List.Item>
          <List.Item>Every issue has an unsubscribe link: one click and no more issues come.</List.Item>
        </List>
      </Stack>
      <Card withBorder maw={520} component="section" aria-labelledby="subscribe-heading">
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h3" id="subscribe-heading">
              Subscribe
            </Title>
            <TextInput
              label="E-mail address"
              type="email"
              autoComplete="email"
              inputMode="email"
              required
              {...form.register('email')}
              error={form.formState.errors.email?.message}
            />
            {sent && (
              <Alert color="blue" variant="light" role="status" title="Almost there">
                {SENT}
              </Alert>
            )}
            {problem && (
              <Alert color="red" variant="light" role="alert" title="Not subscribed">
                {problem}
              </Alert>
            )}
            <Group>
              <Button type="submit" loading={state.fetching}>
                Subscribe
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Page>
  );
}
