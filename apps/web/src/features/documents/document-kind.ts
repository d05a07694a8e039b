import type { DocumentKind } from '../../gql/graphql';

/** A document's kind in words: "Use case", not USE_CASE. */
export const DOCUMENT_KIND_WORDS: Record<DocumentKind, string> = {
  DATASET: 'Dataset',
  LINK: 'Link',
  MINUTES: 'Minutes',
  NOTE: 'Note',
  PAPER: 'Paper',
  REPORT: 'Report',
  SLIDES: 'Slides',
  USE_CASE: 'Use case',
};
