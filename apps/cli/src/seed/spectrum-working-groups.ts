/**
 * The six working groups of the SPECTRUM CoP as the seed documents list them, with their
 * chairs (by demo e-mail; WG5 has two) and topics.
 */
export interface DemoWorkingGroup {
  code: string;
  name: string;
  description: string;
  joinPolicy: 'OPEN' | 'APPROVAL';
  chairs: string[];
  topics: string[];
}

export const SPECTRUM_WORKING_GROUPS: DemoWorkingGroup[] = [
  {
    code: 'WG1',
    name: 'Data Management and Access',
    description:
      'How data-intensive sciences store, move, archive and protect their data, and how they reach it.',
    joinPolicy: 'OPEN',
    chairs: ['stefano.bagnasco@example.org'],
    topics: ['Data Management', 'Data Access Protocols', 'Data Archiving', 'Security'],
  },
  {
    code: 'WG2',
    name: 'Workflow management and organization',
    description:
      'Finding resources, submitting and allocating work, and running complex workflows across them.',
    joinPolicy: 'OPEN',
    chairs: ['luca.dellagnello@example.org'],
    topics: ['Resource Discovery and Workflow Submission', 'Resource Allocation', 'Complex Workflows'],
  },
  {
    code: 'WG3',
    name: 'Compute Environment',
    description: 'The tools, services and libraries scientists expect to find where their jobs run.',
    joinPolicy: 'OPEN',
    chairs: ['concezio.bozzi@example.org'],
    topics: ['Expected Tools and Services', 'Facility Expectations', 'Edge Services', 'Library Provisioning'],
  },
  {
    code: 'WG4',
    name: 'SW tools',
    description:
      'Frameworks, toolchains and practices for writing, building and running scientific software.',
    joinPolicy: 'OPEN',
    chairs: ['john.swinbank@example.org'],
    topics: [
      'Machine Learning Frameworks',
      'Multithreading Frameworks',
      'Multi-Node Tools',
      'Compilers, toolchains, ...',
      'Quantum computing tools and frameworks',
      'Code Management Practices',
    ],
  },
  {
    code: 'WG5',
    name: 'Scientific Use cases',
    description:
      'Typical and future use cases of HEP and radio astronomy, from the science case to requirements and gaps. ' +
      'Use cases are analysed in depth with their experts, so joining asks for a chair’s approval.',
    joinPolicy: 'APPROVAL',
    chairs: ['chiara.ferrari@example.org', 'maria.girone@example.org'],
    topics: [
      'Typical Use Cases',
      'Requirements and Needs',
      'Best Practices Collection',
      'Data Fluxes and Paths',
    ],
  },
  {
    code: 'WG6',
    name: 'Facilities',
    description:
      'HPC centres, quantum hardware, commercial and public clouds, and how to run them sustainably.',
    joinPolicy: 'OPEN',
    chairs: ['hans-christian.hoppe@example.org'],
    topics: [
      'HPC Centers',
      'Access to Quantum Computing Hardware',
      'Access to Commercial and Public Clouds',
      'Sustainability',
      'Security',
    ],
  },
];
