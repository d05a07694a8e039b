import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { DigestFrequency } from '../../gql/graphql';
import { errorCode, errorMessage } from '../../components/errors';
import { When } from '../../components/time';
import { Period } from './digests-runs';

const RunDigestMutation = graphql(`
  mutation OfficeRunDigest($frequency: DigestFrequency!) {
    runDigest(frequency: $frequency) {
      id
      ...DigestRunFields
    }
  }
`);

export type PeriodToRun = {
  periodStart: string;
  periodEnd: string;
  run?: { id: string; startedAt: string } | null;
};

const RUNS_CHANGED = { additionalTypenames: ['DigestRun'] };

/**
 * "Run the weekly digest now", after a confirmation naming the period it covers. runDigest
 * runs a period once: asked again it returns the run made before and starts nothing, which the
 * dialog says ahead (from digestPeriod) and the result says again.
 */
export function RunDigestNow({
  frequency,
  period,
  onDone,
}: {
  frequency: DigestFrequency;
  period: PeriodToRun;
  onDone: () => void;
}) {
  const word = frequency === 'DAILY' ? 'daily' : 'weekly';
  const [opened, setOpened] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [state, run] = useMutation(RunDigestMutation);
  const already = period.run ?? null;

  const confirm = async () => {
    setProblem(null);
    const result = await run({ frequency }, RUNS_CHANGED);
    if (result.error) {
      setProblem(
        errorCode(result.error) === 'CONFLICT'
          ? `The ${word} digest of this period has run already; it is not sent twice.`
          : errorMessage(result.error),
      );
      return;
    }
    setOpened(false);
    onDone();
    const same = already && result.data?.runDigest.id === already.id;
    // A message without a title: Mantine greys a titled one's text below AA contrast.
    notifications.show({
      color: same ? 'yellow' : 'teal',
      message: same
        ? `The ${word} digest of this period had run already: nothing new was started.`
        : `The ${word} digest is running; its counts below follow the sending.`,
    });
  };

  return (
    <>
      <Button variant={already ? 'default' : 'filled'} onClick={() => setOpened(true)}>
        Run the {word} digest now
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`Run the ${word} digest now?`} centered>
        <Stack gap="md">
          <Text>
            It covers the period that ended last: <Period start={period.periodStart} end={period.periodEnd} />
            . Every member with the {word} setting gets what is new for them in it, if anything.
          </Text>
          {already && (
            <Alert color="yellow" title="This period has run already">
              The {word} digest of this period started <When at={already.startedAt} />. Running it again
              starts nothing: nobody gets a second digest of one period.
            </Alert>
          )}
          {problem && (
            <Alert color="red" role="alert" title="The digest was not started">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setOpened(false)}>
              Not now
            </Button>
            <Button loading={state.fetching} onClick={() => void confirm()}>
              Yes, run the {word} digest
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
