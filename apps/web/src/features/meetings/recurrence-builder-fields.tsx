import {
  Chip,
  Code,
  Group,
  NativeSelect,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { Controller, useWatch, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { describeRecurrence } from './recurrence-text';
import type { MeetingFormValues } from './meeting-form-model';
import {
  MAX_COUNT,
  MAX_INTERVAL,
  WEEKDAYS,
  WEEKDAY_NAMES,
  monthlyChoiceWords,
  monthlyChoices,
  type Frequency,
  type Weekday,
} from './recurrence-builder';

const FREQUENCIES: { value: Frequency; label: string }[] = [
  { value: 'NONE', label: 'Does not repeat' },
  { value: 'DAILY', label: 'Daily' },
  { value: 'WEEKLY', label: 'Weekly' },
  { value: 'MONTHLY', label: 'Monthly' },
  { value: 'YEARLY', label: 'Yearly' },
  { value: 'CUSTOM', label: 'Custom rule (advanced)' },
];
const UNITS: Record<string, [string, string]> = {
  DAILY: ['day', 'days'],
  WEEKLY: ['week', 'weeks'],
  MONTHLY: ['month', 'months'],
  YEARLY: ['year', 'years'],
};

/**
 * The "Repeat" part of the scheduling form: how often, on which days, until when; or a custom
 * RRULE as text. Shows the rule it makes in words as the chair types. `serverErrors` are the
 * live preview's messages for the rule, shown beside the inputs they concern.
 */
export function RecurrenceBuilderFields({
  control,
  register,
  errors,
  rule,
  serverError,
}: {
  control: Control<MeetingFormValues>;
  register: UseFormRegister<MeetingFormValues>;
  errors: FieldErrors<MeetingFormValues>;
  /** The RRULE the choices make now (null: a single meeting). */
  rule: string | null;
  /** The preview's message about the rule (BAD_USER_INPUT on `recurrence`). */
  serverError?: string;
}) {
  const [frequency, startDate, startTime, timeZone, ends] = useWatch({
    control,
    name: ['repeat.frequency', 'startDate', 'startTime', 'timeZone', 'repeat.ends'],
  });
  const repeatErrors = errors.repeat;
  const unit = UNITS[frequency];
  const monthly = monthlyChoiceWords(startDate);
  const words = rule ? describeRecurrence(rule, timeZone || 'UTC') : null;

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NativeSelect
          label="Repeats"
          data={FREQUENCIES}
          error={repeatErrors?.frequency?.message ?? (frequency !== 'CUSTOM' ? serverError : undefined)}
          {...register('repeat.frequency')}
        />
        {unit && (
          <Controller
            control={control}
            name="repeat.interval"
            render={({ field }) => (
              <NumberInput
                label={`Every how many ${unit[1]}`}
                description={`1: every ${unit[0]}; 2: every other ${unit[0]}`}
                min={1}
                max={MAX_INTERVAL}
                allowDecimal={false}
                allowNegative={false}
                value={field.value}
                onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
                onBlur={field.onBlur}
                name={field.name}
                error={repeatErrors?.interval?.message}
              />
            )}
          />
        )}
      </SimpleGrid>

      {frequency === 'WEEKLY' && (
        <Controller
          control={control}
          name="repeat.weekdays"
          render={({ field }) => (
            <fieldset
              style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}
              aria-describedby={repeatErrors?.weekdays?.message ? 'repeat-weekdays-error' : undefined}
            >
              <legend>
                <Text size="sm" fw={500} span>
                  On these days
                </Text>
              </legend>
              <Group gap={6} mt={4}>
                <Chip.Group multiple value={field.value} onChange={(v) => field.onChange(v as Weekday[])}>
                  {WEEKDAYS.map((d) => (
                    <Chip key={d} value={d} size="sm">
                      {WEEKDAY_NAMES[d]}
                    </Chip>
                  ))}
                </Chip.Group>
              </Group>
              {repeatErrors?.weekdays?.message && (
                <Text id="repeat-weekdays-error" size="sm" c="var(--mantine-color-error)" mt={4}>
                  {repeatErrors.weekdays.message}
                </Text>
              )}
            </fieldset>
          )}
        />
      )}

      {frequency === 'MONTHLY' && monthly && (
        <Controller
          control={control}
          name="repeat.monthlyBy"
          render={({ field }) => (
            <Radio.Group
              label="On"
              value={field.value}
              onChange={field.onChange}
              name={field.name}
              error={repeatErrors?.monthlyBy?.message}
            >
              <Group gap="md" mt={4}>
                {monthlyChoices(startDate).map((c) => (
                  <Radio key={c} value={c} label={monthly[c]} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
      )}

      {frequency === 'CUSTOM' && (
        <TextInput
          label="Rule (RRULE)"
          description="An iCalendar RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10. Its first meeting must be the start above."
          spellCheck={false}
          autoCapitalize="characters"
          error={repeatErrors?.custom?.message ?? serverError}
          {...register('repeat.custom')}
        />
      )}

      {unit && (
        <Stack gap="xs">
          <Controller
            control={control}
            name="repeat.ends"
            render={({ field }) => (
              <Radio.Group label="Ends" value={field.value} onChange={field.onChange} name={field.name}>
                <Group gap="md" mt={4}>
                  <Radio value="NEVER" label="Never" />
                  <Radio value="ON" label="On a date" />
                  <Radio value="AFTER" label="After a number of meetings" />
                </Group>
              </Radio.Group>
            )}
          />
          {ends === 'ON' && (
            <TextInput
              type="date"
              label="Last day"
              description={`Meetings on this day (in ${timeZone || 'the meeting’s zone'}) still take place.`}
              min={startDate || undefined}
              error={repeatErrors?.until?.message}
              {...register('repeat.until')}
            />
          )}
          {ends === 'AFTER' && (
            <Controller
              control={control}
              name="repeat.count"
              render={({ field }) => (
                <NumberInput
                  label="Number of meetings"
                  description="The first meeting included."
                  min={1}
                  max={MAX_COUNT}
                  allowDecimal={false}
                  allowNegative={false}
                  value={field.value}
                  onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v) || 0)}
                  onBlur={field.onBlur}
                  name={field.name}
                  error={repeatErrors?.count?.message}
                />
              )}
            />
          )}
        </Stack>
      )}

      {rule && (
        <Text size="sm" role="status" aria-live="polite" style={{ overflowWrap: 'anywhere' }}>
          {words ? (
            <>
              Repeats {words}
              {startTime ? `, at ${startTime} ${timeZone} time` : ''}.
            </>
          ) : (
            'This rule cannot be put in words here; the next meetings below show what it does.'
          )}{' '}
          <Text span c="dimmed" size="sm">
            Rule: <Code>{rule}</Code>
          </Text>
        </Text>
      )}
    </Stack>
  );
}
