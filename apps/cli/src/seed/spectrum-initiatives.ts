import type { WorkingGroupsRepository } from '@cop/community';
import type { PeopleRepository } from '@cop/identity';
import type { InitiativesRepository } from '@cop/initiatives';

/**
 * The initiatives the seed slides name beside the CoP: JENA (Joint ECFA-NuPECC-APPEC
 * activities) and its five working groups, "launched after SPECTRUM was submitted, on a
 * timescale similar to ours, their leaders already members of SPECTRUM WGs" (WG3's chair is
 * JENA-HPC); and the update of the European Strategy for Particle Physics, which took the
 * community's inputs by March 2025, "also a target for JENA". The links and the people marked
 * are the demo's reading of the slides, not an official roster.
 */
export const JENA = {
  slug: 'jena',
  name: 'Joint ECFA-NuPECC-APPEC activities',
  description:
    'JENA brings together the three committees of high-energy, nuclear and astroparticle physics in Europe ' +
    '(ECFA, NuPECC and APPEC). After a workshop in 2023 it launched working groups on computing, on a ' +
    'timescale similar to SPECTRUM’s; several of their leaders already sit in the CoP’s working groups.',
  url: null as string | null,
};

/** JENA's working groups in the slides' order, the CoP groups they match, and who sits in both. */
export const JENA_GROUPS: { name: string; description: string; links: string[]; people: string[] }[] = [
  {
    name: 'WG1: HPC',
    description: 'High-performance computing for the three communities.',
    links: ['WG3', 'WG6'],
    people: ['concezio.bozzi@example.org', 'stefan.huber@example.org'],
  },
  {
    name: 'WG2: Software',
    description: 'Software development, sustainability and tools.',
    links: ['WG4'],
    people: ['nadia.petrova@example.org', 'anna.schmidt@example.org'],
  },
  {
    name: 'WG3: Data',
    description: 'Data management, access and preservation.',
    links: ['WG1'],
    people: ['sophie.laurent@example.org'],
  },
  {
    name: 'WG4: AI',
    description: 'Machine learning and artificial intelligence.',
    links: ['WG4'],
    people: ['camille.dubois@example.org'],
  },
  {
    name: 'WG5: Training, Dissemination, Education',
    description: 'Training, dissemination and education.',
    links: [],
    people: ['francesca.greco@example.org'],
  },
];

/** Targets with due dates: one past (the Strategy's inputs), SPECTRUM's deliverables ahead. */
export const DEMO_TARGETS: {
  name: string;
  description: string;
  url: string | null;
  dueDate: string;
  jena: boolean;
}[] = [
  {
    name: 'European Strategy update: inputs',
    description:
      'The update of the European Strategy for Particle Physics, moved one year earlier, receives the ' +
      'community’s inputs by March 2025. A target for JENA too.',
    url: 'https://europeanstrategyupdate.web.cern.ch/',
    dueDate: '2025-03-31',
    jena: true,
  },
  {
    name: 'SPECTRUM technical blueprint: draft',
    description:
      'A proposal for a compute-and-data trans-continuum infrastructure design and architecture, fed by the ' +
      'CoP’s use cases and requirements.',
    url: 'https://www.spectrumproject.eu/',
    dueDate: '2027-03-31',
    jena: false,
  },
  {
    name: 'SRIDA draft',
    description:
      'The Strategic Research, Innovation and Deployment Agenda: vision, goals, priorities and a roadmap for ' +
      'data-intensive science and infrastructures, with the CoP’s recommendations.',
    url: 'https://www.spectrumproject.eu/',
    dueDate: '2027-06-30',
    jena: false,
  },
];

/**
 * Idempotent: the initiative by slug, each group by name, each target by name; links and marks
 * are set-like. Rows edited since are left alone.
 */
export async function seedSpectrumInitiatives(
  initiatives: InitiativesRepository,
  people: PeopleRepository,
  groups: WorkingGroupsRepository,
): Promise<void> {
  const now = new Date();
  const jena =
    (await initiatives.initiativeBySlug(JENA.slug)) ?? (await initiatives.insertInitiative(JENA, now));
  const existing = await initiatives.groupsOfInitiatives([jena.id]);
  for (const g of JENA_GROUPS) {
    const group =
      existing.find((e) => e.name === g.name) ??
      (await initiatives.insertGroup(jena.id, { name: g.name, description: g.description }));
    for (const code of g.links) {
      const workingGroup = await groups.findByCode(code);
      if (workingGroup) await initiatives.link(group.id, workingGroup.id, null, now);
    }
    for (const email of g.people) {
      const person = await people.findByEmail(email);
      if (person) await initiatives.mark(group.id, person.id, null, now);
    }
  }
  for (const t of DEMO_TARGETS) {
    if (await initiatives.targetByName(t.name)) continue;
    await initiatives.insertTarget(
      {
        name: t.name,
        description: t.description,
        url: t.url,
        dueDate: t.dueDate,
        initiativeId: t.jena ? jena.id : null,
      },
      now,
    );
  }
}
