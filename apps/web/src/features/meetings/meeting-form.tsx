import {
  Alert,
  Button,
  Card,
  Group,
  List,
  Modal,
  NativeSelect,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Controller, useForm, useWatch, type Path } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { useClient, useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { MeetingFormGroupFragment, MeetingInput, Visibility } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import { When } from '../../components/time';
import { VISIBILITY_LABEL } from '../../components/visibility-words';
import { plural } from '../../components/words';
import { useShell } from '../viewer/viewer';
import { MeetingConflicts } from './conflicts';
import { OccurrencesPreview, useOccurrencesPreview } from './meeting-form-preview';
import {
  COMMUNITY_WIDE,
  formFieldOf,
  meetingFormSchema,
  recurrenceOf,
  toMeetingInput,
  type KeptRule,
  type MeetingFormValues,
} from './meeting-form-model';
import { RecurrenceBuilderFields } from './recurrence-builder-fields';
import { isDate, weekdayOf } from './recurrence-builder';
import { ZonePicker } from './zone-picker';

const ScheduleMeetingMutation = graphql(`
  mutation ScheduleMeeting($input: MeetingInput!) {
    scheduleMeeting(input: $input) {
      id
      title
    }
  }
`);

const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingInput!) {
    updateMeeting(id: $id, input: $input) {
      id
      title
    }
  }
`);

const MeetingExceptionsDroppedQuery = graphql(`
  query MeetingExceptionsDropped($id: ID!, $input: MeetingInput!) {
    meetingExceptionsDropped(id: $id, input: $input) {
      startsAt
      endsAt
      originalStartsAt
      cancelled
    }
  }
`);

// Saving changes meetings and their occurrences wherever they are shown: refetch those.
const MEETINGS_CHANGED = { additionalTypenames: ['Meeting', 'MeetingOccurrence'] };

const VISIBILITY_HELP: Record<Visibility, string> = {
  PUBLIC: 'Anyone may see it, without signing in; the video link stays for members.',
  COMMUNITY: 'Members of the community.',
  WORKING_GROUP: 'Members of its working group only.',
};

export const MeetingFormGroupFields = graphql(`
  fragment MeetingFormGroup on WorkingGroup {
    id
    code
    name
    viewerMembership {
      id
      role
      status
    }
  }
`);

export type MeetingFormGroup = { id: string; code: string; name: string };

/** The groups a viewer may schedule for: every group for the office, else those they chair. */
export function schedulableGroups(
  groups: readonly MeetingFormGroupFragment[],
  isOffice: boolean,
): MeetingFormGroup[] {
  return groups
    .filter(
      (g) => isOffice || (g.viewerMembership?.role === 'CHAIR' && g.viewerMembership.status === 'ACTIVE'),
    )
    .map(({ id, code, name }) => ({ id, code, name }));
}

type Dropped = { startsAt: string; endsAt: string; originalStartsAt: string; cancelled: boolean };

/** "the cancelled 5 April", "the moved 12 April": an exception by its original day in the meeting's zone. */
function droppedWords(d: Dropped, zone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: zone }).format(
    new Date(d.originalStartsAt),
  );
  return `the ${d.cancelled ? 'cancelled' : 'moved'} ${day}`;
}

/**
 * The scheduling form, for a new meeting or an existing one: what, for whom, when (a wall-clock
 * start in a named zone), how long and how it repeats. As the chair types it shows the rule in
 * words, the next five meetings and the meetings it would clash with; saving an edit that drops
 * a series' exceptions asks first.
 */
export function MeetingForm({
  initial,
  groups,
  communityWide,
  meeting,
  kept,
}: {
  initial: MeetingFormValues;
  /** The working groups the viewer may schedule for. */
  groups: MeetingFormGroup[];
  /** Whether "Community-wide" may be chosen (OFFICE). */
  communityWide: boolean;
  /** Editing: the meeting's id, title and whether it is a series. */
  meeting?: { id: string; title: string; isSeries: boolean };
  /** Editing: the rule the meeting has, kept as written while the repeat is left alone. */
  kept?: KeptRule;
}) {
  const shell = useShell();
  const navigate = useNavigate();
  const client = useClient();
  const [, schedule] = useMutation(ScheduleMeetingMutation);
  const [, update] = useMutation(UpdateMeetingMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<{ dropped: Dropped[]; input: MeetingInput } | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useForm<MeetingFormValues>({
    resolver: zodResolver(meetingFormSchema) as never,
    defaultValues: initial,
    mode: 'onTouched',
  });
  const {
    control,
    register,
    setValue,
    getValues,
    formState: { errors },
  } = form;
  const values = useWatch({ control }) as MeetingFormValues;

  // A weekly series follows its start: moving the first meeting to a Tuesday picks Tuesday.
  const startDate = values.startDate;
  const previousStart = useRef(startDate);
  useEffect(() => {
    // A date input is empty while half typed: compare complete dates only.
    if (!isDate(startDate)) return;
    const before = previousStart.current;
    previousStart.current = startDate;
    if (before === startDate || !isDate(before)) return;
    const days = getValues('repeat.weekdays');
    if (days.length === 1 && days[0] === weekdayOf(before))
      setValue('repeat.weekdays', [weekdayOf(startDate)], { shouldValidate: true });
  }, [startDate, getValues, setValue]);

  const draftKey = JSON.stringify(toMeetingInput(values, { kept, draft: true }));
  const [debouncedKey] = useDebouncedValue(draftKey, 400);
  const draft = useMemo(() => JSON.parse(debouncedKey) as MeetingInput | null, [debouncedKey]);
  const preview = useOccurrencesPreview(draft);
  const rule = useMemo(() => {
    const v = JSON.parse(draftKey) as MeetingInput | null;
    return v ? (v.recurrence ?? null) : recurrenceOf(values, kept);
  }, [draftKey, values, kept]);

  const showServerErrors = (error: Parameters<typeof applyServerErrors>[0]) =>
    setProblem(
      applyServerErrors<MeetingFormValues>(error, form.setError, [], (path) => {
        const field = formFieldOf(path, getValues());
        return field as Path<MeetingFormValues> | undefined;
      }),
    );

  /** Saves, then opens the meeting's page; false when the server refused. */
  const save = async (input: MeetingInput): Promise<boolean> => {
    setSaving(true);
    setProblem(null);
    try {
      const result = meeting
        ? await update({ id: meeting.id, input }, MEETINGS_CHANGED)
        : await schedule({ input }, MEETINGS_CHANGED);
      if (result.error || !result.data) {
        showServerErrors(result.error);
        if (!result.error) setProblem('The meeting was not saved. Try again.');
        return false;
      }
      const saved = 'updateMeeting' in result.data ? result.data.updateMeeting : result.data.scheduleMeeting;
      notifications.show({
        color: 'green',
        title: meeting ? 'Meeting saved' : 'Meeting scheduled',
        message: meeting
          ? `Your changes to “${saved.title}” were saved.`
          : `“${saved.title}” is in the calendar.`,
      });
      navigate(webPaths.meeting(saved.id));
      return true;
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = form.handleSubmit(async (v) => {
    const input = toMeetingInput(v, { kept });
    if (!input) return;
    setProblem(null);
    if (meeting?.isSeries) {
      // Changing a series' time, zone or rule may drop its cancelled and moved meetings: ask first.
      setSaving(true);
      const dropped = await client
        .query(MeetingExceptionsDroppedQuery, { id: meeting.id, input }, { requestPolicy: 'network-only' })
        .toPromise();
      setSaving(false);
      if (dropped.error) {
        showServerErrors(dropped.error);
        return;
      }
      const list = dropped.data?.meetingExceptionsDropped ?? [];
      if (list.length) {
        setConfirm({ dropped: list, input });
        return;
      }
    }
    await save(input);
  });

  const groupOptions = [
    ...(communityWide ? [{ value: COMMUNITY_WIDE, label: 'Community-wide (no working group)' }] : []),
    ...groups.map((g) => ({ value: g.id, label: `${g.code}: ${g.name}` })),
  ];
  const isCommunityWide = values.group === COMMUNITY_WIDE;
  const zone = values.timeZone;
  const previewError = (field: string) => preview.fields[field];

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      noValidate
      aria-label={meeting ? 'Edit the meeting' : 'Schedule a meeting'}
    >
      <Stack gap="lg">
        <FormSection id="meeting-form-what" title="What and for whom">
          <TextInput
            label="Title"
            required
            maxLength={300}
            error={errors.title?.message}
            {...register('title')}
          />
          <Textarea
            label="Description"
            description="What the meeting is about; shown on its page and in calendars."
            autosize
            minRows={3}
            maxRows={12}
            error={errors.description?.message}
            {...register('description')}
          />
          <Controller
            control={control}
            name="group"
            render={({ field }) => (
              <Select
                label="Working group"
                description={communityWide ? 'Or community-wide, for everyone.' : 'A group you chair.'}
                required
                data={groupOptions}
                allowDeselect={false}
                value={field.value || null}
                onChange={(v) => {
                  field.onChange(v ?? '');
                  if (v === COMMUNITY_WIDE && getValues('visibility') === 'WORKING_GROUP')
                    setValue('visibility', 'COMMUNITY');
                }}
                onBlur={field.onBlur}
                name={field.name}
                error={errors.group?.message}
              />
            )}
          />
          <Controller
            control={control}
            name="visibility"
            render={({ field }) => (
              <Radio.Group
                label="Who may see it"
                required
                value={field.value}
                onChange={(v) => field.onChange(v as Visibility)}
                name={field.name}
                error={errors.visibility?.message}
              >
                <Stack gap={8} mt={6}>
                  {(['PUBLIC', 'COMMUNITY', 'WORKING_GROUP'] as const).map((v) => (
                    <Radio
                      key={v}
                      value={v}
                      label={VISIBILITY_LABEL[v]}
                      description={VISIBILITY_HELP[v]}
                      disabled={v === 'WORKING_GROUP' && isCommunityWide}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label="Location"
              description="A room and building, if it meets in person."
              maxLength={500}
              error={errors.location?.message}
              {...register('location')}
            />
            <TextInput
              label="Video link"
              description="Shown to members only."
              type="url"
              inputMode="url"
              placeholder="https://"
              error={errors.videoConferenceUrl?.message}
              {...register('videoConferenceUrl')}
            />
          </SimpleGrid>
        </FormSection>

        <FormSection id="meeting-form-when" title="When">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={meeting?.isSeries ? 'Date of the first meeting' : 'Date'}
              required
              error={errors.startDate?.message ?? previewError('startsAt')}
              {...register('startDate')}
            />
            <TextInput
              type="time"
              label="Start time"
              description={zone ? `On the clocks of ${zone}.` : undefined}
              required
              error={errors.startTime?.message}
              {...register('startTime')}
            />
          </SimpleGrid>
          <Controller
            control={control}
            name="timeZone"
            render={({ field }) => (
              <ZonePicker
                name={field.name}
                value={field.value}
                onChange={(z) => field.onChange(z)}
                onBlur={field.onBlur}
                proposed={shell.zone}
                description="The meeting keeps its time on this zone's clocks, also when summer time begins or ends."
                error={errors.timeZone?.message ?? previewError('timeZone')}
              />
            )}
          />
          <Controller
            control={control}
            name="lengthBy"
            render={({ field }) => (
              <Radio.Group label="How long" value={field.value} onChange={field.onChange} name={field.name}>
                <Group gap="md" mt={4}>
                  <Radio value="DURATION" label="For a duration" />
                  <Radio value="END" label="Until an end time" />
                </Group>
              </Radio.Group>
            )}
          />
          {values.lengthBy === 'END' ? (
            <TextInput
              type="time"
              label="End time"
              description="An end before the start is on the next day."
              error={errors.endTime?.message ?? previewError('endsAt')}
              {...register('endTime')}
            />
          ) : (
            <SimpleGrid cols={{ base: 2 }} spacing="sm">
              <Controller
                control={control}
                name="duration"
                render={({ field }) => (
                  <NumberInput
                    label="Duration"
                    min={1}
                    allowNegative={false}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    name={field.name}
                    error={errors.duration?.message ?? previewError('endsAt')}
                  />
                )}
              />
              <NativeSelect
                label="Unit"
                data={[
                  { value: 'minutes', label: 'minutes' },
                  { value: 'hours', label: 'hours' },
                ]}
                {...register('durationUnit')}
              />
            </SimpleGrid>
          )}
        </FormSection>

        <FormSection id="meeting-form-repeat" title="Repeat">
          <RecurrenceBuilderFields
            control={control}
            register={register}
            errors={errors}
            rule={rule}
            serverError={previewError('recurrence')}
          />
          <div>
            <Title order={3} size="h5" id="meeting-form-next" mb={4}>
              {rule ? 'The next five meetings' : 'The meeting'}
            </Title>
            <OccurrencesPreview preview={preview.result} zone={zone} />
          </div>
        </FormSection>

        <FormSection id="meeting-form-conflicts" title="Conflicts">
          <MeetingConflicts input={draft} ignoreMeetingId={meeting?.id} />
        </FormSection>

        {problem && (
          <Alert
            color="red"
            role="alert"
            title={meeting ? 'The meeting was not saved' : 'The meeting was not scheduled'}
          >
            {problem}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            {meeting ? 'Save changes' : 'Schedule the meeting'}
          </Button>
          <Button
            component={Link}
            variant="default"
            to={meeting ? webPaths.meeting(meeting.id) : webPaths.home()}
          >
            Cancel
          </Button>
        </Group>
      </Stack>

      <Modal
        opened={confirm !== null}
        onClose={() => setConfirm(null)}
        title="Drop changed meetings of the series?"
        centered
      >
        {confirm && (
          <Stack gap="sm">
            <Text>
              These changes drop {plural(confirm.dropped.length, 'exception', 'exceptions')}:{' '}
              {confirm.dropped.map((d) => droppedWords(d, initial.timeZone)).join(', ')}. They are no longer
              meetings of the series, so they go back to the series&apos; time or disappear.
            </Text>
            <List size="sm" spacing={4}>
              {confirm.dropped.map((d) => (
                <List.Item key={d.originalStartsAt}>
                  {d.cancelled ? 'Cancelled: ' : 'Moved: '}
                  <When at={d.originalStartsAt} eventZone={initial.timeZone} />
                  {!d.cancelled && (
                    <>
                      {' '}
                      (moved to <When at={d.startsAt} />)
                    </>
                  )}
                </List.Item>
              ))}
            </List>
            {problem && (
              <Text c="var(--mantine-color-error)" size="sm" role="alert">
                {problem}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirm(null)}>
                Keep editing
              </Button>
              <Button
                color="red.9"
                loading={saving}
                onClick={() => {
                  void save(confirm.input).then((saved) => saved && setConfirm(null));
                }}
              >
                Save and drop {confirm.dropped.length === 1 ? 'it' : 'them'}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </form>
  );
}

/** A titled part of the form. */
function FormSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}
