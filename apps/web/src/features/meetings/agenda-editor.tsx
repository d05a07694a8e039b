import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  CloseButton,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useRef, useState } from 'react';
import { Controller, useFieldArray, useForm, type Control, type Path } from 'react-hook-form';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { z } from 'zod';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { AgendaEntryFragment, AgendaItemInput } from '../../gql/graphql';
import { applyServerErrors } from '../../components/forms';
import { errorMessage } from '../../components/errors';
import { AgendaTotal } from './agenda-list';

const SetAgendaMutation = graphql(`
  mutation SetAgenda($meetingId: ID!, $items: [AgendaItemInput!]!) {
    setAgenda(meetingId: $meetingId, items: $items) {
      id
      agenda {
        ...AgendaEntry
      }
    }
  }
`);

const AgendaDocumentSearchQuery = graphql(`
  query AgendaDocumentSearch($query: String!) {
    searchDocuments(query: $query, first: 8) {
      hits {
        document {
          id
          title
        }
      }
    }
  }
`);

const PresenterSearchQuery = graphql(`
  query PresenterSearch($search: String!) {
    people(search: $search, first: 8) {
      edges {
        node {
          id
          displayName
          affiliation
        }
      }
    }
  }
`);

const PresenterSuggestionsQuery = graphql(`
  query PresenterSuggestions($meetingId: ID!, $title: String!) {
    presenterSuggestions(meetingId: $meetingId, title: $title, first: 5) {
      reasons
      person {
        id
        displayName
        affiliation
      }
    }
  }
`);

type Doc = { id: string; title: string };
type PresenterPerson = { id: string; displayName: string };

const itemSchema = z.object({
  title: z
    .string()
    .refine((v) => v.trim().length > 0, 'Give the item a title.')
    .refine((v) => v.trim().length <= 300, 'At most 300 characters.'),
  presenter: z.string().refine((v) => v.trim().length <= 200, 'At most 200 characters.'),
  presenterPerson: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  duration: z.string().refine((v) => {
    const t = v.trim();
    return t === '' || (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 1440);
  }, 'Whole minutes from 1 to 1440, or leave it empty.'),
  documents: z.array(z.object({ id: z.string(), title: z.string() })).max(50, 'At most 50 documents.'),
});
const schema = z.object({ items: z.array(itemSchema).max(100, 'At most 100 items.') });
type Values = z.infer<typeof schema>;
type Draft = Values['items'][number];

const EMPTY: Draft = { title: '', presenter: '', presenterPerson: null, duration: '', documents: [] };

function draftOf(item: AgendaEntryFragment): Draft {
  return {
    title: item.title,
    presenter: item.presenter ?? '',
    presenterPerson: item.presenterPerson
      ? { id: item.presenterPerson.id, displayName: item.presenterPerson.displayName }
      : null,
    duration: item.durationMinutes ? String(item.durationMinutes) : '',
    documents: item.documents.map((d) => ({ id: d.id, title: d.title })),
  };
}

function inputOf(d: Draft): AgendaItemInput {
  return {
    title: d.title.trim(),
    presenter: d.presenter.trim() || null,
    presenterId: d.presenterPerson?.id ?? null,
    durationMinutes: d.duration.trim() ? Number(d.duration) : null,
    documentIds: d.documents.map((doc) => doc.id),
  };
}

const SERVER_FIELDS: Record<string, keyof Draft> = {
  title: 'title',
  presenter: 'presenter',
  presenterId: 'presenterPerson',
  durationMinutes: 'duration',
  documentIds: 'documents',
};

/** `items.2.title` (the API's name of a field) as the form's path of the input showing it. */
function formPathOf(path: string): Path<Values> | undefined {
  const m = /^items\.(\d+)\.(\w+)/.exec(path);
  const field = m ? SERVER_FIELDS[m[2]] : undefined;
  return m && field ? (`items.${Number(m[1])}.${field}` as Path<Values>) : undefined;
}

const minutesOf = (d: Pick<Draft, 'duration'>) => {
  const n = Number(d.duration);
  return d.duration.trim() && Number.isInteger(n) && n > 0 ? n : 0;
};

/**
 * A chair's agenda editor: add and remove items (title, presenter, minutes, documents from the
 * knowledge base), put them in order by dragging or with the keyboard (the drag handle takes
 * space and the arrow keys; each item also has move up and down buttons), and see their time
 * against the meeting's length. Saves the whole list at once.
 */
export function AgendaEditor({
  meetingId,
  items,
  length,
  onDone,
}: {
  meetingId: string;
  items: AgendaEntryFragment[];
  /** The meeting's length in minutes. */
  length: number;
  onDone: () => void;
}) {
  const [, save] = useMutation(SetAgendaMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const addButton = useRef<HTMLButtonElement>(null);
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  const {
    control,
    register,
    handleSubmit,
    setError,
    getValues,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { items: [...items].sort((a, b) => a.position - b.position).map(draftOf) },
  });
  const { fields, append, remove, move } = useFieldArray({ control, name: 'items' });
  const drafts = watch('items');
  const total = drafts.reduce((sum, d) => sum + minutesOf(d), 0);

  // After a move with the buttons, the focus stays on the item's button (its other one at an end).
  useEffect(() => {
    const wanted = focusAfterMove.current;
    if (!wanted) return;
    focusAfterMove.current = null;
    const other = wanted.direction === 'up' ? 'down' : 'up';
    const button =
      document.querySelector<HTMLButtonElement>(
        `[data-move="${wanted.id}-${wanted.direction}"]:not(:disabled)`,
      ) ?? document.querySelector<HTMLButtonElement>(`[data-move="${wanted.id}-${other}"]`);
    button?.focus();
  }, [fields]);

  const nameOf = (index: number) => {
    const title = getValues(`items.${index}.title`)?.trim();
    return title ? `“${title}”` : `item ${index + 1}`;
  };
  const indexOf = (id: UniqueIdentifier) => fields.findIndex((f) => f.id === id);

  const moveBy = (index: number, by: -1 | 1) => {
    const to = index + by;
    if (to < 0 || to >= fields.length) return;
    const name = nameOf(index);
    focusAfterMove.current = { id: fields[index].id, direction: by < 0 ? 'up' : 'down' };
    move(index, to);
    setAnnouncement(`${name} moved to position ${to + 1} of ${fields.length}.`);
  };

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  // The dragged item's name is taken when it is picked up: the drop is announced after the move,
  // when the form's values are already reordered and its index would name another item.
  const dragged = useRef('');
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      dragged.current = nameOf(indexOf(active.id));
      return `Picked up ${dragged.current}, at position ${indexOf(active.id) + 1} of ${fields.length}.`;
    },
    onDragOver: ({ over }) =>
      over
        ? `${dragged.current} is over position ${indexOf(over.id) + 1} of ${fields.length}.`
        : `${dragged.current} is over no position.`,
    onDragEnd: ({ over }) =>
      over
        ? `${dragged.current} dropped at position ${indexOf(over.id) + 1} of ${fields.length}.`
        : `${dragged.current} dropped where it was.`,
    onDragCancel: ({ active }) =>
      `Moving ${dragged.current} was cancelled: it stays at position ${indexOf(active.id) + 1}.`,
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const from = indexOf(active.id);
    const to = indexOf(over.id);
    if (from >= 0 && to >= 0) move(from, to);
  };

  const onSubmit = handleSubmit(async (values) => {
    setProblem(null);
    const result = await save({ meetingId, items: values.items.map(inputOf) });
    if (result.error) {
      setProblem(applyServerErrors(result.error, setError, [], formPathOf));
      return;
    }
    notifications.show({ color: 'teal', title: 'Agenda saved', message: 'The agenda was saved.' });
    onDone();
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Edit the agenda">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          Drag an item by its handle, or use its handle with space and the arrow keys, or its move up and down
          buttons, to change the order.
        </Text>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{
            announcements,
            screenReaderInstructions: {
              draggable:
                'To pick up an agenda item, press space or enter. While dragging, use the up and down arrow keys to move it, space or enter to drop it, or escape to cancel.',
            },
          }}
        >
          <SortableContext items={fields.map((f) => f.id)} strategy={verticalListSortingStrategy}>
            <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {fields.map((field, index) => (
                <AgendaItemFields
                  key={field.id}
                  meetingId={meetingId}
                  title={drafts[index]?.title ?? ''}
                  id={field.id}
                  index={index}
                  count={fields.length}
                  name={drafts[index]?.title.trim() ? `“${drafts[index].title.trim()}”` : `item ${index + 1}`}
                  control={control}
                  register={register}
                  setValue={setValue}
                  errors={errors.items?.[index]}
                  onMove={(by) => moveBy(index, by)}
                  onRemove={() => {
                    const name = nameOf(index);
                    remove(index);
                    setAnnouncement(`${name} removed.`);
                    addButton.current?.focus();
                  }}
                />
              ))}
            </Stack>
          </SortableContext>
        </DndContext>
        {!fields.length && (
          <Text c="dimmed" fs="italic">
            No items: saving leaves the meeting without an agenda.
          </Text>
        )}
        <Group>
          <Button ref={addButton} variant="default" onClick={() => append({ ...EMPTY, documents: [] })}>
            Add an item
          </Button>
        </Group>
        <AgendaTotal total={total} length={length} live />
        {errors.items?.root?.message && (
          <Text c="red.9" size="sm" role="alert">
            {errors.items.root.message}
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert" title="The agenda was not saved">
            {problem}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" loading={isSubmitting}>
            Save the agenda
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type ItemErrors = Partial<Record<keyof Draft, { message?: string }>> | undefined;

function AgendaItemFields({
  meetingId,
  title,
  id,
  index,
  count,
  name,
  control,
  register,
  setValue,
  errors,
  onMove,
  onRemove,
}: {
  meetingId: string;
  /** The item's title as typed: the presenter suggestions follow it. */
  title: string;
  id: string;
  index: number;
  count: number;
  name: string;
  control: Control<Values>;
  register: ReturnType<typeof useForm<Values>>['register'];
  setValue: ReturnType<typeof useForm<Values>>['setValue'];
  errors: ItemErrors;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id });
  return (
    <li
      ref={setNodeRef}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
      }}
    >
      <Fieldset
        legend={`Item ${index + 1}`}
        style={{
          boxShadow: isDragging ? 'var(--mantine-shadow-md)' : undefined,
          background: 'var(--mantine-color-body)',
          minWidth: 0,
        }}
      >
        <Stack gap="xs">
          <Group gap={6} wrap="wrap">
            <ActionIcon
              ref={setActivatorNodeRef}
              variant="default"
              size="lg"
              style={{ cursor: 'grab', touchAction: 'none' }}
              {...attributes}
              {...listeners}
              aria-label={`Drag ${name} to reorder`}
            >
              <span aria-hidden>⠿</span>
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              data-move={`${id}-up`}
              disabled={index === 0}
              onClick={() => onMove(-1)}
              aria-label={`Move ${name} up`}
            >
              <span aria-hidden>↑</span>
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              data-move={`${id}-down`}
              disabled={index === count - 1}
              onClick={() => onMove(1)}
              aria-label={`Move ${name} down`}
            >
              <span aria-hidden>↓</span>
            </ActionIcon>
            <Button variant="outline" color="red.9" size="compact-sm" ml="auto" onClick={onRemove}>
              Remove<VisuallyHidden> {name}</VisuallyHidden>
            </Button>
          </Group>
          <TextInput
            label="Title"
            required
            error={errors?.title?.message}
            {...register(`items.${index}.title`)}
          />
          <Controller
            control={control}
            name={`items.${index}.presenterPerson`}
            render={({ field }) => (
              <PresenterPicker
                meetingId={meetingId}
                title={title}
                itemName={name}
                value={field.value}
                onChange={(person) => {
                  field.onChange(person);
                  // The name shown follows the person chosen; typed names stay as typed.
                  if (person) setValue(`items.${index}.presenter`, person.displayName);
                }}
                error={errors?.presenterPerson?.message}
              />
            )}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
            <TextInput
              label="Presenter"
              description="As shown on the agenda: a name, or the member chosen above."
              error={errors?.presenter?.message}
              {...register(`items.${index}.presenter`)}
            />
            <TextInput
              label="Minutes"
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              error={errors?.duration?.message}
              {...register(`items.${index}.duration`)}
            />
          </SimpleGrid>
          <Controller
            control={control}
            name={`items.${index}.documents`}
            render={({ field }) => (
              <DocumentsField
                value={field.value}
                onChange={field.onChange}
                error={errors?.documents?.message}
                itemName={name}
              />
            )}
          />
        </Stack>
      </Fieldset>
    </li>
  );
}

/** The documents an item discusses, and a search of the knowledge base to add one. */
function DocumentsField({
  value,
  onChange,
  error,
  itemName,
}: {
  value: Doc[];
  onChange: (docs: Doc[]) => void;
  error?: string;
  itemName: string;
}) {
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search.trim(), 300);
  const [result] = useQuery({
    query: AgendaDocumentSearchQuery,
    variables: { query },
    pause: query.length < 2,
  });
  const found = (query.length >= 2 ? (result.data?.searchDocuments.hits ?? []) : [])
    .map((h) => h.document)
    .filter((d) => !value.some((v) => v.id === d.id));
  const nothing =
    search.trim().length < 2
      ? 'Type two letters or more'
      : result.fetching || query !== search.trim()
        ? 'Searching…'
        : result.error
          ? (errorMessage(result.error) ?? 'The search failed')
          : 'No document found';
  return (
    <Stack gap={6}>
      {value.length > 0 && (
        <Stack
          gap={4}
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label={`Documents of ${itemName}`}
        >
          {value.map((d) => (
            <li key={d.id}>
              <Group gap={4} wrap="nowrap">
                <Anchor
                  component={Link}
                  to={webPaths.document(d.id)}
                  size="sm"
                  target="_blank"
                  style={{ overflowWrap: 'anywhere', minWidth: 0 }}
                >
                  {d.title}
                </Anchor>
                <CloseButton
                  size="sm"
                  aria-label={`Remove the document “${d.title}”`}
                  onClick={() => onChange(value.filter((v) => v.id !== d.id))}
                />
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <Select
        label="Add a document"
        placeholder="Search the knowledge base"
        searchable
        clearable={false}
        value={null}
        searchValue={search}
        onSearchChange={setSearch}
        data={found.map((d) => ({ value: d.id, label: d.title }))}
        filter={({ options }) => options}
        nothingFoundMessage={nothing}
        error={error}
        onChange={(id) => {
          const doc = found.find((d) => d.id === id);
          if (doc) onChange([...value, doc]);
          setSearch('');
        }}
      />
    </Stack>
  );
}

/**
 * The member presenting an item (issue 26): suggestions for the item's title from the members'
 * expertise (asked once typing pauses), or any member found by name; clearable, leaving the
 * typed name alone. Each suggestion says why it is made.
 */
function PresenterPicker({
  meetingId,
  title,
  itemName,
  value,
  onChange,
  error,
}: {
  meetingId: string;
  title: string;
  itemName: string;
  value: PresenterPerson | null;
  onChange: (person: PresenterPerson | null) => void;
  error?: string;
}) {
  const [search, setSearch] = useState(value?.displayName ?? '');
  const [debouncedTitle] = useDebouncedValue(title.trim(), 400);
  const [query] = useDebouncedValue(search.trim(), 250);
  const searching = query.length >= 2 && query !== value?.displayName;
  const [suggested] = useQuery({
    query: PresenterSuggestionsQuery,
    variables: { meetingId, title: debouncedTitle },
    pause: !debouncedTitle,
  });
  const [found] = useQuery({ query: PresenterSearchQuery, variables: { search: query }, pause: !searching });
  const suggestions = debouncedTitle ? (suggested.data?.presenterSuggestions ?? []) : [];
  const people = searching ? (found.data?.people.edges.map((e) => e.node) ?? []) : [];
  const reasons = new Map(suggestions.map((s) => [s.person.id, s.reasons.join('; ')]));
  const known = new Map<string, PresenterPerson>();
  for (const p of [...suggestions.map((s) => s.person), ...people]) known.set(p.id, p);
  if (value) known.set(value.id, value);
  const data = [
    ...(suggestions.length
      ? [
          {
            group: 'Suggested for this item',
            items: suggestions.map((s) => ({ value: s.person.id, label: s.person.displayName })),
          },
        ]
      : []),
    ...(people.length
      ? [
          {
            group: 'Members',
            items: people
              .filter((p) => !reasons.has(p.id))
              .map((p) => ({ value: p.id, label: p.displayName })),
          },
        ]
      : []),
    ...(value && !reasons.has(value.id) && !people.some((p) => p.id === value.id)
      ? [{ group: 'Chosen', items: [{ value: value.id, label: value.displayName }] }]
      : []),
  ].filter((g) => g.items.length);
  return (
    <Select
      label="Presenting member"
      description={`Optional: links ${itemName} to the presenter's profile. Suggestions follow the title.`}
      placeholder="Pick a suggestion or type a name"
      searchable
      clearable
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      data={data}
      filter={({ options }) => options}
      // At most 5 suggestions and 8 members: no inner scroll area (axe asks a scrollable region to
      // take the focus, which the listbox's options already have through the input).
      withScrollArea={false}
      error={error}
      nothingFoundMessage={
        search.trim().length >= 2 && (found.fetching || query !== search.trim())
          ? 'Searching…'
          : search.trim().length >= 2
            ? 'Nobody by that name'
            : debouncedTitle
              ? 'No suggestion for this title: type a name'
              : 'Type a name, or give the item a title for suggestions'
      }
      renderOption={({ option }) => {
        const why = reasons.get(option.value);
        return (
          <Stack gap={0}>
            <Text size="sm">{option.label}</Text>
            {why && (
              <Text size="xs" c="dimmed">
                {why}
              </Text>
            )}
          </Stack>
        );
      }}
      onChange={(id) => {
        const person = id ? (known.get(id) ?? null) : null;
        onChange(person ? { id: person.id, displayName: person.displayName } : null);
        setSearch(person?.displayName ?? '');
      }}
    />
  );
}
