import { Alert, Button, Group, Modal, Stack, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Link } from 'react-router';
import { useClient, useMutation } from 'urql';
import { webPaths } from '@cop/web-routes';
import { graphql } from '../../gql';
import type { NewsActionsItemFragment } from '../../gql/graphql';
import { errorMessage } from '../../components/errors';
import { NEWS_CHANGED } from './news-form';

export const NewsActionsItemFields = graphql(`
  fragment NewsActionsItem on NewsItem {
    id
    title
    pinned
    viewerCanManage
  }
`);

// updateNews takes the whole item: pinning re-reads it first, so nobody's latest text is undone.
const NewsForPinQuery = graphql(`
  query NewsForPin($id: ID!) {
    newsItem(id: $id) {
      id
      title
      body
      pinned
      workingGroup {
        id
      }
    }
  }
`);

const PinNewsMutation = graphql(`
  mutation PinNews($id: ID!, $input: NewsInput!) {
    updateNews(id: $id, input: $input) {
      id
      pinned
    }
  }
`);

const DeleteNewsMutation = graphql(`
  mutation DeleteNews($id: ID!) {
    deleteNews(id: $id)
  }
`);

/**
 * Edit, pin or unpin, and delete (after a confirmation) a news item, for whoever may manage it
 * (nothing for anyone else). `named` adds the item's title to each button's accessible name,
 * for lists where every item has the same buttons.
 */
export function NewsActions({
  item,
  named = false,
  onDeleted,
  onChanged,
}: {
  item: NewsActionsItemFragment;
  named?: boolean;
  onDeleted?: () => void;
  /** After a pin, an unpin or a delete (a list reads its pages again). */
  onChanged?: () => void;
}) {
  const client = useClient();
  const [pinning, setPinning] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [deleteState, remove] = useMutation(DeleteNewsMutation);
  const [, pin] = useMutation(PinNewsMutation);
  const [problem, setProblem] = useState<string | null>(null);
  // Pinning says what happened in words for screen readers (the badge changes on screen);
  // a notification would cover the page's buttons, this one among them.
  const [said, setSaid] = useState('');
  const [pinProblem, setPinProblem] = useState<string | null>(null);
  if (!item.viewerCanManage) return null;
  const name = named ? <VisuallyHidden> “{item.title}”</VisuallyHidden> : null;

  const togglePin = async () => {
    setPinning(true);
    setPinProblem(null);
    setSaid('');
    try {
      const current = await client.query(NewsForPinQuery, { id: item.id }, { requestPolicy: 'network-only' });
      const n = current.data?.newsItem;
      const result = n
        ? await pin(
            {
              id: n.id,
              input: {
                title: n.title,
                body: n.body,
                pinned: !n.pinned,
                workingGroupId: n.workingGroup?.id ?? null,
              },
            },
            NEWS_CHANGED,
          )
        : current;
      if (result.error || !n) {
        setPinProblem(
          `${item.pinned ? 'Not unpinned' : 'Not pinned'}: ${errorMessage(result.error) ?? 'this news item is gone.'}`,
        );
        return;
      }
      setSaid(
        n.pinned
          ? `Unpinned: “${n.title}” takes its place among the news by date.`
          : `Pinned: “${n.title}” stays at the top of the news.`,
      );
      onChanged?.();
    } finally {
      setPinning(false);
    }
  };

  const confirmDelete = async () => {
    setProblem(null);
    const result = await remove({ id: item.id }, NEWS_CHANGED);
    if (result.error) {
      setProblem(errorMessage(result.error));
      return;
    }
    setConfirming(false);
    notifications.show({ color: 'teal', title: 'News deleted', message: `“${item.title}” was deleted.` });
    onDeleted?.();
    onChanged?.();
  };

  return (
    <Group gap="xs" wrap="wrap">
      <Button component={Link} to={webPaths.editNews(item.id)} variant="default" size="compact-sm">
        Edit{name}
      </Button>
      <Button variant="default" size="compact-sm" loading={pinning} onClick={() => void togglePin()}>
        {item.pinned ? 'Unpin' : 'Pin'}
        {name}
      </Button>
      <Button variant="outline" color="red.9" size="compact-sm" onClick={() => setConfirming(true)}>
        Delete{name}
      </Button>
      <VisuallyHidden role="status">{said}</VisuallyHidden>
      {pinProblem && (
        <Text c="red.9" size="sm" role="alert">
          {pinProblem}
        </Text>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title="Delete this news item?" centered>
        <Stack gap="md">
          <Text>
            <strong>{item.title}</strong> is removed from the news for good. This cannot be undone.
          </Text>
          {problem && (
            <Alert color="red" role="alert" title="The news item was not deleted">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setConfirming(false)}>
              Keep it
            </Button>
            <Button color="red.9" loading={deleteState.fetching} onClick={() => void confirmDelete()}>
              Yes, delete it
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Group>
  );
}
