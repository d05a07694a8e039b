import type {
  RequirementCategory,
  RequirementUnit,
  ScientificDomain,
  UseCaseStatus,
} from '../../gql/graphql';

/**
 * The eight parts of the seeds' use-case template, in its order. `key` is the UseCase field
 * (and the name a refused COMPLETE gives in extensions.fields); `anchor` the section's id.
 * The seeds list the parts only: the guidance follows their aim, "from science case to
 * technical challenges, requirements, gaps; both technical and policy aspects".
 */
export const PARTS = [
  {
    key: 'scientificChallenge',
    title: 'Scientific challenge',
    guidance:
      'The science case: what the community wants to find out, and why it needs computing and data at scale.',
  },
  {
    key: 'storage',
    title: 'Storage',
    guidance: 'How much data is kept, where and for how long: raw data, derived data, copies, tape and disk.',
  },
  {
    key: 'dataTransport',
    title: 'Data transport',
    guidance:
      'How data moves between instruments, centres and users: rates, peaks, networks and transfer services.',
  },
  {
    key: 'compute',
    title: 'Compute',
    guidance: 'The processing needed: CPU and GPU hours, HPC or HTC, where it runs and how it scales.',
  },
  {
    key: 'workflowManagement',
    title: 'Workflow management',
    guidance: 'How the processing is organised: workflow and workload systems, scheduling, provenance.',
  },
  {
    key: 'accessAndAnalysis',
    title: 'Access and analysis',
    guidance:
      'How scientists reach the data and analyse it: facilities, notebooks, authentication, open data.',
  },
  {
    key: 'gapAnalysis',
    title: 'Gap analysis',
    guidance: 'What is missing between the needs above and what infrastructures offer today or plan to.',
  },
  {
    key: 'nonTechnicalChallenges',
    title: 'Non-technical challenges',
    guidance: 'Policies, funding, skills and careers, sustainability, governance: what no technology solves.',
  },
] as const;

export type PartKey = (typeof PARTS)[number]['key'];

export const partAnchor = (key: string) => `part-${key}`;

export const STATUS_ORDER: UseCaseStatus[] = ['PROPOSED', 'SELECTED', 'IN_ANALYSIS', 'COMPLETE'];

export const STATUS_WORDS: Record<UseCaseStatus, string> = {
  PROPOSED: 'Proposed',
  SELECTED: 'Selected',
  IN_ANALYSIS: 'In analysis',
  COMPLETE: 'Complete',
};

export const STATUS_COLOR: Record<UseCaseStatus, string> = {
  PROPOSED: 'gray',
  SELECTED: 'blue',
  IN_ANALYSIS: 'grape',
  COMPLETE: 'teal',
};

/** The seeds' survey words for the domains. */
export const DOMAIN_WORDS: Record<ScientificDomain, string> = {
  HEP_EXPERIMENTAL: 'Experimental High Energy Physics',
  HEP_THEORETICAL: 'Theoretical High Energy Physics',
  RADIO_ASTRONOMY: 'Observational Radio Astronomy',
  GRAVITATIONAL_WAVES_EXPERIMENTAL: 'Experimental Gravitational Waves',
  GRAVITATIONAL_WAVES_THEORETICAL: 'Theoretical Gravitational Waves',
  NUCLEAR_PHYSICS_EXPERIMENTAL: 'Experimental Nuclear Physics',
  NUCLEAR_PHYSICS_THEORETICAL: 'Theoretical Nuclear Physics',
  ASTROPARTICLE: 'Observational Astroparticle',
  OTHER_PHYSICS: 'Other physics',
  OTHER_RESEARCH: 'Other research',
};

export const DOMAINS = Object.keys(DOMAIN_WORDS) as ScientificDomain[];

export const CATEGORY_WORDS: Record<RequirementCategory, string> = {
  STORAGE: 'Storage',
  DATA_TRANSPORT: 'Data transport',
  COMPUTE: 'Compute',
};

export const CATEGORIES = Object.keys(CATEGORY_WORDS) as RequirementCategory[];

export const UNIT_WORDS: Record<RequirementUnit, string> = {
  TB: 'TB',
  PB: 'PB',
  EB: 'EB',
  GBIT_PER_S: 'Gbit/s',
  TBIT_PER_S: 'Tbit/s',
  CORE_HOURS: 'core-hours',
  GPU_HOURS: 'GPU-hours',
};

/** The units each category takes, as the API checks them (UNITS_OF in libs/use-cases). */
export const UNITS_OF: Record<RequirementCategory, RequirementUnit[]> = {
  STORAGE: ['TB', 'PB', 'EB'],
  DATA_TRANSPORT: ['GBIT_PER_S', 'TBIT_PER_S'],
  COMPUTE: ['CORE_HOURS', 'GPU_HOURS'],
};

const number = new Intl.NumberFormat('en', { maximumFractionDigits: 3 });

/** "3.5 PB", "8,000,000,000 core-hours". */
export function amountWords(value: number, unit: RequirementUnit): string {
  return `${number.format(value)} ${UNIT_WORDS[unit]}`;
}

/** "5 of 8 parts" from the API's completeness (0 to 1). */
export function partsFilled(completeness: number): number {
  return Math.round(completeness * PARTS.length);
}
