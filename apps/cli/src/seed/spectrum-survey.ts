import type { AnswerInputLike, SurveyFieldsInput, SurveysService } from '@cop/surveys';

/**
 * The SPECTRUM-JENA survey (seeds/: "SPECTRUMCoP: The survey!"): "Present yourself" and "Your
 * role in computing" first, then sections shown by the role and infrastructure answers.
 */
export const SPECTRUM_SURVEY_SLUG = 'spectrum-jena-survey-1';

const DOMAINS: { key: string; label: string; count: number }[] = [
  { key: 'hep_exp', label: 'Experimental High Energy Physics (HEP)', count: 30 },
  { key: 'hep_th', label: 'Theoretical High Energy Physics (HEP)', count: 15 },
  { key: 'ra', label: 'Observational Radio Astronomy (RA)', count: 8 },
  { key: 'gw_exp', label: 'Experimental Gravitational Waves (GW)', count: 6 },
  { key: 'gw_th', label: 'Theoretical Gravitational Waves (GW)', count: 2 },
  { key: 'np_exp', label: 'Experimental Nuclear Physics (NP)', count: 9 },
  { key: 'np_th', label: 'Theoretical Nuclear Physics (NP)', count: 12 },
  { key: 'astroparticle', label: 'Observational Astroparticle (not RA or GW)', count: 9 },
  { key: 'other_physics', label: 'Other physics related domains (please specify below)', count: 6 },
  {
    key: 'other_research',
    label: 'Other non-physics related research domains (please specify below)',
    count: 4,
  },
];

const ROLES = [
  {
    key: 'researcher',
    label: 'Researcher / user of scientific computing resources (doing analysis, R&D, operations, ...)',
  },
  {
    key: 'initiative_manager',
    label: 'Manager of a scientific initiative (for example, an experiment, an instrument, an observatory)',
  },
  {
    key: 'infrastructure_manager',
    label:
      'Manager of an e-Infrastructure (for example a computing centre, a storage facility, a distributed computing facility)',
  },
  {
    key: 'rse',
    label: 'Research software engineer (writing, testing and managing code for an initiative)',
  },
];

const yesNo = [
  { key: 'yes', label: 'Yes' },
  { key: 'no', label: 'No' },
];

export const SPECTRUM_SURVEY: SurveyFieldsInput = {
  slug: SPECTRUM_SURVEY_SLUG,
  title: 'SPECTRUM-JENA Survey 1',
  description:
    'The SPECTRUM Community of Practice survey on the computing needs of data-intensive science. ' +
    'It adapts to what you fill in at the beginning: depending on your area of expertise, topics ' +
    'include authentication and authorization, processing and data management needs, training and ' +
    'careers, the expected computing environment, use cases, and software development, distribution ' +
    'and policies.',
  anonymous: true,
  opensAt: new Date('2024-06-01T00:00:00Z'),
  closesAt: new Date('2024-10-31T23:59:59Z'),
  sections: [
    {
      key: 'present',
      title: 'Present yourself',
      questions: [
        { key: 'country', text: 'In which country do you work?', kind: 'TEXT' },
        {
          key: 'career_stage',
          text: 'Which is your career stage?',
          kind: 'SINGLE_CHOICE',
          options: [
            { key: 'student', label: 'PhD student' },
            { key: 'early', label: 'Early career (up to 10 years after the PhD)' },
            { key: 'senior', label: 'Senior' },
          ],
        },
        {
          key: 'domains',
          text: 'Which is/are your scientific domain(s) of expertise (if applicable)?',
          kind: 'MULTIPLE_CHOICE',
          options: DOMAINS.map(({ key, label }) => ({ key, label })),
          // The seed slide gives this table's "Fraction (%)" of the 101 choices (30 = 29.7 %).
          resultMeasure: 'SHARE',
        },
        {
          key: 'domains_other',
          text: 'Please specify your other domain(s)',
          kind: 'TEXT',
          showIf: { questionKey: 'domains', anyOf: ['other_physics', 'other_research'] },
        },
      ],
    },
    {
      key: 'role',
      title: 'Your role in computing',
      questions: [
        {
          key: 'roles',
          text: 'Which are the categories which better describe your role(s)?',
          kind: 'MULTIPLE_CHOICE',
          required: true,
          allowOther: true,
          options: ROLES,
        },
        {
          key: 'infrastructure_manager',
          text: 'Are you (ALSO) manager of an infrastructure? (computing centre, a federated infrastructure, a data centre, ...)',
          kind: 'SINGLE_CHOICE',
          required: true,
          options: yesNo,
        },
      ],
    },
    {
      key: 'aai',
      title: 'Authentication and Authorization',
      showIf: { questionKey: 'roles', anyOf: ['infrastructure_manager', 'rse'] },
      questions: [
        {
          key: 'federated_identity',
          text: 'Do your users sign in with a federated identity (eduGAIN, an AAI proxy, ...)?',
          kind: 'SINGLE_CHOICE',
          options: [...yesNo, { key: 'planned', label: 'Planned' }],
        },
        {
          key: 'aai_issues',
          text: 'Which problems do you meet with authentication and authorization?',
          kind: 'TEXT',
          showIf: { questionKey: 'federated_identity', anyOf: ['yes', 'planned'] },
        },
      ],
    },
    {
      key: 'processing',
      title: 'Processing Needs',
      showIf: { questionKey: 'roles', anyOf: ['researcher', 'initiative_manager'] },
      questions: [
        {
          key: 'resources',
          text: 'Which computing resources do you use?',
          kind: 'MULTIPLE_CHOICE',
          allowOther: true,
          options: [
            { key: 'htc', label: 'High-throughput computing (grid, batch farms)' },
            { key: 'hpc', label: 'High-performance computing (supercomputers)' },
            { key: 'cloud', label: 'Cloud resources' },
            { key: 'gpu', label: 'GPUs and other accelerators' },
          ],
        },
        {
          key: 'gpu_importance',
          text: 'How important will accelerators be for your work in five years? (1 = not at all, 5 = essential)',
          kind: 'SCALE',
          scaleMin: 1,
          scaleMax: 5,
          showIf: { questionKey: 'resources', anyOf: ['gpu'] },
        },
      ],
    },
    {
      key: 'data',
      title: 'Data Management Needs',
      showIf: { questionKey: 'roles', anyOf: ['researcher', 'initiative_manager', 'infrastructure_manager'] },
      questions: [
        {
          key: 'data_volume',
          text: 'Which data volume does your work handle each year?',
          kind: 'SINGLE_CHOICE',
          options: [
            { key: 'tb', label: 'Less than 100 TB' },
            { key: 'pb', label: '100 TB to 10 PB' },
            { key: 'epb', label: 'More than 10 PB' },
          ],
        },
      ],
    },
    {
      key: 'training',
      title: 'Training and careers',
      questions: [
        {
          key: 'training_need',
          text: 'How much do you need training in computing? (1 = none, 5 = a lot)',
          kind: 'SCALE',
          scaleMin: 1,
          scaleMax: 5,
        },
        { key: 'career_comments', text: 'Comments on careers in scientific computing', kind: 'TEXT' },
      ],
    },
    {
      key: 'environment',
      title: 'Expected Computing Environment',
      showIf: { questionKey: 'infrastructure_manager', anyOf: ['yes'] },
      questions: [
        {
          key: 'cores',
          text: 'How many CPU cores does your infrastructure provide?',
          kind: 'NUMBER',
        },
      ],
    },
    {
      key: 'use_cases',
      title: 'Use cases',
      questions: [
        {
          key: 'provide_use_case',
          text: 'Would you describe a use case of yours for the SPECTRUM compendium?',
          kind: 'SINGLE_CHOICE',
          options: yesNo,
        },
        {
          key: 'use_case_summary',
          text: 'Summarise your use case',
          kind: 'TEXT',
          showIf: { questionKey: 'provide_use_case', anyOf: ['yes'] },
        },
      ],
    },
    {
      key: 'software',
      title: 'Software development, distribution, policies',
      showIf: { questionKey: 'roles', anyOf: ['rse'] },
      questions: [
        {
          key: 'languages',
          text: 'Which languages do you develop in?',
          kind: 'MULTIPLE_CHOICE',
          allowOther: true,
          options: [
            { key: 'cpp', label: 'C++' },
            { key: 'python', label: 'Python' },
            { key: 'julia', label: 'Julia' },
            { key: 'fortran', label: 'Fortran' },
          ],
        },
        {
          key: 'distribution',
          text: 'How do you distribute your software?',
          kind: 'SINGLE_CHOICE',
          options: [
            { key: 'cvmfs', label: 'CVMFS' },
            { key: 'containers', label: 'Containers' },
            { key: 'packages', label: 'Package managers (Spack, conda, ...)' },
          ],
        },
      ],
    },
  ],
};

const OTHER_ROLES = ['Data scientist', 'Policy advisor', 'Project officer', 'Educator'];
const OTHER_DOMAINS = ['Solar physics', 'Plasma physics', 'Medical physics', 'Climate science', 'Genomics'];
const COUNTRIES = ['Italy', 'France', 'Germany', 'Spain', 'Netherlands', 'Switzerland', 'Poland', 'Portugal'];

/**
 * 80 synthetic submitted responses reproducing the seed tables exactly: roles 65 / 11 / 19 / 20
 * and 4 Other (119 choices); infrastructure managers 22 yes, 58 no; scientific domains 101
 * choices (30 experimental HEP, ...). Everything else varies deterministically with the index.
 */
export function spectrumResponses(): { submittedAt: Date; answers: AnswerInputLike[] }[] {
  // The 101 domain choices in table order: respondent i takes choice i, and 0..20 also take 80+i
  // (the tail of the table, so nobody picks one domain twice).
  const choices = DOMAINS.flatMap((d) => Array<string>(d.count).fill(d.key));
  const out: { submittedAt: Date; answers: AnswerInputLike[] }[] = [];
  for (let i = 0; i < 80; i++) {
    const roles: string[] = [];
    if (i < 65) roles.push('researcher');
    if (i >= 24 && i <= 34) roles.push('initiative_manager');
    if (i <= 3 || i >= 65) roles.push('infrastructure_manager');
    if (i >= 4 && i <= 23) roles.push('rse');
    const otherRole = i >= 35 && i <= 38 ? OTHER_ROLES[i - 35] : null;
    if (otherRole) roles.push('other');
    const infra = i >= 60 || i <= 1 ? 'yes' : 'no';
    const domains = [choices[i], ...(i + 80 < choices.length ? [choices[i + 80]] : [])];

    const answers: AnswerInputLike[] = [
      { questionKey: 'country', text: COUNTRIES[i % COUNTRIES.length] },
      { questionKey: 'career_stage', optionKeys: [['student', 'early', 'senior'][i % 3]] },
      { questionKey: 'domains', optionKeys: domains },
      { questionKey: 'roles', optionKeys: roles, otherText: otherRole },
      { questionKey: 'infrastructure_manager', optionKeys: [infra] },
    ];
    if (domains.some((d) => d === 'other_physics' || d === 'other_research'))
      answers.push({ questionKey: 'domains_other', text: OTHER_DOMAINS[i % OTHER_DOMAINS.length] });
    if (roles.includes('infrastructure_manager') || roles.includes('rse')) {
      const federated = ['yes', 'no', 'planned'][i % 3];
      answers.push({ questionKey: 'federated_identity', optionKeys: [federated] });
      if (federated !== 'no' && i % 2 === 0)
        answers.push({ questionKey: 'aai_issues', text: 'Guest users from outside the federation' });
    }
    if (roles.includes('researcher') || roles.includes('initiative_manager')) {
      const resources = ['htc', ...(i % 2 ? ['gpu'] : []), ...(i % 5 === 0 ? ['hpc'] : [])];
      answers.push({ questionKey: 'resources', optionKeys: resources });
      if (resources.includes('gpu')) answers.push({ questionKey: 'gpu_importance', number: 3 + (i % 3) });
    }
    if (roles.some((r) => r === 'researcher' || r === 'initiative_manager' || r === 'infrastructure_manager'))
      answers.push({ questionKey: 'data_volume', optionKeys: [['tb', 'pb', 'epb'][i % 3]] });
    if (i % 4 !== 3) answers.push({ questionKey: 'training_need', number: 1 + (i % 5) });
    if (i % 10 === 0)
      answers.push({
        questionKey: 'career_comments',
        text: 'Software careers need recognition in academia.',
      });
    if (infra === 'yes') answers.push({ questionKey: 'cores', number: 1000 * (1 + (i % 7)) });
    const useCase = i % 4 === 0 ? 'yes' : 'no';
    answers.push({ questionKey: 'provide_use_case', optionKeys: [useCase] });
    if (useCase === 'yes')
      answers.push({
        questionKey: 'use_case_summary',
        text: `Use case ${i + 1}: analysis on a federated cloud`,
      });
    if (roles.includes('rse')) {
      answers.push({ questionKey: 'languages', optionKeys: i % 2 ? ['cpp', 'python'] : ['python'] });
      answers.push({ questionKey: 'distribution', optionKeys: [['cvmfs', 'containers', 'packages'][i % 3]] });
    }
    out.push({ submittedAt: new Date(Date.UTC(2024, 5, 3 + Math.floor(i / 3), 9, i % 60)), answers });
  }
  return out;
}

/** Seeds the survey, CLOSED, with its 80 responses; does nothing when its slug exists. */
export function seedSpectrumSurvey(surveys: SurveysService): Promise<boolean> {
  return surveys.importSurvey(SPECTRUM_SURVEY, 'CLOSED', spectrumResponses());
}
