import { z } from 'zod';
import { graphql } from '../../gql';
import type { DocumentInput, DocumentKind, Visibility } from '../../gql/graphql';

/** What the post and edit form holds: the document's input, as the inputs hold it. */
export type DocumentFormValues = {
  title: string;
  summary: string;
  body: string;
  kind: DocumentKind;
  visibility: Visibility;
  workingGroupIds: string[];
  topicIds: string[];
  tags: string[];
  externalUrl: string;
};

export const DOCUMENT_KINDS: DocumentKind[] = [
  'NOTE',
  'REPORT',
  'PAPER',
  'SLIDES',
  'DATASET',
  'LINK',
  'MINUTES',
  'USE_CASE',
];

/** The server's own bounds (DocumentInput), checked first in the browser. */
export const documentFormSchema = z
  .object({
    title: z.string().trim().min(1, 'Give the document a title.').max(300, 'At most 300 characters.'),
    summary: z.string().max(2000, 'At most 2000 characters.'),
    body: z.string(),
    kind: z.string(),
    visibility: z.string(),
    workingGroupIds: z.array(z.string()).max(20, 'At most 20 working groups.'),
    topicIds: z.array(z.string()).max(50, 'At most 50 topics.'),
    tags: z.array(z.string().max(50, 'A tag has at most 50 characters.')).max(30, 'At most 30 tags.'),
    externalUrl: z
      .string()
      .trim()
      .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'An http or https address, or nothing.'),
  })
  .refine((v) => v.visibility !== 'WORKING_GROUP' || v.workingGroupIds.length > 0, {
    path: ['workingGroupIds'],
    message: 'A document for a working group needs its group.',
  });

export function emptyDocumentValues(groupIds: string[] = []): DocumentFormValues {
  return {
    title: '',
    summary: '',
    body: '',
    kind: 'NOTE',
    visibility: groupIds.length ? 'WORKING_GROUP' : 'COMMUNITY',
    workingGroupIds: groupIds,
    topicIds: [],
    tags: [],
    externalUrl: '',
  };
}

/** What the form edits of a document (the edit page's and the conflict screen's reads). */
export const DocumentFormSourceFields = graphql(`
  fragment DocumentFormSource on Document {
    id
    version
    title
    summary
    body
    kind
    visibility
    tags
    externalUrl
    workingGroups {
      id
      code
    }
    topics {
      id
    }
  }
`);

/** The form's values of a document as the API gives it. */
export function documentValues(d: {
  title: string;
  summary?: string | null;
  body?: string | null;
  kind: DocumentKind;
  visibility: Visibility;
  workingGroups: readonly { id: string }[];
  topics: readonly { id: string }[];
  tags: readonly string[];
  externalUrl?: unknown;
}): DocumentFormValues {
  return {
    title: d.title,
    summary: d.summary ?? '',
    body: d.body ?? '',
    kind: d.kind,
    visibility: d.visibility,
    workingGroupIds: d.workingGroups.map((g) => g.id),
    topicIds: d.topics.map((t) => t.id),
    tags: [...d.tags],
    externalUrl: typeof d.externalUrl === 'string' ? d.externalUrl : '',
  };
}

export function toDocumentInput(v: DocumentFormValues): DocumentInput {
  return {
    title: v.title.trim(),
    summary: v.summary.trim() || null,
    body: v.body || null,
    kind: v.kind,
    visibility: v.visibility,
    workingGroupIds: v.workingGroupIds,
    // Topics follow the chosen groups: one of a group no longer chosen is not sent.
    topicIds: v.topicIds,
    tags: v.tags,
    externalUrl: v.externalUrl.trim() || null,
  };
}

/** Whether two sets of values say the same (the draft and the conflict screen compare them). */
export function sameValues(a: DocumentFormValues, b: DocumentFormValues): boolean {
  return JSON.stringify(toDocumentInput(a)) === JSON.stringify(toDocumentInput(b));
}

/** The form field a server error path (`input.workingGroupIds`) belongs to. */
export function documentFieldOf(path: string): keyof DocumentFormValues | undefined {
  const last = path.split('.').pop() ?? '';
  const fields: (keyof DocumentFormValues)[] = [
    'title',
    'summary',
    'body',
    'kind',
    'visibility',
    'workingGroupIds',
    'topicIds',
    'tags',
    'externalUrl',
  ];
  return fields.find((f) => f === last);
}
