import { Alert, Button, Group, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../components/errors';

const AddGroupMutation = graphql(`
  mutation AddInitiativeGroup($initiative: ID!, $input: InitiativeGroupInput!) {
    addInitiativeGroup(initiativeId: $initiative, input: $input) {
      id
    }
  }
`);

/** The office adds a group to the initiative. */
export function NewGroupForm({ initiativeId }: { initiativeId: string }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [state, add] = useMutation(AddGroupMutation);
  const errors = fieldErrors(state.error);
  const other = state.error && !Object.keys(errors).length ? errorMessage(state.error) : null;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await add(
      { initiative: initiativeId, input: { name, description: description.trim() || null } },
      { additionalTypenames: ['InitiativeGroup', 'Initiative'] },
    );
    if (res.data) {
      setName('');
      setDescription('');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Add a group">
      <Stack gap="xs" maw={640}>
        <TextInput
          label="New group: name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errors['input.name']}
        />
        <Textarea
          label="New group: description"
          autosize
          minRows={1}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={errors['input.description']}
        />
        {other && (
          <Alert color="red" role="alert">
            {other}
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="light" loading={state.fetching}>
            Add the group
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
