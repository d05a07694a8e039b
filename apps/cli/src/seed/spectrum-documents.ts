import type { WorkingGroupsRepository } from '@cop/community';
import type { PeopleRepository } from '@cop/identity';
import type { DocumentsRepository, DocumentKindValue, VisibilityValue } from '@cop/knowledge';

/** A handful of illustrative knowledge-base documents in several groups and visibilities. */
interface DemoDocument {
  title: string;
  summary: string;
  body: string;
  kind: DocumentKindValue;
  visibility: VisibilityValue;
  externalUrl: string | null;
  tags: string[];
  author: string;
  groups: string[];
  topics: string[];
}

export const SPECTRUM_DOCUMENTS: DemoDocument[] = [
  {
    title: 'Example: Strategic Research and Innovation Agenda, first draft',
    summary: 'The community vision for data-intensive science computing, open for comments.',
    body: '## Scope\n\nExascale data volumes from **high-energy physics** and **radio astronomy** need a shared\ncompute continuum: data lakes, federated access and workflow management.\n\n## Next steps\n\n- Collect use cases\n- Run the survey\n- Draft the technical blueprint',
    kind: 'REPORT',
    visibility: 'PUBLIC',
    externalUrl: null,
    tags: ['sria', 'roadmap'],
    author: 'office@example.org',
    groups: [],
    topics: [],
  },
  {
    title: 'Example: Data lake architectures compared',
    summary: 'Notes on federated storage, caching layers and data archiving for WG1.',
    body: 'We compared three **data lake** prototypes: caching at the edge, tape-backed archives and\nobject storage. Archiving policies differ most in how they recall cold data.',
    kind: 'NOTE',
    visibility: 'COMMUNITY',
    externalUrl: null,
    tags: ['data lake', 'storage', 'archiving'],
    author: 'stefano.bagnasco@example.org',
    groups: ['WG1'],
    topics: ['Data Management', 'Data Archiving'],
  },
  {
    title: 'Example: WG2 kick-off slides',
    summary: 'Workflow submission and resource allocation: where we start.',
    body: 'Slides of the kick-off meeting. Complex workflows across HPC and cloud resources.',
    kind: 'SLIDES',
    visibility: 'WORKING_GROUP',
    externalUrl: null,
    tags: ['workflows', 'kick-off'],
    author: 'luca.dellagnello@example.org',
    groups: ['WG2'],
    topics: ['Complex Workflows'],
  },
  {
    title: 'Example: Minutes of the WG4 meeting on radio astronomy pipelines',
    summary: 'Attendance, decisions and actions.',
    body: '**Decisions**: adopt a common container format for imaging pipelines.\n\n**Actions**: collect\nlong-tail researcher requirements before the next meeting.',
    kind: 'MINUTES',
    visibility: 'WORKING_GROUP',
    externalUrl: null,
    tags: ['minutes', 'radio astronomy'],
    author: 'john.swinbank@example.org',
    groups: ['WG4'],
    topics: [],
  },
  {
    title: 'Example: Open data set of benchmark workloads',
    summary: 'A public link to reference workloads used for the performance comparisons.',
    body: 'Reference HPC and HTC workloads with their inputs, for reproducible benchmarks.',
    kind: 'DATASET',
    visibility: 'PUBLIC',
    externalUrl: 'https://zenodo.org/',
    tags: ['benchmark', 'open data'],
    author: 'concezio.bozzi@example.org',
    groups: ['WG3'],
    topics: [],
  },
];

/** Idempotent by title: documents already there (and edited since) are left alone. */
export async function seedSpectrumDocuments(
  documents: DocumentsRepository,
  people: PeopleRepository,
  groups: WorkingGroupsRepository,
): Promise<void> {
  const at = new Date('2024-03-01T09:00:00Z');
  for (const d of SPECTRUM_DOCUMENTS) {
    if (await documents.findByTitle(d.title)) continue;
    const author = await people.findByEmail(d.author);
    if (!author) continue;
    const groupIds: string[] = [];
    for (const code of d.groups) {
      const group = await groups.findByCode(code);
      if (group) groupIds.push(group.id);
    }
    const topics = groupIds.length ? await groups.topicsOfGroups(groupIds) : [];
    const topicIds = topics.filter((t) => d.topics.includes(t.name)).map((t) => t.id);
    const doc = await documents.insert({
      title: d.title,
      summary: d.summary,
      body: d.body,
      kind: d.kind,
      visibility: d.visibility,
      externalUrl: d.externalUrl,
      tags: d.tags,
      authorId: author.id,
      at,
    });
    await documents.setGroups(doc.id, groupIds);
    await documents.setTopics(doc.id, topicIds);
    await documents.insertVersion({
      documentId: doc.id,
      version: 1,
      title: doc.title,
      summary: doc.summary,
      body: doc.body,
      editedBy: author.id,
      editedAt: at,
    });
  }
}
