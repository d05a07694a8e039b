import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  VisuallyHidden,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type {
  ExpertiseEditableFragment,
  ExpertiseLevel,
  ExpertiseTermKind,
  ExpertiseVisibility,
} from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../components/errors';
import { Empty } from '../../components/page';
import { UnsavedChangesDialog, useUnsavedChanges } from '../../components/unsaved-changes';
import { KIND_WORDS, LEVEL_WORDS, LEVELS, VISIBILITY_WORDS } from './expertise-words';
import { TermAdder, type PickedTerm } from './term-picker';

export const ExpertiseEditableFields = graphql(`
  fragment ExpertiseEditable on Person {
    id
    expertiseVisibility
    expertise {
      level
      term {
        id
        kind
        label
      }
    }
  }
`);

const SetMyExpertiseMutation = graphql(`
  mutation SetMyExpertise($input: MyExpertiseInput!) {
    setMyExpertise(input: $input) {
      ...ExpertiseEditable
    }
  }
`);

/** The API's limit on a person's entries. */
const MAX_ENTRIES = 50;
const VISIBILITIES: ExpertiseVisibility[] = ['MEMBERS', 'PRIVATE'];

type Entry = {
  /** The term's id, or `new:<label>` for a tag made on save. */
  key: string;
  termId?: string;
  newTag?: string;
  label: string;
  kind: ExpertiseTermKind;
  level: ExpertiseLevel;
};
type Values = { entries: Entry[]; visibility: ExpertiseVisibility };

function valuesOf(p: ExpertiseEditableFragment): Values {
  return {
    entries: p.expertise.map((e) => ({
      key: e.term.id,
      termId: e.term.id,
      label: e.term.label,
      kind: e.term.kind,
      level: e.level,
    })),
    visibility: p.expertiseVisibility ?? 'MEMBERS',
  };
}

const sameValues = (a: Values, b: Values) =>
  a.visibility === b.visibility &&
  a.entries.length === b.entries.length &&
  a.entries.every((e, i) => e.key === b.entries[i].key && e.level === b.entries[i].level);

/**
 * Where a BAD_USER_INPUT message belongs: an entry (`input.entries.3.newTag`, `entries[3]`),
 * the visibility, or the form as a whole.
 */
function placeErrors(error: Parameters<typeof fieldErrors>[0]) {
  const entries = new Map<number, string>();
  let visibility: string | undefined;
  const rest: string[] = [];
  for (const [path, message] of Object.entries(fieldErrors(error))) {
    const entry = /entries\D*(\d+)/.exec(path);
    if (entry) entries.set(Number(entry[1]), message);
    else if (/visibility$/.test(path)) visibility = message;
    else rest.push(message);
  }
  const general = rest.length ? rest.join(' ') : entries.size || visibility ? null : errorMessage(error);
  return { entries, visibility, general };
}

/** The viewer's own expertise: terms with a level each, and who sees them. */
export function ExpertiseForm({ person }: { person: ExpertiseEditableFragment }) {
  const [, save] = useMutation(SetMyExpertiseMutation);
  const [saved, setSaved] = useState<Values>(() => valuesOf(person));
  const [values, setValues] = useState<Values>(saved);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<ReturnType<typeof placeErrors> | null>(null);
  const dirty = !sameValues(values, saved);
  const { blocker } = useUnsavedChanges(dirty);
  const exclude = useMemo(
    () => ({
      ids: new Set(values.entries.flatMap((e) => (e.termId ? [e.termId] : []))),
      newLabels: new Set(values.entries.flatMap((e) => (e.newTag ? [e.newTag.toLowerCase()] : []))),
    }),
    [values.entries],
  );

  const add = (term: PickedTerm) =>
    setValues((v) => ({
      ...v,
      entries: [
        ...v.entries,
        term.termId !== undefined
          ? { key: term.termId, termId: term.termId, label: term.label, kind: term.kind, level: 'KNOWS' }
          : {
              key: `new:${term.newTag.toLowerCase()}`,
              newTag: term.newTag,
              label: term.label,
              kind: 'TAG',
              level: 'KNOWS',
            },
      ],
    }));
  const setLevel = (key: string, level: ExpertiseLevel) =>
    setValues((v) => ({ ...v, entries: v.entries.map((e) => (e.key === key ? { ...e, level } : e)) }));
  const remove = (key: string) =>
    setValues((v) => ({ ...v, entries: v.entries.filter((e) => e.key !== key) }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(null);
    setSaving(true);
    const result = await save({
      input: {
        visibility: values.visibility,
        entries: values.entries.map((e) =>
          e.termId ? { termId: e.termId, level: e.level } : { newTag: e.newTag, level: e.level },
        ),
      },
    });
    setSaving(false);
    if (result.error || !result.data) {
      setErrors(placeErrors(result.error));
      return;
    }
    const next = valuesOf(result.data.setMyExpertise);
    setSaved(next);
    setValues(next);
    notifications.show({ color: 'green', title: 'Expertise saved', message: 'Your expertise was saved.' });
  };

  const full = values.entries.length >= MAX_ENTRIES;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Your expertise">
      <Stack gap="md">
        <TermAdder
          label="Add an expertise or interest"
          description={
            full
              ? `You have ${MAX_ENTRIES} entries, the most there can be: remove one to add another.`
              : 'Search the scientific domains, the working groups’ topics and the free tags; or type a new tag.'
          }
          exclude={exclude}
          allowNew={!full}
          onPick={(term) => {
            if (!full) add(term);
          }}
        />
        {values.entries.length ? (
          <Stack
            gap="xs"
            component="ul"
            aria-label="Your entries"
            style={{ listStyle: 'none', margin: 0, padding: 0 }}
          >
            {values.entries.map((e, i) => (
              <EntryRow
                key={e.key}
                entry={e}
                error={errors?.entries.get(i)}
                onLevel={(level) => setLevel(e.key, level)}
                onRemove={() => remove(e.key)}
              />
            ))}
          </Stack>
        ) : (
          <Empty>No entries yet: add what you know and what you want to work on.</Empty>
        )}
        <Radio.Group
          label="Who sees your expertise"
          value={values.visibility}
          onChange={(v) => setValues((old) => ({ ...old, visibility: v as ExpertiseVisibility }))}
          error={errors?.visibility}
        >
          <Stack gap="xs" mt="xs">
            {VISIBILITIES.map((v) => (
              <Radio
                key={v}
                value={v}
                label={VISIBILITY_WORDS[v].label}
                description={VISIBILITY_WORDS[v].explained}
              />
            ))}
          </Stack>
        </Radio.Group>
        <Text size="sm">
          Your bio is part of your profile:{' '}
          <Anchor component={Link} to={webPaths.settingsProfile()}>
            edit your bio
          </Anchor>
          , or{' '}
          <Anchor component={Link} to={webPaths.person(person.id)}>
            see your profile
          </Anchor>{' '}
          as members see it.
        </Text>
        {errors?.general && (
          <Alert color="red" role="alert" title="Your expertise was not saved">
            {errors.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            Save expertise
          </Button>
          {dirty && (
            <Text size="sm" c="dimmed" role="status">
              Unsaved changes
            </Text>
          )}
        </Group>
      </Stack>
      <UnsavedChangesDialog blocker={blocker} what="your expertise" />
    </form>
  );
}

function EntryRow({
  entry: e,
  error,
  onLevel,
  onRemove,
}: {
  entry: Entry;
  error?: string;
  onLevel: (level: ExpertiseLevel) => void;
  onRemove: () => void;
}) {
  return (
    <Paper component="li" withBorder p="xs" aria-label={e.label}>
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 12rem' }}>
          <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
            {e.label}
          </Text>
          <Text size="sm" c="dimmed">
            {e.newTag ? 'New free tag, made when you save' : KIND_WORDS[e.kind]}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          <SegmentedControl
            aria-label={`Level for ${e.label}`}
            data={LEVELS.map((l) => ({ value: l, label: LEVEL_WORDS[l] }))}
            value={e.level}
            onChange={(v) => onLevel(v as ExpertiseLevel)}
            size="sm"
          />
          <Button variant="subtle" color="red" size="sm" onClick={onRemove}>
            Remove<VisuallyHidden> {e.label}</VisuallyHidden>
          </Button>
        </Group>
      </Group>
      {error && (
        <Text size="sm" c="red.9" role="alert" mt={4}>
          {error}
        </Text>
      )}
    </Paper>
  );
}
