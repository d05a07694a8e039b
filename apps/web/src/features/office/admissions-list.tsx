import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AdmissionEntryFragment } from '../../gql/graphql';
import { errorMessage, fieldErrors } from '../../components/errors';
import { RuledList } from '../../components/paged-list';
import { Ago, When } from '../../components/time';
import { andList } from '../../components/words';

export const AdmissionEntryFields = graphql(`
  fragment AdmissionEntry on Person {
    id
    displayName
    affiliation
    email
    joinedAt
    lastSignedInAt
  }
`);

const AdmitMembersMutation = graphql(`
  mutation AdmitMembers($personIds: [ID!]!) {
    admitMembers(personIds: $personIds) {
      id
      role
      roleSource
    }
  }
`);

/** Admitting changes who is waiting and every list of people: those queries are fetched again. */
const ADMISSION_CHANGE = { additionalTypenames: ['Person'] };

/** The GUESTs waiting, each with a checkbox and its own Admit, and "Admit selected (n)". */
export function AdmissionsList({ waiting }: { waiting: readonly AdmissionEntryFragment[] }) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [state, admit] = useMutation(AdmitMembersMutation);
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Only those still waiting count: an admitted person leaves the list and the selection.
  const chosen = waiting.filter((p) => selected.has(p.id));
  const all = waiting.length > 0 && chosen.length === waiting.length;

  const onAdmit = async (people: readonly AdmissionEntryFragment[], key: string) => {
    setProblem(null);
    setBusy(key);
    const res = await admit({ personIds: people.map((p) => p.id) }, ADMISSION_CHANGE);
    setBusy(null);
    if (res.error) {
      setProblem(admissionProblem(res.error, people));
      return;
    }
    setSelected((s) => new Set([...s].filter((id) => !people.some((p) => p.id === id))));
    notifications.show({
      color: 'teal',
      message: `Admitted ${andList(people.map((p) => p.displayName))} as ${people.length === 1 ? 'a member' : 'members'}.`,
    });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Checkbox
          label={`Select all (${waiting.length})`}
          checked={all}
          indeterminate={chosen.length > 0 && !all}
          onChange={() => setSelected(all ? new Set() : new Set(waiting.map((p) => p.id)))}
        />
        <Button
          disabled={!chosen.length}
          loading={state.fetching && busy === 'selected'}
          onClick={() => void onAdmit(chosen, 'selected')}
        >
          Admit selected ({chosen.length})
        </Button>
      </Group>
      {problem && (
        <Alert color="red" variant="light" role="alert" title="Nobody was admitted">
          {problem}
        </Alert>
      )}
      <RuledList items={waiting}>
        {(p) => (
          <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
            <Group align="flex-start" gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 18rem' }}>
              <Checkbox
                mt={4}
                aria-label={`Select ${p.displayName}`}
                checked={selected.has(p.id)}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setSelected((s) => {
                    const next = new Set(s);
                    if (on) next.add(p.id);
                    else next.delete(p.id);
                    return next;
                  });
                }}
              />
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                  {p.displayName}
                </Text>
                <Text size="sm">{p.affiliation ?? 'No affiliation given'}</Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {p.email ?? 'No verified e-mail'}
                </Text>
                <Text size="sm" c="dimmed">
                  First signed in <When at={p.joinedAt} />
                  {p.lastSignedInAt && p.lastSignedInAt !== p.joinedAt ? (
                    <>
                      ; last <Ago at={p.lastSignedInAt} />
                    </>
                  ) : null}
                  .
                </Text>
              </Stack>
            </Group>
            <Button
              variant="light"
              aria-label={`Admit ${p.displayName}`}
              loading={state.fetching && busy === p.id}
              onClick={() => void onAdmit([p], p.id)}
            >
              Admit
            </Button>
          </Group>
        )}
      </RuledList>
    </Stack>
  );
}

/** Why admitting failed, naming the people the API named (`personIds.<i>`). */
function admissionProblem(
  error: Parameters<typeof errorMessage>[0],
  people: readonly AdmissionEntryFragment[],
): string {
  const fields = fieldErrors(error);
  const named = Object.entries(fields).map(([path, message]) => {
    const i = Number(path.split('.')[1]);
    const who = Number.isInteger(i) ? people[i]?.displayName : undefined;
    return who && !message.startsWith(who) ? `${who}: ${message}` : message;
  });
  if (named.length) return `${named.join('. ')}. Reload the page to see who is still waiting.`;
  return errorMessage(error) ?? 'Something went wrong.';
}
