import { Alert, Button, Group, NumberInput, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { CombinedError } from 'urql';
import { errorCode, errorMessage, fieldErrors } from '../../components/errors';
import type { JoinPolicy, WorkingGroupInput } from '../../gql/graphql';

export type GroupFields = {
  code: string;
  name: string;
  description: string | null;
  joinPolicy: JoinPolicy;
  seatLimit: number | null;
};

export const NEW_GROUP: GroupFields = {
  code: '',
  name: '',
  description: '',
  joinPolicy: 'OPEN',
  seatLimit: null,
};

const POLICIES = [
  { value: 'OPEN', label: 'Open: members join at once' },
  { value: 'APPROVAL', label: 'Approval: a chair approves each request' },
];

/**
 * A working group's own fields, for creating one and editing it. The server's messages go beside
 * their inputs (extensions.fields); a taken code (CONFLICT) is said beside the code too.
 */
export function GroupForm({
  initial,
  submitLabel,
  error,
  busy,
  onSubmit,
}: {
  initial: GroupFields;
  submitLabel: string;
  error: CombinedError | undefined;
  busy: boolean;
  onSubmit: (input: WorkingGroupInput) => void;
}) {
  const [code, setCode] = useState(initial.code);
  const [name, setName] = useState(initial.name);
  const [description, setDescription] = useState(initial.description ?? '');
  const [joinPolicy, setJoinPolicy] = useState<JoinPolicy>(initial.joinPolicy);
  const [seatLimit, setSeatLimit] = useState<number | string>(initial.seatLimit ?? '');
  const fields = fieldErrors(error);
  const conflict = errorCode(error) === 'CONFLICT' ? error?.graphQLErrors[0]?.message : undefined;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      code: code.trim(),
      name: name.trim(),
      description: description.trim() || null,
      joinPolicy,
      seatLimit: seatLimit === '' ? null : Number(seatLimit),
    });
  };
  const general = error && !conflict && !Object.keys(fields).length ? errorMessage(error) : null;
  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack gap="sm" maw={640}>
        <TextInput
          label="Code"
          description="1 to 20 letters, digits or hyphens, such as WG7; shown in capitals."
          required
          value={code}
          onChange={(e) => setCode(e.currentTarget.value)}
          error={fields['input.code'] ?? conflict}
        />
        <TextInput
          label="Name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fields['input.name']}
        />
        <Textarea
          label="Description"
          autosize
          minRows={3}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fields['input.description']}
        />
        <Select
          label="Join policy"
          data={POLICIES}
          value={joinPolicy}
          onChange={(v) => v && setJoinPolicy(v as JoinPolicy)}
          allowDeselect={false}
          error={fields['input.joinPolicy']}
        />
        <NumberInput
          label="Seat limit"
          description="Leave empty for no limit."
          min={0}
          allowDecimal={false}
          value={seatLimit}
          onChange={setSeatLimit}
          error={fields['input.seatLimit']}
        />
        {general && (
          <Alert color="red" role="alert">
            {general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
