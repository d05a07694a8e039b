import {
  ActionIcon,
  Alert,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMergedRef } from '@mantine/hooks';
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { errorMessage, fieldErrors } from './errors';
import { Empty } from './page';
import { ServerHtml } from './server-html';
import { MARKDOWN_ACTIONS, applyMarkdown, type MarkdownAction } from './markdown-format';

const EditorMarkdownPreviewQuery = graphql(`
  query EditorMarkdownPreview($markdown: String!) {
    markdownPreview(markdown: $markdown)
  }
`);

export type MarkdownEditorProps = {
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  error?: string;
  required?: boolean;
  maxLength?: number;
  inputRef?: Ref<HTMLTextAreaElement>;
  /**
   * `beside`: the preview is always shown, next to the text on wide screens and under it on
   * phones. `tabs`: Write and Preview tabs (for forms holding many editors).
   */
  preview?: 'beside' | 'tabs';
  minRows?: number;
};

/**
 * Markdown with a formatting toolbar and the server's preview: the preview is the server's
 * render (markdownPreview, with the options of bodyHtml), never the app's own, asked for once
 * the writer pauses.
 */
export function MarkdownEditor({
  label,
  description = 'Markdown: **bold**, _italic_, ## headings, - lists, [links](https://…).',
  value,
  onChange,
  onBlur,
  name,
  error,
  required,
  maxLength,
  inputRef,
  preview = 'beside',
  minRows = 10,
}: MarkdownEditorProps) {
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ref = useMergedRef(textarea, inputRef);
  const [tab, setTab] = useState<string | null>('write');
  const previewTitleId = useId();
  // The selection an action chose, put back once its text is in the textarea (before the next key).
  const pendingSelection = useRef<{ start: number; end: number } | null>(null);
  useLayoutEffect(() => {
    const el = textarea.current;
    const wanted = pendingSelection.current;
    if (!el || !wanted) return;
    pendingSelection.current = null;
    el.focus();
    el.setSelectionRange(wanted.start, wanted.end);
  }, [value]);

  const act = (action: MarkdownAction) => {
    const el = textarea.current;
    if (!el) return;
    const next = applyMarkdown(action, { text: el.value, start: el.selectionStart, end: el.selectionEnd });
    pendingSelection.current = { start: next.start, end: next.end };
    onChange(next.text);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
    const found = MARKDOWN_ACTIONS.find((a) => a.key === e.key.toLowerCase());
    if (!found) return;
    e.preventDefault();
    act(found.action);
  };

  const toolbar = (
    <Group gap={4} role="group" aria-label={`Formatting of ${label.toLowerCase()}`} wrap="wrap">
      {MARKDOWN_ACTIONS.map((a) => (
        <ActionIcon
          key={a.action}
          variant="default"
          size="lg"
          aria-label={a.label}
          title={a.key ? `${a.label} (Ctrl+${a.key.toUpperCase()})` : a.label}
          onClick={() => act(a.action)}
          // The textarea keeps its selection: a mouse press on the button must not take the focus first.
          onMouseDown={(e) => e.preventDefault()}
        >
          <Text
            span
            aria-hidden
            fw={a.action === 'bold' ? 700 : 500}
            fs={a.action === 'italic' ? 'italic' : undefined}
            size="sm"
            ff={a.action === 'code' ? 'monospace' : undefined}
          >
            {a.action === 'link' ? <LinkIcon /> : a.glyph}
          </Text>
        </ActionIcon>
      ))}
    </Group>
  );

  const input = (
    <div style={{ minWidth: 0 }}>
      <Textarea
        ref={ref}
        label={label}
        description={description}
        required={required}
        name={name}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onBlur={onBlur}
        onKeyDown={onKeyDown}
        error={error}
        maxLength={maxLength}
        autosize
        minRows={minRows}
        maxRows={30}
        styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 14 } }}
        // The toolbar between the label and the text it formats.
        inputContainer={(children) => (
          <Stack gap={6} mt={4}>
            {toolbar}
            {children}
          </Stack>
        )}
      />
    </div>
  );

  if (preview === 'tabs')
    return (
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List aria-label={`${label}: write or preview`}>
          <Tabs.Tab value="write">Write</Tabs.Tab>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="write" pt="sm">
          {input}
        </Tabs.Panel>
        <Tabs.Panel value="preview" pt="sm">
          {tab === 'preview' && <MarkdownPreview markdown={value} what={label} />}
        </Tabs.Panel>
      </Tabs>
    );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {input}
      <Paper withBorder p="sm" component="section" aria-labelledby={previewTitleId} style={{ minWidth: 0 }}>
        <Title order={3} size="h5" id={previewTitleId} mb="xs">
          Preview
        </Title>
        <MarkdownPreview markdown={value} what={label} />
      </Paper>
    </SimpleGrid>
  );
}

/** The server's render of the markdown, asked for once the writer stops typing. */
export function MarkdownPreview({ markdown, what }: { markdown: string; what: string }) {
  const [settledMarkdown] = useDebouncedValue(markdown, 400);
  const empty = !settledMarkdown.trim();
  const [result] = useQuery({
    query: EditorMarkdownPreviewQuery,
    variables: { markdown: settledMarkdown },
    pause: empty,
  });
  if (!markdown.trim()) return <Empty>Nothing to preview yet.</Empty>;
  if (result.error) {
    const fields = fieldErrors(result.error);
    return (
      <Alert color="red" role="alert" title="No preview">
        {fields.markdown ? `The ${what.toLowerCase()} ${fields.markdown}.` : errorMessage(result.error)}
      </Alert>
    );
  }
  const stale = settledMarkdown !== markdown || result.fetching || !result.data;
  return (
    <Stack gap="xs" aria-busy={stale} style={{ overflowWrap: 'anywhere' }}>
      {stale && (
        <Text size="sm" c="dimmed" role="status">
          Updating the preview…
        </Text>
      )}
      {result.data && <ServerHtml html={result.data.markdownPreview} headingOffset={3} />}
    </Stack>
  );
}

/** A chain link (the machines the app runs on may lack an emoji font). */
function LinkIcon() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      style={{ display: 'block' }}
    >
      <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
    </svg>
  );
}
