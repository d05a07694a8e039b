import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../gql';
import type { Visibility } from '../../../gql/graphql';
import { errorMessage } from '../../../components/errors';
import { VISIBILITY_LABEL, visibilityWords } from '../../../components/visibility-words';
import { plural } from '../../../components/words';

const PublishReportMutation = graphql(`
  mutation PublishReport($id: ID!, $visibility: Visibility!) {
    publishReport(id: $id, visibility: $visibility) {
      id
      status
      document {
        id
        title
      }
    }
  }
`);

const VISIBILITIES: Visibility[] = ['PUBLIC', 'COMMUNITY', 'WORKING_GROUP'];

/**
 * "Publish": the editor chooses who may read the published report and confirms; it becomes a
 * document of the knowledge base (a new version of it when published again). Open comments and
 * changed evidence are named before, since publishing does not wait for them.
 */
export function PublishReport({
  report,
}: {
  report: {
    id: string;
    title: string;
    openComments: number;
    changedEvidence: number;
    published: boolean;
    lastVisibility?: Visibility | null;
    workingGroups: readonly { code: string }[];
  };
}) {
  const [opened, setOpened] = useState(false);
  const [visibility, setVisibility] = useState<Visibility>(report.lastVisibility ?? 'COMMUNITY');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, publish] = useMutation(PublishReportMutation);
  const verb = report.published ? 'Publish again' : 'Publish';

  const confirm = async () => {
    setProblem(null);
    const res = await publish(
      { id: report.id, visibility },
      { additionalTypenames: ['Report', 'Document', 'ReportPublication'] },
    );
    if (res.error) {
      setProblem(errorMessage(res.error));
      return;
    }
    setOpened(false);
    notifications.show({
      color: 'teal',
      message: `“${report.title}” is published in the knowledge base (${VISIBILITY_LABEL[visibility].toLowerCase()}).`,
    });
  };

  return (
    <>
      <Button
        variant={report.published ? 'default' : 'filled'}
        onClick={() => {
          setProblem(null);
          setOpened(true);
        }}
      >
        {verb}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={`${verb} “${report.title}”?`} centered>
        <Stack gap="md">
          <Text size="sm">
            {report.published
              ? 'The knowledge-base document of this report gets a new version with the text as it is now.'
              : 'The report becomes a document of the knowledge base, with its evidence as numbered notes.'}
          </Text>
          <Radio.Group
            label="Who may read it"
            value={visibility}
            onChange={(v) => setVisibility(v as Visibility)}
            name="report-visibility"
          >
            <Stack gap={8} mt={6}>
              {VISIBILITIES.map((v) => (
                <Radio
                  key={v}
                  value={v}
                  label={VISIBILITY_LABEL[v]}
                  description={visibilityWords(v, report.workingGroups).split(': ')[1]}
                />
              ))}
            </Stack>
          </Radio.Group>
          {(report.openComments > 0 || report.changedEvidence > 0) && (
            <Alert color="yellow" title="Before you publish">
              {[
                report.openComments > 0 &&
                  `${plural(report.openComments, 'comment is', 'comments are')} still open.`,
                report.changedEvidence > 0 &&
                  `${plural(report.changedEvidence, 'piece of evidence has', 'pieces of evidence have')} changed since linked.`,
              ]
                .filter(Boolean)
                .join(' ')}
            </Alert>
          )}
          {problem && (
            <Alert color="red" role="alert" title="The report was not published">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end" wrap="wrap">
            <Button variant="default" onClick={() => setOpened(false)}>
              Not now
            </Button>
            <Button loading={state.fetching} onClick={() => void confirm()}>
              {report.published ? 'Publish the new version' : 'Publish the report'}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
