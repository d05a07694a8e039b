import { Alert, Button, Modal, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import { errorMessage } from '../../components/errors';

const DeleteDocumentMutation = graphql(`
  mutation DeleteDocument($id: ID!) {
    deleteDocument(id: $id)
  }
`);

/**
 * Deletes a document after a confirmation, then opens the library. For those who may
 * (Document.viewerCanDelete); the office can restore it from the deleted documents.
 */
export function DeleteDocumentButton({
  id,
  title,
  onDeleted,
}: {
  id: string;
  title: string;
  /** Before the library opens (the editor lets its unsaved-changes guard go). */
  onDeleted?: () => void;
}) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [{ fetching, error }, remove] = useMutation(DeleteDocumentMutation);
  const confirm = async () => {
    const result = await remove(
      { id },
      { additionalTypenames: ['Document', 'DocumentConnection', 'SearchResult'] },
    );
    if (result.error || !result.data?.deleteDocument) return;
    setOpen(false);
    onDeleted?.();
    notifications.show({
      color: 'teal',
      title: 'Document deleted',
      message: `“${title}” was deleted. The project office can restore it.`,
    });
    navigate(webPaths.documents());
  };
  return (
    <>
      <Button color="red.9" variant="outline" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Delete this document?" centered>
        <Stack gap="md">
          <Text style={{ overflowWrap: 'anywhere' }}>
            “{title}” will no longer be in the library, in search or on its groups’ pages, for anyone. Its
            versions and files are kept: the project office can restore it.
          </Text>
          {error && (
            <Alert color="red" role="alert" title="The document was not deleted">
              {errorMessage(error)}
            </Alert>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              Keep it
            </Button>
            <Button color="red.9" loading={fetching} onClick={() => void confirm()}>
              Delete the document
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
