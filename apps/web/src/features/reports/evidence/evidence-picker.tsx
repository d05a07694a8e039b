import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../gql';
import type {
  EvidenceCandidatesQuery,
  EvidenceInput,
  EvidenceKind,
  EvidencePreviewFiguresFragment,
} from '../../../gql/graphql';
import { errorMessage, fieldErrors } from '../../../components/errors';
import { Empty } from '../../../components/page';
import { plural } from '../../../components/words';
import { ResultsFilters, type FilterQuestion } from '../../surveys/results-filters';
import type { ResultsWhere } from '../../surveys/results-filter';
import { OTHER_KEY, optionLabel } from '../../surveys/results-format';
import { REPORT_CHANGED } from '../editor/report-changed';
import { EvidenceFiguresView } from './evidence-figures';

const EvidenceCandidatesQueryDocument = graphql(`
  query EvidenceCandidates($query: String!, $kinds: [EvidenceKind!]) {
    evidenceCandidates(query: $query, kinds: $kinds, first: 30) {
      kind
      label
      detail
      surveySlug
      questionKey
      useCaseId
      useCasePart
      requirementId
      documentId
      documentVersion
      meetingId
    }
  }
`);

const EvidencePreviewQuery = graphql(`
  query EvidencePreview($input: EvidenceInput!) {
    evidencePreview(input: $input) {
      ...EvidencePreviewFigures
    }
  }
`);

const EvidencePickerSurveyQuery = graphql(`
  query EvidencePickerSurvey($slug: String!) {
    survey(slug: $slug) {
      id
      slug
      title
      responseCount
      sections {
        key
        questions {
          key
          text
          kind
          allowOther
          options {
            key
            label
          }
        }
      }
    }
  }
`);

const LinkEvidenceMutation = graphql(`
  mutation LinkEvidence($recommendationId: ID!, $input: EvidenceInput!) {
    linkEvidence(recommendationId: $recommendationId, input: $input) {
      ...EditorEvidence
    }
  }
`);

type Candidate = EvidenceCandidatesQuery['evidenceCandidates'][number];

/** The kinds in the order the picker lists them, with the heading of their hits. */
const KIND_GROUPS: { kind: EvidenceKind; heading: string; short: string }[] = [
  { kind: 'SURVEY_RESULT', heading: 'Survey questions', short: 'Survey questions' },
  { kind: 'USE_CASE', heading: 'Use cases, their parts and requirements', short: 'Use cases' },
  { kind: 'DOCUMENT_VERSION', heading: 'Documents', short: 'Documents' },
  { kind: 'MEETING_MINUTES', heading: 'Meeting minutes', short: 'Minutes' },
];
const ALL_KINDS = KIND_GROUPS.map((g) => g.kind);

const CHOICE_KINDS = new Set(['SINGLE_CHOICE', 'MULTIPLE_CHOICE']);

/** One key a candidate, from what it points at. */
const candidateKey = (c: Candidate) =>
  [
    c.kind,
    c.surveySlug,
    c.questionKey,
    c.useCaseId,
    c.useCasePart,
    c.requirementId,
    c.documentId,
    c.documentVersion,
    c.meetingId,
  ].join('|');

/** The link's input: the candidate's pointers, and for a survey result the quoted answer and filter. */
export function evidenceInputOf(
  c: Candidate,
  survey: { optionKey: string; where: ResultsWhere },
  note: string,
): EvidenceInput {
  const input: EvidenceInput = { kind: c.kind };
  if (c.surveySlug) input.surveySlug = c.surveySlug;
  if (c.questionKey) input.questionKey = c.questionKey;
  if (c.useCaseId) input.useCaseId = c.useCaseId;
  if (c.useCasePart) input.useCasePart = c.useCasePart;
  if (c.requirementId) input.requirementId = c.requirementId;
  if (c.documentId) input.documentId = c.documentId;
  if (typeof c.documentVersion === 'number') input.documentVersion = c.documentVersion;
  if (c.meetingId) input.meetingId = c.meetingId;
  if (c.kind === 'SURVEY_RESULT') {
    if (survey.optionKey) input.optionKey = survey.optionKey;
    if (survey.where.length) input.where = survey.where.map((w) => ({ ...w }));
  }
  if (note.trim()) input.note = note.trim();
  return input;
}

/**
 * The evidence picker of one recommendation, in a dialog: search, pick a hit (grouped by kind),
 * for a survey question the answer to quote and a cross-tab filter, with a live preview of the
 * figures the link would keep; "Link evidence" takes the snapshot.
 */
export function EvidencePicker({
  opened,
  onClose,
  recommendation,
}: {
  opened: boolean;
  onClose: () => void;
  recommendation: { id: string; number: string };
}) {
  const phone = useMediaQuery('(max-width: 48em)');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Link evidence to recommendation ${recommendation.number}`}
      size="xl"
      fullScreen={phone}
    >
      {opened && <PickerBody recommendation={recommendation} onDone={onClose} />}
    </Modal>
  );
}

function PickerBody({
  recommendation,
  onDone,
}: {
  recommendation: { id: string; number: string };
  onDone: () => void;
}) {
  const [query, setQuery] = useState('');
  const [kinds, setKinds] = useState<string[]>(ALL_KINDS);
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const [optionKey, setOptionKey] = useState('');
  const [where, setWhere] = useState<ResultsWhere>([]);
  const [note, setNote] = useState('');
  const [settledQuery] = useDebouncedValue(query.trim(), 300);
  const searching = settledQuery.length >= 2 && kinds.length > 0;
  const [hits] = useQuery({
    query: EvidenceCandidatesQueryDocument,
    variables: {
      query: settledQuery,
      kinds: kinds.length === ALL_KINDS.length ? null : (kinds as EvidenceKind[]),
    },
    pause: !searching,
  });
  // While a new search runs the last hits stay, so the list does not jump (nor lose the choice).
  const [kept, setKept] = useState<readonly Candidate[]>([]);
  const fresh = hits.data?.evidenceCandidates;
  if (fresh && fresh !== kept) setKept(fresh);
  const candidates = searching ? (fresh ?? kept) : [];

  const input = chosen ? evidenceInputOf(chosen, { optionKey, where }, '') : null;
  const [settledInput] = useDebouncedValue(input ? JSON.stringify(input) : '', 250);
  const [preview] = useQuery({
    query: EvidencePreviewQuery,
    variables: { input: settledInput ? (JSON.parse(settledInput) as EvidenceInput) : { kind: 'USE_CASE' } },
    pause: !settledInput,
    requestPolicy: 'network-only',
  });
  const [lastFigures, setLastFigures] = useState<EvidencePreviewFiguresFragment | null>(null);
  const freshFigures = preview.data?.evidencePreview ?? null;
  if (freshFigures && freshFigures !== lastFigures) setLastFigures(freshFigures);
  const figures = chosen ? (freshFigures ?? lastFigures) : null;
  const previewStale = !!chosen && (preview.fetching || settledInput !== JSON.stringify(input));

  const [linked, link] = useMutation(LinkEvidenceMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (c: Candidate | null) => {
    setChosen(c);
    setOptionKey('');
    setWhere([]);
    setLastFigures(null);
    setProblem(null);
  };

  const onLink = async () => {
    if (!chosen) return;
    setProblem(null);
    const res = await link(
      { recommendationId: recommendation.id, input: evidenceInputOf(chosen, { optionKey, where }, note) },
      REPORT_CHANGED,
    );
    const e = res.data?.linkEvidence;
    if (!e) {
      const fields = fieldErrors(res.error);
      setProblem(Object.keys(fields).length ? Object.values(fields).join(' ') : errorMessage(res.error));
      return;
    }
    notifications.show({
      color: 'teal',
      title: 'Evidence linked',
      message: `Recommendation ${recommendation.number} now cites: ${e.snapshot?.summary ?? e.label ?? 'the evidence'}.`,
    });
    onDone();
  };

  const resultsId = useId();
  const previewId = useId();
  const groups = KIND_GROUPS.map((g) => ({ ...g, hits: candidates.filter((c) => c.kind === g.kind) })).filter(
    (g) => g.hits.length,
  );
  const previewError = preview.error && !preview.fetching ? preview.error : null;
  const previewFields = fieldErrors(previewError);

  return (
    <Stack gap="md">
      <TextInput
        label="Search for evidence"
        description="Words of a survey question, a use case or its requirements, a document or a meeting."
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        type="search"
        data-autofocus
      />
      <Checkbox.Group label="Look in" value={kinds} onChange={setKinds}>
        <Group gap="md" mt={6} wrap="wrap">
          {KIND_GROUPS.map((g) => (
            <Checkbox key={g.kind} value={g.kind} label={g.short} />
          ))}
        </Group>
      </Checkbox.Group>

      <Stack gap="sm" component="section" aria-labelledby={resultsId}>
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={3} size="h4" id={resultsId}>
            Found
          </Title>
          <Text size="sm" c="dimmed" role="status">
            {!searching
              ? kinds.length
                ? 'Type at least two letters to search.'
                : 'Tick at least one kind of evidence.'
              : hits.fetching
                ? 'Searching…'
                : hits.error
                  ? ''
                  : plural(candidates.length, 'hit', 'hits')}
          </Text>
        </Group>
        {hits.error && searching && (
          <Alert color="red" role="alert" title="The search failed">
            {errorMessage(hits.error)}
          </Alert>
        )}
        {searching && !hits.fetching && !hits.error && candidates.length === 0 && (
          <Empty>Nothing found for “{settledQuery}”.</Empty>
        )}
        {groups.map((g) => (
          <Fieldset key={g.kind} legend={`${g.heading} (${g.hits.length})`} variant="unstyled">
            <Stack gap="xs" mt={4}>
              {g.hits.map((c) => {
                const key = candidateKey(c);
                return (
                  <Radio
                    key={key}
                    name="evidence-candidate"
                    value={key}
                    checked={chosen ? candidateKey(chosen) === key : false}
                    onChange={() => choose(c)}
                    label={c.label}
                    description={c.detail ?? undefined}
                    styles={{
                      label: { overflowWrap: 'anywhere' },
                      description: { overflowWrap: 'anywhere' },
                    }}
                  />
                );
              })}
            </Stack>
          </Fieldset>
        ))}
      </Stack>

      {chosen?.kind === 'SURVEY_RESULT' && chosen.surveySlug && chosen.questionKey && (
        <SurveyResultOptions
          slug={chosen.surveySlug}
          questionKey={chosen.questionKey}
          optionKey={optionKey}
          onOptionKey={setOptionKey}
          where={where}
          onWhere={setWhere}
          matched={figures?.responses ?? null}
        />
      )}

      {chosen && (
        <Paper withBorder p="sm" component="section" aria-labelledby={previewId} aria-busy={previewStale}>
          <Stack gap="xs">
            <Group justify="space-between" gap="xs" wrap="wrap">
              <Title order={3} size="h4" id={previewId}>
                What the link will quote
              </Title>
              <Text size="sm" c="dimmed" aria-live="polite">
                {previewStale ? 'Counting…' : ''}
              </Text>
            </Group>
            {previewError ? (
              <Alert color="red" role="alert" title="No preview">
                {Object.keys(previewFields).length
                  ? Object.values(previewFields).join(' ')
                  : errorMessage(previewError)}
              </Alert>
            ) : figures ? (
              <div role="status" aria-live="polite">
                <EvidenceFiguresView figures={figures} />
              </div>
            ) : (
              <Empty>Counting the figures…</Empty>
            )}
          </Stack>
        </Paper>
      )}

      {chosen && (
        <Textarea
          label="Note (optional)"
          description="Why this evidence backs the recommendation, in a sentence."
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
        />
      )}

      {problem && (
        <Alert color="red" role="alert" title="The evidence was not linked">
          {problem}
        </Alert>
      )}
      <Group justify="flex-end" gap="sm" wrap="wrap">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={() => void onLink()} disabled={!chosen} loading={linked.fetching}>
          Link evidence
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * A survey question's link: which answer it quotes (or the whole question) and the cross-tab
 * filter, from the survey's own questions.
 */
function SurveyResultOptions({
  slug,
  questionKey,
  optionKey,
  onOptionKey,
  where,
  onWhere,
  matched,
}: {
  slug: string;
  questionKey: string;
  optionKey: string;
  onOptionKey: (key: string) => void;
  where: ResultsWhere;
  onWhere: (next: ResultsWhere) => void;
  matched: number | null;
}) {
  const [result] = useQuery({ query: EvidencePickerSurveyQuery, variables: { slug } });
  const survey = result.data?.survey;
  if (result.error)
    return (
      <Alert color="red" role="alert" title="The survey's questions could not be loaded">
        {errorMessage(result.error)}
      </Alert>
    );
  if (!survey) return <Empty>Reading the survey’s questions…</Empty>;
  const questions = survey.sections.flatMap((s) => s.questions);
  const question = questions.find((q) => q.key === questionKey);
  const withOther = (q: (typeof questions)[number]) => [
    ...q.options,
    ...(q.allowOther ? [{ key: OTHER_KEY, label: 'Other' }] : []),
  ];
  const filterQuestions: FilterQuestion[] = questions
    .filter((q) => CHOICE_KINDS.has(q.kind))
    .map((q) => ({ key: q.key, text: q.text, options: withOther(q) }));
  return (
    <Stack gap="sm">
      {question && CHOICE_KINDS.has(question.kind) && (
        <NativeSelect
          label="Answer to quote"
          description={`From “${question.text}”`}
          value={optionKey}
          onChange={(e) => onOptionKey(e.currentTarget.value)}
          data={[
            { value: '', label: 'The whole question (every answer)' },
            ...withOther(question).map((o) => ({ value: o.key, label: optionLabel(o) })),
          ]}
        />
      )}
      <ResultsFilters
        questions={filterQuestions}
        where={where}
        onChange={onWhere}
        matched={matched ?? survey.responseCount}
        total={survey.responseCount}
        hint="The link keeps the filter with its figures."
      />
    </Stack>
  );
}
