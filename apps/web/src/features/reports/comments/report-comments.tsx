import { Alert, Badge, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type { ReportCommentFieldsFragment, ReportCommentThreadFragment } from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../components/errors';
import { ServerHtml } from '../../../components/server-html';
import { Ago } from '../../../components/time';
import { plural } from '../../../components/words';
import { useShell } from '../../viewer/viewer';

// Every panel of a page asks this one query; urql sends it once and shares the answer.
const ReportCommentsQuery = graphql(`
  query ReportComments($id: ID!) {
    report(id: $id) {
      id
      viewerCanEdit
      openComments
      comments {
        ...ReportCommentThread
      }
    }
  }
`);

graphql(`
  fragment ReportCommentFields on ReportComment {
    id
    bodyHtml
    createdAt
    resolved
    resolvedAt
    parentId
    author {
      id
      displayName
    }
    resolvedBy {
      id
      displayName
    }
    section {
      id
    }
    recommendation {
      id
    }
  }
`);

graphql(`
  fragment ReportCommentThread on ReportComment {
    ...ReportCommentFields
    replies {
      ...ReportCommentFields
    }
  }
`);

const AddReportCommentMutation = graphql(`
  mutation AddReportComment($input: ReportCommentInput!) {
    addReportComment(input: $input) {
      ...ReportCommentFields
    }
  }
`);

const ResolveReportCommentMutation = graphql(`
  mutation ResolveReportComment($id: ID!) {
    resolveReportComment(id: $id) {
      ...ReportCommentFields
    }
  }
`);

const ReopenReportCommentMutation = graphql(`
  mutation ReopenReportComment($id: ID!) {
    reopenReportComment(id: $id) {
      ...ReportCommentFields
    }
  }
`);

// A comment changes the report's counts and threads wherever they are shown.
const COMMENTS_CHANGED = { additionalTypenames: ['ReportComment', 'Report'] };

/** What the comments are on: a section or a recommendation. */
export type CommentAnchor = { sectionId: string } | { recommendationId: string };

const onAnchor = (c: ReportCommentFieldsFragment, anchor: CommentAnchor) =>
  'sectionId' in anchor
    ? c.section?.id === anchor.sectionId && !c.recommendation
    : c.recommendation?.id === anchor.recommendationId;

/**
 * The comment threads on one section or recommendation of a report, beside its text: add a
 * comment, reply, resolve and reopen (the author, an editor or the office). `label` names what
 * they are on ("section 2 Findings", "recommendation 2.1") for the controls' names.
 */
export function ReportComments({
  report,
  anchor,
  label,
}: {
  report: { id: string };
  anchor: CommentAnchor;
  label: string;
}) {
  const [result] = useQuery({ query: ReportCommentsQuery, variables: { id: report.id } });
  const [showResolved, setShowResolved] = useState(false);
  const headingId = useId();
  const data = result.data?.report;
  const threads = (data?.comments ?? []).filter((c) => onAnchor(c, anchor));
  const open = threads.filter((c) => !c.resolved);
  const resolved = threads.filter((c) => c.resolved);

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId} className="cop-report-comments">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Title order={3} size="h5" id={headingId}>
          Comments on {label}
        </Title>
        {open.length > 0 && (
          <Badge variant="light" color="blue" tt="none">
            {plural(open.length, 'open', 'open')}
          </Badge>
        )}
      </Group>
      {!data && result.error && (
        <Text size="sm" c="red.9" role="alert">
          {errorMessage(result.error)}
        </Text>
      )}
      {open.map((c) => (
        <Thread
          key={c.id}
          thread={c}
          reportId={report.id}
          anchor={anchor}
          viewerCanEdit={!!data?.viewerCanEdit}
        />
      ))}
      {resolved.length > 0 && (
        <>
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setShowResolved((s) => !s)}
              aria-expanded={showResolved}
            >
              {showResolved ? 'Hide' : 'Show'}{' '}
              {plural(resolved.length, 'resolved comment', 'resolved comments')}
            </Button>
          </Group>
          {showResolved && (
            <Stack gap="xs">
              {resolved.map((c) => (
                <Thread
                  key={c.id}
                  thread={c}
                  reportId={report.id}
                  anchor={anchor}
                  viewerCanEdit={!!data?.viewerCanEdit}
                />
              ))}
            </Stack>
          )}
        </>
      )}
      {data && <NewComment reportId={report.id} anchor={anchor} label={`Comment on ${label}`} />}
    </Stack>
  );
}

function Thread({
  thread,
  reportId,
  anchor,
  viewerCanEdit,
}: {
  thread: ReportCommentThreadFragment;
  reportId: string;
  anchor: CommentAnchor;
  viewerCanEdit: boolean;
}) {
  const { person } = useShell();
  const [replying, setReplying] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [resolving, resolve] = useMutation(ResolveReportCommentMutation);
  const [reopening, reopen] = useMutation(ReopenReportCommentMutation);
  const mayResolve = viewerCanEdit || thread.author.id === person?.id;
  const whose = `${thread.author.displayName}’s comment`;

  const toggle = async () => {
    setProblem(null);
    const res = thread.resolved
      ? await reopen({ id: thread.id }, COMMENTS_CHANGED)
      : await resolve({ id: thread.id }, COMMENTS_CHANGED);
    if (res.error) setProblem(errorMessage(res.error));
  };

  return (
    <Paper
      withBorder
      p="xs"
      component="article"
      aria-label={whose}
      bg={thread.resolved ? 'gray.0' : undefined}
      className="cop-report-comment"
    >
      <Stack gap={6}>
        <CommentBody comment={thread} />
        {thread.replies.length > 0 && (
          <Stack gap={6} pl="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }}>
            {thread.replies.map((r) => (
              <CommentBody key={r.id} comment={r} />
            ))}
          </Stack>
        )}
        {thread.resolved && (
          <Text size="xs" c="dimmed">
            Resolved{thread.resolvedBy ? ` by ${thread.resolvedBy.displayName}` : ''}
            {thread.resolvedAt && (
              <>
                {' '}
                <Ago at={thread.resolvedAt} />
              </>
            )}
          </Text>
        )}
        {problem && (
          <Text size="sm" c="red.9" role="alert">
            {problem}
          </Text>
        )}
        <Group gap="xs" className="cop-no-print">
          {!thread.resolved && (
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => setReplying((r) => !r)}
              aria-expanded={replying}
              aria-label={`Reply to ${whose}`}
            >
              Reply
            </Button>
          )}
          {mayResolve && (
            <Button
              variant="subtle"
              size="compact-sm"
              loading={resolving.fetching || reopening.fetching}
              onClick={() => void toggle()}
              aria-label={`${thread.resolved ? 'Reopen' : 'Resolve'} ${whose}`}
            >
              {thread.resolved ? 'Reopen' : 'Resolve'}
            </Button>
          )}
        </Group>
        {replying && (
          <NewComment
            reportId={reportId}
            anchor={anchor}
            parentId={thread.id}
            label={`Reply to ${whose}`}
            onDone={() => setReplying(false)}
            autoFocus
          />
        )}
      </Stack>
    </Paper>
  );
}

function CommentBody({ comment }: { comment: ReportCommentFieldsFragment }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        <Text span size="xs" fw={600} c="dark">
          {comment.author.displayName}
        </Text>{' '}
        <Ago at={comment.createdAt} />
      </Text>
      <div style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
        <ServerHtml html={comment.bodyHtml} headingOffset={3} />
      </div>
    </Stack>
  );
}

function NewComment({
  reportId,
  anchor,
  parentId,
  label,
  onDone,
  autoFocus,
}: {
  reportId: string;
  anchor: CommentAnchor;
  parentId?: string;
  label: string;
  onDone?: () => void;
  autoFocus?: boolean;
}) {
  const [body, setBody] = useState('');
  const [opened, setOpened] = useState(!!parentId);
  const [state, add] = useMutation(AddReportCommentMutation);
  const [error, setError] = useState<{ field?: string; other?: string } | null>(null);

  if (!opened)
    return (
      <Group className="cop-no-print">
        <Button variant="light" size="compact-sm" onClick={() => setOpened(true)}>
          {label}
        </Button>
      </Group>
    );

  const send = async () => {
    setError(null);
    if (!body.trim()) {
      setError({ field: 'Write something first.' });
      return;
    }
    const res = await add({ input: { reportId, ...anchor, parentId, body } }, COMMENTS_CHANGED);
    if (res.error) {
      const fields = fieldErrors(res.error);
      const field = Object.entries(fields).find(([k]) => k.endsWith('body'))?.[1];
      setError(field ? { field } : { other: errorMessage(res.error) ?? undefined });
      return;
    }
    setBody('');
    setOpened(!!parentId);
    onDone?.();
  };

  return (
    <Stack gap={6} className="cop-no-print">
      <Textarea
        label={label}
        description="Markdown: **bold**, *italic*, lists and links."
        value={body}
        onChange={(e) => setBody(e.currentTarget.value)}
        autosize
        minRows={2}
        maxRows={10}
        error={error?.field}
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus || !parentId}
      />
      {error?.other && (
        <Alert color="red" role="alert" p="xs">
          {error.other}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="compact-sm" loading={state.fetching} onClick={() => void send()}>
          {parentId ? 'Send the reply' : 'Add the comment'}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => {
            setBody('');
            setError(null);
            setOpened(false);
            onDone?.();
          }}
        >
          Cancel
        </Button>
      </Group>
    </Stack>
  );
}
