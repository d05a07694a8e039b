import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import { errorMessage, fieldErrors } from '../../../components/errors';
import { plural } from '../../../components/words';
import { PeoplePicker } from '../../use-cases/people-picker';

const OpenReviewRoundMutation = graphql(`
  mutation OpenReviewRound($reportId: ID!, $reviewerIds: [ID!]!, $note: String) {
    openReviewRound(reportId: $reportId, reviewerIds: $reviewerIds, note: $note) {
      id
      number
      reviewers {
        id
        displayName
      }
    }
  }
`);

/**
 * "Open review round": the editor picks reviewers by name and may add a note; the report goes
 * into review and each reviewer gets an e-mail asking for comments.
 */
export function OpenReviewRound({ reportId, inReview }: { reportId: string; inReview: boolean }) {
  const [opened, setOpened] = useState(false);
  const [reviewers, setReviewers] = useState<string[]>([]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ reviewers?: string; note?: string; other?: string }>({});
  const [state, open] = useMutation(OpenReviewRoundMutation);

  const close = () => {
    setOpened(false);
    setErrors({});
  };

  const confirm = async () => {
    if (!reviewers.length) {
      setErrors({ reviewers: 'Pick at least one reviewer.' });
      return;
    }
    setErrors({});
    const res = await open(
      { reportId, reviewerIds: reviewers, note: note.trim() || null },
      { additionalTypenames: ['Report', 'ReviewRound'] },
    );
    if (res.error) {
      const fields = fieldErrors(res.error);
      const reviewerError = Object.entries(fields).find(([k]) => k.startsWith('reviewerIds'))?.[1];
      const noteError = fields.note;
      setErrors(
        reviewerError || noteError
          ? { reviewers: reviewerError, note: noteError }
          : { other: errorMessage(res.error) ?? undefined },
      );
      return;
    }
    const round = res.data?.openReviewRound;
    close();
    setReviewers([]);
    setNote('');
    notifications.show({
      color: 'teal',
      message: round
        ? `Review round ${round.number} is open: ${plural(round.reviewers.length, 'reviewer is', 'reviewers are')} asked by e-mail.`
        : 'The review round is open.',
    });
  };

  return (
    <>
      <Button variant={inReview ? 'default' : 'filled'} onClick={() => setOpened(true)}>
        Open review round
      </Button>
      <Modal opened={opened} onClose={close} title="Open a review round" centered>
        <Stack gap="md">
          <Text size="sm">
            The report goes into review, and each reviewer gets an e-mail with a link to comment on its
            sections and recommendations.
          </Text>
          <PeoplePicker
            label="Reviewers"
            description="Type two letters of a name."
            value={reviewers}
            onChange={setReviewers}
            known={[]}
            error={errors.reviewers}
          />
          <Textarea
            label="Note to the reviewers"
            description="Optional: what to look at, and by when."
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
            autosize
            minRows={2}
            maxRows={8}
            error={errors.note}
          />
          {errors.other && (
            <Alert color="red" role="alert" title="The review round was not opened">
              {errors.other}
            </Alert>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={close}>
              Not now
            </Button>
            <Button loading={state.fetching} onClick={() => void confirm()}>
              Open the review round
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
