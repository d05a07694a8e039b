import { Alert, Anchor, Button, Card, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { SurveyStatus } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { When } from '../../components/time';
import { plural } from '../../components/words';
import { SURVEYS_CHANGED } from './editor-form';
import { SurveyStatusBadge } from './survey-words';

const OpenSurveyMutation = graphql(`
  mutation OpenSurvey($id: ID!) {
    openSurvey(id: $id) {
      id
      status
      responseCount
    }
  }
`);

const CloseSurveyMutation = graphql(`
  mutation CloseSurvey($id: ID!) {
    closeSurvey(id: $id) {
      id
      status
      responseCount
    }
  }
`);

/** What each state means for the office, in words. */
export const STATUS_MEANING: Record<SurveyStatus, string> = {
  DRAFT: 'Only the office sees it, and its questions can still change.',
  OPEN: 'People answer it; its questions are frozen so every answer is to the same survey.',
  CLOSED: 'Members can read the results; it takes no more answers.',
};

export type LifecycleSurvey = {
  id: string;
  slug: string;
  title: string;
  status: SurveyStatus;
  opensAt?: string | null;
  closesAt?: string | null;
  responseCount: number;
};

/** Why the definition can no longer change, or null while it can. */
export function lockedReason(s: LifecycleSurvey): string | null {
  if (s.status === 'OPEN')
    return 'The survey is open: people are answering these questions, so they can no longer change. Closing it does not unlock them.';
  if (s.status === 'CLOSED')
    return 'The survey is closed: its questions stay as they were answered, so its results keep their meaning.';
  if (s.responseCount > 0)
    return `The survey has ${plural(s.responseCount, 'response', 'responses')}: its questions can no longer change.`;
  return null;
}

type Action = 'open' | 'close';

/** The survey's state in words, its window, and opening or closing it (each asks first). */
export function SurveyLifecycle({ survey: s, dirty }: { survey: LifecycleSurvey; dirty: boolean }) {
  const [, open] = useMutation(OpenSurveyMutation);
  const [, close] = useMutation(CloseSurveyMutation);
  const [asking, setAsking] = useState<Action | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const now = Date.now();
  const closedForGood =
    s.closesAt !== null && s.closesAt !== undefined && new Date(s.closesAt).getTime() <= now;
  const action: Action | null = s.status === 'OPEN' ? 'close' : closedForGood ? null : 'open';

  const run = async (a: Action) => {
    setBusy(true);
    setProblem(null);
    const result =
      a === 'open' ? await open({ id: s.id }, SURVEYS_CHANGED) : await close({ id: s.id }, SURVEYS_CHANGED);
    setBusy(false);
    setAsking(null);
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'green',
      title: a === 'open' ? 'Survey open' : 'Survey closed',
      message: a === 'open' ? `“${s.title}” takes answers.` : `“${s.title}” takes no more answers.`,
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby="survey-status-heading">
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={2} size="h3" id="survey-status-heading">
            Status
          </Title>
          <SurveyStatusBadge status={s.status} />
        </Group>
        <Text>{STATUS_MEANING[s.status]}</Text>
        <List size="sm" spacing={4}>
          <List.Item>
            {s.opensAt ? (
              <>
                Takes answers from <When at={s.opensAt} />
                {s.status === 'DRAFT' ? ', once opened' : ''}.
              </>
            ) : (
              'Takes answers from when it is opened.'
            )}
          </List.Item>
          <List.Item>
            {s.closesAt ? (
              <>
                {closedForGood ? 'Closed at' : 'Closes by itself at'} <When at={s.closesAt} />.
              </>
            ) : (
              'Stays open until the office closes it.'
            )}
          </List.Item>
          <List.Item>{plural(s.responseCount, 'response', 'responses')} submitted.</List.Item>
        </List>
        {problem && (
          <Alert color="red" role="alert" title="The status did not change">
            {problem}
          </Alert>
        )}
        <Group gap="sm" wrap="wrap">
          {action && (
            <Button
              color={action === 'close' ? 'red.9' : undefined}
              disabled={dirty}
              onClick={() => setAsking(action)}
            >
              {action === 'close'
                ? 'Close the survey'
                : s.status === 'CLOSED'
                  ? 'Open it again'
                  : 'Open the survey'}
            </Button>
          )}
          {s.status !== 'DRAFT' && (
            <Anchor component={Link} to={webPaths.survey(s.slug)}>
              The survey&apos;s page
            </Anchor>
          )}
          {s.status !== 'DRAFT' && (
            <Anchor component={Link} to={webPaths.surveyResults(s.slug)}>
              Results
            </Anchor>
          )}
        </Group>
        {dirty && action && (
          <Text size="sm" c="dimmed">
            Save or undo your changes before you {action} the survey.
          </Text>
        )}
      </Stack>
      <Modal
        opened={asking !== null}
        onClose={() => setAsking(null)}
        title={asking === 'close' ? 'Close the survey?' : 'Open the survey?'}
        centered
      >
        <Stack gap="md">
          {asking === 'open' ? (
            <Text>
              Opening “{s.title}” freezes its questions, options and conditions: they can no longer be
              changed. People can answer it
              {s.opensAt && new Date(s.opensAt).getTime() > now ? ' from its start date' : ' at once'}
              {s.closesAt ? ' until its closing date' : ' until you close it'}.
            </Text>
          ) : (
            <Text>
              Closing “{s.title}” stops the answers; members can then read its results. You can open it again
              later
              {s.closesAt ? ' until its closing date' : ''}.
            </Text>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setAsking(null)} data-autofocus>
              {asking === 'close'
                ? 'Keep it open'
                : s.status === 'DRAFT'
                  ? 'Keep it a draft'
                  : 'Keep it closed'}
            </Button>
            <Button
              color={asking === 'close' ? 'red.9' : undefined}
              loading={busy}
              onClick={() => asking && void run(asking)}
            >
              {asking === 'close' ? 'Close it' : 'Open it'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
