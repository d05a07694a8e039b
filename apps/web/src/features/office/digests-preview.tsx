import { Alert, Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DigestFrequency } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../components/errors';
import { PeoplePicker, type PickedPerson } from '../use-cases/people-picker';
import { MailPreview } from './mail-preview';
import { Period } from './digests-runs';

const DigestPreviewQuery = graphql(`
  query OfficeDigestPreview($personId: ID!, $frequency: DigestFrequency!) {
    digestPreview(personId: $personId, frequency: $frequency) {
      periodStart
      periodEnd
      subscribed
      empty
      mail {
        subject
        html
        text
      }
    }
  }
`);

const NOBODY: PickedPerson[] = [];

/**
 * The digest one person would get for the period the run composes now, by the run's own
 * composer on the server (nothing is sent): pick the person and the frequency, then ask.
 */
export function DigestPreviewPanel() {
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [frequency, setFrequency] = useState<DigestFrequency>('WEEKLY');
  const [asked, setAsked] = useState<{ personId: string; frequency: DigestFrequency } | null>(null);
  const [missing, setMissing] = useState(false);
  const [result] = useQuery({
    query: DigestPreviewQuery,
    variables: asked ?? { personId: '', frequency },
    pause: !asked,
    requestPolicy: 'network-only',
  });
  const preview = asked ? result.data?.digestPreview : undefined;
  const fieldError = fieldErrors(result.error).personId;

  const show = () => {
    if (!personIds[0]) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setAsked({ personId: personIds[0], frequency });
  };
  const word = frequency === 'DAILY' ? 'daily' : 'weekly';

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap" gap="md">
        <div style={{ flex: '1 1 16rem', minWidth: 0 }}>
          <PeoplePicker
            label="Person"
            description="Type two letters of their name"
            value={personIds}
            // One person: the last one picked replaces the one before.
            onChange={(ids) => {
              setPersonIds(ids.slice(-1));
              setAsked(null);
            }}
            known={NOBODY}
            error={missing ? 'Pick the person whose digest to preview' : fieldError}
          />
        </div>
        <Radio.Group
          label="Digest"
          value={frequency}
          onChange={(v) => {
            setFrequency(v as DigestFrequency);
            setAsked(null);
          }}
        >
          <Group gap="md" mt={6}>
            <Radio value="WEEKLY" label="Weekly" />
            <Radio value="DAILY" label="Daily" />
          </Group>
        </Radio.Group>
        <Button onClick={show} loading={Boolean(asked) && result.fetching}>
          Preview the digest
        </Button>
      </Group>
      {asked && result.error && !fieldError && (
        <Alert color="red" role="alert" title="No preview">
          {errorMessage(result.error)}
        </Alert>
      )}
      {preview && (
        <Stack gap="sm" aria-live="polite">
          <Text size="sm">
            The {word} digest of <Period start={preview.periodStart} end={preview.periodEnd} />.
          </Text>
          {!preview.subscribed && (
            <Alert color="yellow" title={`Not receiving the ${word} digest`}>
              This person does not get the {word} digest (their setting, or their role); this is what they
              would get if they did.
            </Alert>
          )}
          {preview.empty || !preview.mail ? (
            <Text fs="italic">
              Nothing to send for this period: nothing new for them, or their digest of it went out already.
            </Text>
          ) : (
            <MailPreview mail={preview.mail} label={`The ${word} digest preview`} />
          )}
        </Stack>
      )}
    </Stack>
  );
}
