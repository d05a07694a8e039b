import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { EditorEvidenceFragment } from '../../../gql/graphql';
import { errorMessage } from '../../../components/errors';
import { EVIDENCE_KIND_WORDS, EvidenceNoteBody } from '../shared';
import { ConfirmDialog } from '../editor/confirm-dialog';
import { REPORT_CHANGED } from '../editor/report-changed';

export const EditorEvidenceFields = graphql(`
  fragment EditorEvidence on Evidence {
    id
    kind
    visible
    label
    note
    sourcePath
    changed
    linkedAt
    confirmedAt
    snapshot {
      takenAt
      summary
      excerpt
    }
    live {
      takenAt
      summary
      excerpt
    }
  }
`);

const ReconfirmEvidenceMutation = graphql(`
  mutation ReconfirmEvidence($id: ID!) {
    reconfirmEvidence(id: $id) {
      ...EditorEvidence
    }
  }
`);

const UnlinkEvidenceMutation = graphql(`
  mutation UnlinkEvidence($id: ID!) {
    unlinkEvidence(id: $id) {
      id
    }
  }
`);

/** What a card names its evidence by in its controls: "evidence 1 of recommendation 2.1". */
export function evidenceName(recommendationNumber: string, index: number): string {
  return `evidence ${index + 1} of recommendation ${recommendationNumber}`;
}

/**
 * A piece of evidence in the editor: what it is (linked to the live source), the figures as
 * linked with their date, and when the source has moved on, "Evidence changed" with the old and
 * new figures and the editor's two ways on: re-confirm (the snapshot takes the live figures) or
 * unlink.
 */
export function EvidenceCard({
  evidence: e,
  name,
  canEdit,
}: {
  evidence: EditorEvidenceFragment;
  name: string;
  canEdit: boolean;
}) {
  const [reconfirmed, reconfirm] = useMutation(ReconfirmEvidenceMutation);
  const [unlinked, unlink] = useMutation(UnlinkEvidenceMutation);
  const [confirming, setConfirming] = useState(false);
  const problem = reconfirmed.error ? errorMessage(reconfirmed.error) : null;
  const what = e.visible ? (e.label ?? EVIDENCE_KIND_WORDS[e.kind]) : 'evidence you may not see';

  const onReconfirm = async () => {
    const res = await reconfirm({ id: e.id }, REPORT_CHANGED);
    if (res.data)
      notifications.show({
        color: 'teal',
        title: 'Evidence re-confirmed',
        message: `The ${name} now quotes: ${res.data.reconfirmEvidence.snapshot?.summary ?? 'the current figures'}.`,
      });
  };
  const onUnlink = async () => {
    const res = await unlink({ id: e.id }, REPORT_CHANGED);
    if (res.data) {
      setConfirming(false);
      notifications.show({ color: 'teal', title: 'Evidence unlinked', message: `“${what}” is unlinked.` });
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      component="article"
      aria-label={name[0].toUpperCase() + name.slice(1)}
      style={{
        minWidth: 0,
        borderColor: e.changed ? 'var(--mantine-color-orange-9)' : undefined,
      }}
    >
      <Stack gap="xs">
        <EvidenceNoteBody evidence={e} />
        {e.visible &&
          e.changed &&
          e.snapshot?.excerpt &&
          e.live?.excerpt &&
          e.snapshot.excerpt !== e.live.excerpt && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <Excerpt heading="Text as linked" text={e.snapshot.excerpt} />
              <Excerpt heading="Text now" text={e.live.excerpt} />
            </SimpleGrid>
          )}
        {problem && (
          <Alert color="red" role="alert" p="xs">
            {problem}
          </Alert>
        )}
        {canEdit && (
          <Group gap="xs" wrap="wrap">
            {e.visible && e.changed && e.live && (
              <Button
                size="xs"
                variant="light"
                loading={reconfirmed.fetching}
                onClick={() => void onReconfirm()}
                aria-label={`Re-confirm ${name}`}
              >
                Re-confirm
              </Button>
            )}
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => setConfirming(true)}
              aria-label={`Unlink ${name}`}
            >
              Unlink
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title="Unlink this evidence?"
        confirmLabel="Unlink the evidence"
        busy={unlinked.fetching}
        problem={unlinked.error ? errorMessage(unlinked.error) : null}
        onCancel={() => setConfirming(false)}
        onConfirm={() => void onUnlink()}
      >
        “{what}” will no longer back this recommendation. Its snapshot goes with it.
      </ConfirmDialog>
    </Paper>
  );
}

/** A source's text as quoted at one moment (as written, never as HTML). */
function Excerpt({ heading, text }: { heading: string; text: string }) {
  return (
    <div style={{ minWidth: 0 }}>
      <Text size="xs" fw={700}>
        {heading}
      </Text>
      <Text size="sm" lineClamp={4} style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
        {text}
      </Text>
    </div>
  );
}
