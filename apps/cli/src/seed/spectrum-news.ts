/** The FAQ and the news the seed documents answer and announce. */
export const SPECTRUM_FAQ: { question: string; answer: string }[] = [
  {
    question: 'What is a Community of Practice?',
    answer:
      'A community of practice (CoP) is a group of people who "share a concern or a passion for something they do ' +
      'and learn how to do it better as they interact regularly" (Lave and Wenger). In practice, the SPECTRUM CoP ' +
      'brings together people with knowledge of, and interest in, solving a future problem, who are willing to ' +
      'confront a (slightly) different community and can speak a common language with infrastructure providers to ' +
      'describe their technical needs.',
  },
  {
    question: 'What is the SPECTRUM Community of Practice?',
    answer:
      'The bottom-up part of SPECTRUM, the EU project (Grant Agreement 101131550, January 2024 to June 2026) ' +
      'towards a computing strategy for data-intensive science infrastructures in Europe. Its mission: a connected ' +
      'community of scientists and infrastructure managers with a mutual understanding of future needs, associated ' +
      'challenges and their possible solutions. Its findings feed the Strategic Research, Innovation and Deployment ' +
      'Agenda (SRIDA) and the technical blueprint for a compute-and-data continuum.',
  },
  {
    question: 'Who can join?',
    answer:
      'Scientists and research software engineers of high-energy physics, radio astronomy and neighbouring fields, ' +
      'managers of scientific initiatives and of e-infrastructures (computing centres, storage, HPC, cloud and ' +
      'quantum providers), and policy makers and funders who want to follow the work. Sign in, then join one or more ' +
      'working groups; WG5 (Scientific Use cases) asks a chair to approve new members.',
  },
  {
    question: 'Which working groups are there?',
    answer:
      'Six thematic working groups: WG1 Data Management and Access, WG2 Workflow management and organization, WG3 ' +
      'Compute Environment, WG4 SW tools, WG5 Scientific Use cases (dedicated to use cases) and WG6 Facilities. ' +
      'Each has one or two chairs and a list of topics; many members sit in two or three groups.',
  },
  {
    question: 'How is the work of the CoP organised in time?',
    answer:
      'In two parts. In the first fifteen months the CoP collects needs, material and ideas, in particular through ' +
      'a survey. In the last fifteen months it collects less and discusses more, and writes the reports that lead ' +
      'to the SRIDA and the blueprint.',
  },
  {
    question: 'What is the SPECTRUM survey?',
    answer:
      'A conditional survey, run with JENA, that adapts to what you fill in at the beginning (who you are and your ' +
      'role in computing). Depending on your expertise it asks about authentication and authorisation, processing ' +
      'needs, data management needs, training and careers, the expected computing environment, use cases, and ' +
      'software development, distribution and policies.',
  },
  {
    question: 'How does the CoP relate to JENA and the European Strategy for Particle Physics?',
    answer:
      'JENA (the joint ECFA-NuPECC-APPEC initiative) launched working groups on HPC, software, data, AI and training ' +
      'on a similar timescale; their leaders are already members of SPECTRUM working groups. The update of the ' +
      'European Strategy for Particle Physics collects community input by March 2025, the same timescale as SPECTRUM.',
  },
  {
    question: 'How can I contribute?',
    answer:
      'Join the CoP and its working groups, take part in the meetings, share documents and use cases, fill in the ' +
      'survey, and subscribe to the newsletter.',
  },
];

export const SPECTRUM_NEWS = [
  {
    title: 'End of September 2024 update: Back to regular SPECTRUMCoP meetings',
    publishedAt: new Date('2024-09-27T10:00:00Z'),
    pinned: false,
    body: [
      'After the summer break the working groups of the SPECTRUM Community of Practice are **back to their regular ' +
        'meetings**: see the general calendar for the dates of your groups.',
      '',
      'The community survey has passed 80 submissions and is still open: if you have not filled it in yet, you ' +
        'are still in time. Over the next months the working groups will explore more use cases, interpret the ' +
        'survey and start drafting the report.',
    ].join('\n'),
  },
];
