import { Alert, Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import { errorMessage } from '../../components/errors';

const RestoreDocumentMutation = graphql(`
  mutation RestoreDocument($id: ID!) {
    restoreDocument(id: $id) {
      id
      title
      deletedAt
    }
  }
`);

/**
 * The office's "Restore" of a deleted document, after a confirmation. Once restored, a
 * notification links to the document, and `onRestored` lets the list drop it.
 */
export function RestoreDocumentButton({
  id,
  title,
  onRestored,
}: {
  id: string;
  title: string;
  onRestored: () => void;
}) {
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [{ fetching, error }, restore] = useMutation(RestoreDocumentMutation);
  const href = webPaths.document(id);
  const confirm = async () => {
    const result = await restore({ id }, { additionalTypenames: ['Document', 'DocumentConnection'] });
    if (result.error || !result.data) return;
    setOpen(false);
    onRestored();
    // Notifications live outside the router: the link navigates through the page's navigate.
    notifications.show({
      color: 'teal',
      title: 'Document restored',
      autoClose: 10_000,
      message: (
        <Text size="sm" component="span" style={{ overflowWrap: 'anywhere' }}>
          “{result.data.restoreDocument.title}” is back, with its versions and files.{' '}
          <Anchor
            href={href}
            onClick={(event) => {
              event.preventDefault();
              void navigate(href);
            }}
          >
            Open the document
          </Anchor>
        </Text>
      ),
    });
  };
  return (
    <>
      <Button variant="light" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Restore
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Restore this document?" centered>
        <Stack gap="md">
          <Text style={{ overflowWrap: 'anywhere' }}>
            “{title}” will be back in the library, in search and on its groups’ pages, with all its versions
            and files, for the same people who could see it before it was deleted.
          </Text>
          {error && (
            <Alert color="red" role="alert" title="The document was not restored">
              {errorMessage(error)}
            </Alert>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              Cancel
            </Button>
            <Button loading={fetching} onClick={() => void confirm()}>
              Restore the document
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
