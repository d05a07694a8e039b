import { Alert, Button, Group, Modal, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage, fieldErrors } from '../../components/errors';
import { Empty } from '../../components/page';

const AddTopicMutation = graphql(`
  mutation OfficeAddTopic($group: ID!, $name: String!, $description: String) {
    addTopic(workingGroupId: $group, name: $name, description: $description) {
      id
      name
      description
    }
  }
`);

const UpdateTopicMutation = graphql(`
  mutation OfficeUpdateTopic($id: ID!, $name: String!, $description: String) {
    updateTopic(id: $id, name: $name, description: $description) {
      id
      name
      description
    }
  }
`);

const RemoveTopicMutation = graphql(`
  mutation OfficeRemoveTopic($id: ID!) {
    removeTopic(id: $id)
  }
`);

type TopicRow = { id: string; name: string; description?: string | null };

/** The group's topics: add one, rename or describe each, remove one after a confirmation. */
export function GroupsTopics({ groupId, topics }: { groupId: string; topics: readonly TopicRow[] }) {
  return (
    <Stack gap="md">
      {topics.length ? (
        <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {topics.map((t) => (
            <li key={t.id}>
              <TopicEditor topic={t} />
            </li>
          ))}
        </Stack>
      ) : (
        <Empty>No topics yet.</Empty>
      )}
      <NewTopic groupId={groupId} />
    </Stack>
  );
}

function TopicFields({
  legend,
  name,
  description,
  setName,
  setDescription,
  errors,
}: {
  legend: string;
  name: string;
  description: string;
  setName: (v: string) => void;
  setDescription: (v: string) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <TextInput
        label={`${legend}: name`}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={errors.name}
      />
      <Textarea
        label={`${legend}: description`}
        autosize
        minRows={1}
        value={description}
        onChange={(e) => setDescription(e.currentTarget.value)}
        error={errors.description}
      />
    </>
  );
}

function NewTopic({ groupId }: { groupId: string }) {
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [state, add] = useMutation(AddTopicMutation);
  const errors = fieldErrors(state.error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const res = await add(
      { group: groupId, name: name.trim(), description: description.trim() || null },
      { additionalTypenames: ['Topic', 'WorkingGroup'] },
    );
    if (res.data) {
      setName('');
      setDescription('');
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Add a topic">
      <Stack gap="xs" maw={640}>
        <TopicFields
          legend="New topic"
          name={name}
          description={description}
          setName={setName}
          setDescription={setDescription}
          errors={errors}
        />
        {state.error && !Object.keys(errors).length && (
          <Alert color="red" role="alert">
            {errorMessage(state.error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" variant="light" loading={state.fetching}>
            Add the topic
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function TopicEditor({ topic }: { topic: TopicRow }) {
  const [name, setName] = useState(topic.name);
  const [description, setDescription] = useState(topic.description ?? '');
  const [confirming, setConfirming] = useState(false);
  const [saved, save] = useMutation(UpdateTopicMutation);
  const [removed, remove] = useMutation(RemoveTopicMutation);
  const errors = fieldErrors(saved.error);
  const problem = removed.error ?? (Object.keys(errors).length ? undefined : saved.error);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void save({ id: topic.id, name: name.trim(), description: description.trim() || null });
  };
  return (
    <form onSubmit={submit} noValidate aria-label={`Topic ${topic.name}`}>
      <Stack gap="xs" maw={640}>
        <TopicFields
          legend={`Topic ${topic.name}`}
          name={name}
          description={description}
          setName={setName}
          setDescription={setDescription}
          errors={errors}
        />
        {problem && (
          <Alert color="red" role="alert">
            {errorMessage(problem)}
          </Alert>
        )}
        <Group gap="xs">
          <Button
            type="submit"
            variant="light"
            loading={saved.fetching}
            aria-label={`Save topic ${topic.name}`}
          >
            Save
          </Button>
          <Button
            color="red"
            variant="subtle"
            onClick={() => setConfirming(true)}
            aria-label={`Remove topic ${topic.name}`}
          >
            Remove
          </Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={`Remove the topic ${topic.name}?`}
      >
        <Stack gap="md">
          <Text>Documents filed under it lose the topic. This cannot be undone.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={removed.fetching}
              onClick={async () => {
                await remove({ id: topic.id }, { additionalTypenames: ['Topic', 'WorkingGroup'] });
                setConfirming(false);
              }}
            >
              Remove the topic
            </Button>
          </Group>
        </Stack>
      </Modal>
    </form>
  );
}
