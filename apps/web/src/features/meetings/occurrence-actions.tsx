import { Alert, Button, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../components/errors';
import { applyServerErrors } from '../../components/forms';
import { When, formatInZone } from '../../components/time';
import { useShell } from '../viewer/viewer';
import { fromZonedInput, toZonedInput } from '../calendar/zoned-time';

const CancelOccurrenceMutation = graphql(`
  mutation CancelOccurrence($id: ID!, $occurrenceStartsAt: DateTime!) {
    cancelMeeting(id: $id, occurrenceStartsAt: $occurrenceStartsAt) {
      id
      status
    }
  }
`);

const RescheduleOccurrenceMutation = graphql(`
  mutation RescheduleOccurrence(
    $id: ID!
    $occurrenceStartsAt: DateTime!
    $startsAt: DateTime!
    $endsAt: DateTime!
  ) {
    rescheduleOccurrence(
      id: $id
      occurrenceStartsAt: $occurrenceStartsAt
      startsAt: $startsAt
      endsAt: $endsAt
    ) {
      id
      status
    }
  }
`);

// The answers hold a Meeting; occurrences have no id of their own, so name both types for
// urql's document cache: every calendar, meeting page and list showing them is fetched again.
const OCCURRENCES_CHANGED = { additionalTypenames: ['Meeting', 'MeetingOccurrence'] };

/** One occurrence of a meeting, identified by its original start (its RECURRENCE-ID). */
export type ActionableOccurrence = {
  originalStartsAt: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
};

export type OccurrenceActionsProps = {
  meetingId: string;
  title: string;
  occurrence: ActionableOccurrence;
  /** Called after a change was saved (the caller may refetch or close what it shows). */
  onChanged?: () => void;
  /**
   * Show the confirmation and the move form in place of the buttons instead of in a dialog of
   * their own: for callers that already show the occurrence in a dialog (the calendar).
   */
  inline?: boolean;
};

/**
 * What a chair (or the office) can do to one occurrence: cancel it (after a confirmation) or move
 * it (start and end in the viewer's zone). Render it only when `meeting.viewerCanManage`.
 */
export function OccurrenceActions({
  meetingId,
  title,
  occurrence,
  onChanged,
  inline,
}: OccurrenceActionsProps) {
  const [mode, setMode] = useState<'cancel' | 'move' | null>(null);
  const close = () => setMode(null);
  const done = () => {
    setMode(null);
    onChanged?.();
  };

  if (occurrence.cancelled) {
    return (
      <Text size="sm" c="dimmed">
        This occurrence is cancelled.
      </Text>
    );
  }

  const content =
    mode === 'cancel' ? (
      <CancelConfirm
        meetingId={meetingId}
        title={title}
        occurrence={occurrence}
        onClose={close}
        onDone={done}
      />
    ) : mode === 'move' ? (
      <MoveForm meetingId={meetingId} title={title} occurrence={occurrence} onClose={close} onDone={done} />
    ) : null;
  const heading = mode === 'cancel' ? 'Cancel this occurrence?' : 'Move this occurrence';

  const buttons = (
    <Group gap="xs" wrap="wrap">
      <Button variant="default" size="sm" onClick={() => setMode('move')}>
        Move…
      </Button>
      <Button variant="outline" color="red.9" size="sm" onClick={() => setMode('cancel')}>
        Cancel this occurrence
      </Button>
    </Group>
  );

  if (inline) {
    if (!content) return buttons;
    return <InlinePanel heading={heading}>{content}</InlinePanel>;
  }
  return (
    <>
      {buttons}
      <Modal opened={mode !== null} onClose={close} title={heading} centered>
        {content}
      </Modal>
    </>
  );
}

function InlinePanel({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id} mb="xs">
        {heading}
      </Title>
      {children}
    </Paper>
  );
}

type PartProps = {
  meetingId: string;
  title: string;
  occurrence: ActionableOccurrence;
  onClose: () => void;
  onDone: () => void;
};

function CancelConfirm({ meetingId, title, occurrence, onClose, onDone }: PartProps) {
  const { zone } = useShell();
  const [state, cancel] = useMutation(CancelOccurrenceMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setProblem(null);
    const result = await cancel(
      { id: meetingId, occurrenceStartsAt: occurrence.originalStartsAt },
      OCCURRENCES_CHANGED,
    );
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    // One plain sentence: with a title, Mantine dims the message below AA contrast.
    notifications.show({
      color: 'teal',
      message: `Cancelled: ${title} of ${formatInZone(occurrence.startsAt, zone)}.`,
    });
    onDone();
  };

  return (
    <Stack gap="md">
      <Text>
        <strong>{title}</strong> of <When at={occurrence.startsAt} /> will not take place. The other meetings
        of the series stay as they are, and calendar subscriptions show the change.
      </Text>
      {problem && (
        <Alert color="red" role="alert" title="The occurrence was not cancelled">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end" wrap="wrap">
        <Button variant="default" onClick={onClose}>
          Keep it
        </Button>
        <Button color="red.9" loading={state.fetching} onClick={() => void confirm()}>
          Yes, cancel it
        </Button>
      </Group>
    </Stack>
  );
}

type MoveValues = { startsAt: string; endsAt: string };

function MoveForm({ meetingId, title, occurrence, onClose, onDone }: PartProps) {
  const { zone } = useShell();
  const [, reschedule] = useMutation(RescheduleOccurrenceMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<MoveValues>({
    defaultValues: {
      startsAt: toZonedInput(occurrence.startsAt, zone),
      endsAt: toZonedInput(occurrence.endsAt, zone),
    },
  });

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const startsAt = fromZonedInput(values.startsAt, zone);
    const endsAt = fromZonedInput(values.endsAt, zone);
    if (!startsAt || !endsAt) return;
    const result = await reschedule(
      { id: meetingId, occurrenceStartsAt: occurrence.originalStartsAt, startsAt, endsAt },
      OCCURRENCES_CHANGED,
    );
    if (result.error) {
      setProblem(applyServerErrors(result.error, setError, ['startsAt', 'endsAt']));
      return;
    }
    notifications.show({
      color: 'teal',
      message: `Moved: ${title}, now ${formatInZone(startsAt, zone)}.`,
    });
    onDone();
  });

  const isTime = (v: string) => (fromZonedInput(v, zone) ? true : 'Give a date and a time.');
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Moves only the meeting of <When at={occurrence.originalStartsAt} />. Times are in {zone}.
        </Text>
        <TextInput
          type="datetime-local"
          label={`New start (${zone})`}
          required
          error={errors.startsAt?.message}
          {...register('startsAt', { validate: isTime })}
        />
        <TextInput
          type="datetime-local"
          label={`New end (${zone})`}
          required
          error={errors.endsAt?.message}
          {...register('endsAt', {
            validate: (v) => {
              const ok = isTime(v);
              if (ok !== true) return ok;
              const start = fromZonedInput(getValues('startsAt'), zone);
              return !start || fromZonedInput(v, zone)! > start ? true : 'The end must be after the start.';
            },
          })}
        />
        {problem && (
          <Alert color="red" role="alert" title="The occurrence was not moved">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end" wrap="wrap">
          <Button variant="default" onClick={onClose}>
            Keep its time
          </Button>
          <Button type="submit" loading={isSubmitting}>
            Move it
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
