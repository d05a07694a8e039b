import {
  ActionIcon,
  Button,
  Checkbox,
  Group,
  Radio,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import type { CalendarPageState } from '@cop/web-routes';
import {
  CALENDAR_VIEWS,
  periodTitle,
  scopeOf,
  type CalendarScope,
  type CalendarView,
} from './calendar-state';

const VIEW_LABELS: Record<CalendarView, string> = { month: 'Month', week: 'Week', list: 'List' };

/** The view switch, the period shown with previous, today and next; every button named. */
export function CalendarNavigation({
  view,
  date,
  onView,
  onStep,
  onToday,
}: {
  view: CalendarView;
  date: string;
  onView: (view: CalendarView) => void;
  onStep: (direction: -1 | 1) => void;
  onToday: () => void;
}) {
  const unit = view === 'week' ? 'week' : 'month';
  return (
    <Group justify="space-between" gap="sm" wrap="wrap">
      <Group gap="sm" wrap="wrap">
        <Group gap="xs" wrap="nowrap">
          <ActionIcon variant="default" size="lg" onClick={() => onStep(-1)} aria-label={`Previous ${unit}`}>
            <span aria-hidden>‹</span>
          </ActionIcon>
          <Button variant="default" size="sm" onClick={onToday}>
            Today
          </Button>
          <ActionIcon variant="default" size="lg" onClick={() => onStep(1)} aria-label={`Next ${unit}`}>
            <span aria-hidden>›</span>
          </ActionIcon>
        </Group>
        <Title order={2} size="h3" aria-live="polite">
          {periodTitle(view, date)}
        </Title>
      </Group>
      <Button.Group aria-label="View">
        {CALENDAR_VIEWS.map((v) => (
          <Button
            key={v}
            size="sm"
            variant={v === view ? 'filled' : 'default'}
            aria-pressed={v === view}
            onClick={() => onView(v)}
          >
            {VIEW_LABELS[v]}
          </Button>
        ))}
      </Button.Group>
    </Group>
  );
}

/** Whose meetings: the whole community (the default), the viewer's groups, or groups chosen from the list. */
export function CalendarFilters({
  state,
  groups,
  signedIn,
  onChange,
}: {
  state: { groups: string[]; mine: boolean };
  groups: readonly { code: string; name: string }[];
  signedIn: boolean;
  onChange: (change: Partial<CalendarPageState>) => void;
}) {
  const urlScope = scopeOf(state);
  // "Chosen groups" with none chosen yet is a state of the form, not of the URL.
  const [choosing, setChoosing] = useState(false);
  const scope: CalendarScope = choosing && urlScope === 'all' ? 'groups' : urlScope;

  const setScope = (next: string) => {
    setChoosing(next === 'groups');
    if (next === 'all') onChange({ mine: false, groups: [] });
    else if (next === 'mine') onChange({ mine: true, groups: [] });
    else onChange({ mine: false });
  };

  return (
    <Stack gap="xs">
      <Radio.Group label="Show the meetings of" value={scope} onChange={setScope}>
        <Group gap="md" mt={6} wrap="wrap">
          <Radio value="all" label="The whole community" />
          {signedIn && <Radio value="mine" label="My groups" />}
          <Radio value="groups" label="Chosen working groups" />
        </Group>
      </Radio.Group>
      {scope === 'groups' && (
        <Checkbox.Group
          label="Working groups"
          value={state.groups}
          onChange={(codes) => onChange({ mine: false, groups: codes })}
        >
          <Group gap="md" mt={6} wrap="wrap">
            {groups.map((g) => (
              <Checkbox
                key={g.code}
                value={g.code}
                title={g.name}
                label={
                  <>
                    {g.code}
                    <VisuallyHidden> {g.name}</VisuallyHidden>
                  </>
                }
              />
            ))}
          </Group>
        </Checkbox.Group>
      )}
      {scope === 'groups' && !state.groups.length && (
        <Text size="sm" c="dimmed">
          Choose one or more groups; until then the whole community is shown.
        </Text>
      )}
      {state.mine && !signedIn && (
        <Text size="sm" c="dimmed">
          Sign in to see only the meetings of your groups; the whole community&apos;s public meetings are
          shown.
        </Text>
      )}
    </Stack>
  );
}
