import type { ExpertiseLevel, ExpertiseTermKind, ExpertiseVisibility } from '../../gql/graphql';

/** A level in words: the text, not a colour, tells "knows" from "wants to work on". */
export const LEVEL_WORDS: Record<ExpertiseLevel, string> = {
  KNOWS: 'Knows',
  WANTS_TO_WORK_ON: 'Wants to work on',
};

/** The level as it reads before a term: "knows: FPGA", "wants to work on: Radio astronomy". */
export const LEVEL_PREFIX: Record<ExpertiseLevel, string> = {
  KNOWS: 'knows',
  WANTS_TO_WORK_ON: 'wants to work on',
};

export const LEVELS: ExpertiseLevel[] = ['KNOWS', 'WANTS_TO_WORK_ON'];

/** Where a term comes from, for the picker's groups and the office's list. */
export const KIND_WORDS: Record<ExpertiseTermKind, string> = {
  DOMAIN: 'Scientific domain',
  TOPIC: 'Working group topic',
  TAG: 'Free tag',
};

export const VISIBILITY_WORDS: Record<ExpertiseVisibility, { label: string; explained: string }> = {
  MEMBERS: {
    label: 'Members only',
    explained:
      'Members of the community see your expertise on your profile and can find you by it in the directory and in suggestions of experts and presenters.',
  },
  PRIVATE: {
    label: 'Private',
    explained:
      'Only you see it. Nobody finds you by it in the directory, and you are not suggested as an expert or presenter.',
  },
};

export const isLevel = (v: string | null): v is ExpertiseLevel => v === 'KNOWS' || v === 'WANTS_TO_WORK_ON';
