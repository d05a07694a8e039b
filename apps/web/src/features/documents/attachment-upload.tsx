import '@mantine/dropzone/styles.css';
import { Alert, Button, Group, Modal, Progress, Stack, Text } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { notifications } from '@mantine/notifications';
import { useCallback, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { AttachmentRowFragment } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { plural } from '../../components/words';
import { AttachmentTable, humanSize } from './attachment-table';
import { uploadAttachment } from './attachment-upload-request';

const DeleteAttachmentMutation = graphql(`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id)
  }
`);

type UploadState = 'queued' | 'uploading' | 'done' | 'failed' | 'refused';

export type UploadItem = { key: string; file: File; state: UploadState; progress: number; message?: string };

let nextKey = 0;

/**
 * Files on their way to a document: checked against the size limit when chosen (a file over it
 * is refused at once, in words, and never sent), queued, then sent one after the other with
 * their progress.
 */
export function useAttachmentUploads(maxBytes: number) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const itemsRef = useRef(items);
  const change = useCallback((update: (items: UploadItem[]) => UploadItem[]) => {
    itemsRef.current = update(itemsRef.current);
    setItems(itemsRef.current);
  }, []);
  const patch = useCallback(
    (key: string, p: Partial<UploadItem>) =>
      change((all) => all.map((i) => (i.key === key ? { ...i, ...p } : i))),
    [change],
  );

  const add = useCallback(
    (files: File[]) =>
      change((all) => [
        // Refusals of earlier picks are replaced by this pick's news.
        ...all.filter((i) => i.state !== 'refused'),
        ...files.map((file): UploadItem => {
          const key = `upload-${(nextKey += 1)}`;
          if (file.size > maxBytes)
            return {
              key,
              file,
              state: 'refused',
              progress: 0,
              message: `“${file.name}” is ${humanSize(file.size)}, more than the limit of ${humanSize(maxBytes)}: it was not sent. Make it smaller (compress it, or split it) or link to where it is kept.`,
            };
          if (file.size === 0)
            return {
              key,
              file,
              state: 'refused',
              progress: 0,
              message: `“${file.name}” is empty: it was not sent.`,
            };
          return { key, file, state: 'queued', progress: 0 };
        }),
      ]),
    [change, maxBytes],
  );

  /** Sends what is queued (and what failed, again); resolves with how many failed. */
  const upload = useCallback(
    async (documentId: string): Promise<{ sent: number; failed: number }> => {
      let sent = 0;
      let failed = 0;
      for (const item of itemsRef.current.filter((i) => i.state === 'queued' || i.state === 'failed')) {
        patch(item.key, { state: 'uploading', progress: 0, message: undefined });
        const outcome = await uploadAttachment(documentId, item.file, maxBytes, (progress) =>
          patch(item.key, { progress }),
        );
        if (outcome.ok) {
          sent += 1;
          patch(item.key, { state: 'done', progress: 1 });
        } else {
          failed += 1;
          patch(item.key, { state: 'failed', message: outcome.message });
        }
      }
      return { sent, failed };
    },
    [maxBytes, patch],
  );

  const dismiss = useCallback((key: string) => change((all) => all.filter((i) => i.key !== key)), [change]);
  const busy = items.some((i) => i.state === 'uploading');
  const pending = items.filter((i) => i.state === 'queued' || i.state === 'failed').length;
  return { items, add, upload, dismiss, busy, pending };
}

export type AttachmentUploads = ReturnType<typeof useAttachmentUploads>;

/**
 * Where files are dropped or chosen (several at once), with the limit said up front and a
 * progress bar per file. `documentId` set: each pick is sent at once and `onUploaded` follows;
 * unset (a document not posted yet): picks wait for the post.
 */
export function AttachmentDropzone({
  uploads,
  maxBytes,
  documentId,
  onUploaded,
}: {
  uploads: AttachmentUploads;
  maxBytes: number;
  documentId?: string;
  onUploaded?: () => void;
}) {
  const openRef = useRef<() => void>(null);
  const pick = (files: File[]) => {
    uploads.add(files);
    if (documentId)
      void uploads.upload(documentId).then(({ sent }) => {
        if (sent) onUploaded?.();
      });
  };
  return (
    <Stack gap="sm">
      <Dropzone
        onDrop={pick}
        openRef={openRef}
        multiple
        activateOnClick={false}
        activateOnKeyboard={false}
        inputProps={{ 'aria-label': 'Files to attach' }}
        p="md"
      >
        <Stack gap={6} align="center" style={{ pointerEvents: 'none', textAlign: 'center' }}>
          <Text fw={500}>Drop files here</Text>
          <Text size="sm" c="dimmed">
            Any kind of file, several at once, each at most {humanSize(maxBytes)}.
          </Text>
        </Stack>
      </Dropzone>
      <Group gap="sm" wrap="wrap">
        <Button variant="default" onClick={() => openRef.current?.()} disabled={uploads.busy}>
          Choose files…
        </Button>
        {!documentId && uploads.pending > 0 && (
          <Text size="sm">
            {plural(uploads.pending, 'file is', 'files are')} attached when the document is posted.
          </Text>
        )}
        {documentId && uploads.pending > 0 && !uploads.busy && (
          <Button variant="light" onClick={() => pick([])}>
            Try the failed {uploads.pending === 1 ? 'upload' : 'uploads'} again
          </Button>
        )}
      </Group>
      <UploadList uploads={uploads} />
    </Stack>
  );
}

const STATE_WORDS: Record<UploadState, string> = {
  queued: 'Waiting',
  uploading: 'Sending',
  done: 'Attached',
  failed: 'Not attached',
  refused: 'Not sent',
};

function UploadList({ uploads }: { uploads: AttachmentUploads }) {
  if (!uploads.items.length) return null;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label="Uploads">
      {uploads.items.map((item) => (
        <Stack gap={4} key={item.key} component="li">
          <Group justify="space-between" gap="xs" wrap="nowrap">
            <Text size="sm" style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
              {item.file.name}{' '}
              <Text span c="dimmed" size="sm">
                ({humanSize(item.file.size)})
              </Text>
            </Text>
            <Group gap="xs" wrap="nowrap">
              <Text
                size="sm"
                fw={500}
                c={item.state === 'failed' || item.state === 'refused' ? 'red.9' : undefined}
              >
                {STATE_WORDS[item.state]}
                {item.state === 'uploading' ? ` ${Math.round(item.progress * 100)}%` : ''}
              </Text>
              {item.state !== 'uploading' && (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={`${item.state === 'queued' ? 'Don’t attach' : 'Dismiss'} ${item.file.name}`}
                  onClick={() => uploads.dismiss(item.key)}
                >
                  {item.state === 'queued' ? 'Don’t attach' : 'Dismiss'}
                </Button>
              )}
            </Group>
          </Group>
          {item.state !== 'refused' && (
            <Progress
              value={item.progress * 100}
              color={item.state === 'failed' ? 'red.9' : item.state === 'done' ? 'teal.8' : undefined}
              aria-label={`Upload of ${item.file.name}`}
              size="sm"
            />
          )}
          {item.message && (
            <Text size="sm" c="red.9" role="alert">
              {item.message}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

/** The document's files with their download links, each removable after a confirmation. */
export function AttachmentManager({
  attachments,
  onRemoved,
}: {
  attachments: AttachmentRowFragment[];
  onRemoved: () => void;
}) {
  const [removing, setRemoving] = useState<AttachmentRowFragment | null>(null);
  const [{ fetching, error }, remove] = useMutation(DeleteAttachmentMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = async () => {
    if (!removing) return;
    setProblem(null);
    const result = await remove({ id: removing.id }, { additionalTypenames: ['Document', 'Attachment'] });
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'File removed',
      message: `“${removing.filename}” was removed.`,
    });
    setRemoving(null);
    onRemoved();
  };
  return (
    <>
      <AttachmentTable
        attachments={attachments}
        action={{
          label: 'Remove',
          render: (a) => (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red.9"
              aria-label={`Remove ${a.filename}`}
              onClick={() => setRemoving(a)}
            >
              Remove
            </Button>
          ),
        }}
      />
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove this file?" centered>
        {removing && (
          <Stack gap="md">
            <Text style={{ overflowWrap: 'anywhere' }}>
              “{removing.filename}” ({humanSize(removing.size)}) will no longer be attached to the document,
              and its download link stops working.
            </Text>
            {(problem || error) && (
              <Alert color="red" role="alert" title="The file was not removed">
                {problem ?? errorMessage(error)}
              </Alert>
            )}
            <Group justify="flex-end" wrap="wrap">
              <Button variant="default" onClick={() => setRemoving(null)} data-autofocus>
                Keep it
              </Button>
              <Button color="red.9" loading={fetching} onClick={() => void confirm()}>
                Remove the file
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
