import type { CommunityPhaseData } from '@cop/community';

/** The SPECTRUM Community of Practice, as the seed documents describe it. */
export const SPECTRUM_COMMUNITY = {
  name: 'SPECTRUM Community of Practice',
  shortName: 'SPECTRUM CoP',
  mission:
    'The SPECTRUM Community of Practice (CoP) aims to create a connected community of scientists and infrastructure ' +
    'managers having a mutual understanding of future needs, associated challenges and their possible solutions.',
  description:
    'The bottom-up part of SPECTRUM, the EU project towards a computing strategy for data-intensive science ' +
    'infrastructures in Europe (high-energy physics, radio astronomy and neighbouring fields). Six thematic working ' +
    'groups, one of them dedicated to use cases, collect needs, material and ideas, run a community survey and ' +
    'distil them into reports that feed the Strategic Research, Innovation and Deployment Agenda (SRIDA) and the ' +
    'technical blueprint for a compute-and-data continuum.',
  phases: [
    {
      name: 'Collecting needs',
      startsOn: '2024-01-01',
      endsOn: '2025-03-31',
      description:
        'First 15 months: collecting needs, material and ideas, in particular through a survey (bottom-up approach).',
    },
    {
      name: 'Discussing and writing reports',
      startsOn: '2025-04-01',
      endsOn: '2026-06-30',
      description:
        'Last 15 months: less collecting and more discussing; writing reports towards the SRIDA and the blueprint.',
    },
  ] satisfies CommunityPhaseData[],
};
