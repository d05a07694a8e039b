// The survey definition the survey tests share.

/**
 * A survey with nested conditions: section "dev" is shown when role is dev, and inside it
 * gpu_kind is shown when uses_gpu is yes. Both hidden questions are required while shown.
 */
export function nestedSurvey(slug: string, extra: Record<string, unknown> = {}) {
  return {
    slug,
    title: `Survey ${slug}`,
    ...extra,
    sections: [
      {
        key: 'who',
        title: 'Who you are',
        questions: [
          {
            key: 'role',
            text: 'Your role',
            kind: 'SINGLE_CHOICE',
            required: true,
            options: [
              { key: 'dev', label: 'Developer' },
              { key: 'ops', label: 'Operations' },
            ],
          },
        ],
      },
      {
        key: 'dev',
        title: 'Development',
        showIf: { questionKey: 'role', anyOf: ['dev'] },
        questions: [
          {
            key: 'uses_gpu',
            text: 'GPUs?',
            kind: 'SINGLE_CHOICE',
            required: true,
            options: [
              { key: 'yes', label: 'Yes' },
              { key: 'no', label: 'No' },
            ],
          },
          {
            key: 'gpu_kind',
            text: 'Which GPUs?',
            kind: 'TEXT',
            required: true,
            showIf: { questionKey: 'uses_gpu', anyOf: ['yes'] },
          },
        ],
      },
      {
        key: 'more',
        title: 'More',
        questions: [
          { key: 'comment', text: 'Comment', kind: 'TEXT' },
          { key: 'score', text: 'Score', kind: 'SCALE', scaleMin: 1, scaleMax: 5 },
          { key: 'hours', text: 'Hours', kind: 'NUMBER' },
          {
            key: 'tools',
            text: 'Tools',
            kind: 'MULTIPLE_CHOICE',
            allowOther: true,
            options: [
              { key: 'a', label: 'A' },
              { key: 'b', label: 'B' },
            ],
          },
        ],
      },
    ],
  };
}
