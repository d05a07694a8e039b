import type { WorkingGroupsRepository } from '@cop/community';
import type { PeopleRepository } from '@cop/identity';
import type { RequirementFields, UseCasesRepository } from '@cop/use-cases';

/**
 * Illustrative use cases of the communities the seed documents name: an LHC experiment, a
 * radio-astronomy observatory and a gravitational-wave detector. Marked "Example:" and
 * is_example; the figures are plausible orders of magnitude, not official projections.
 */
export interface DemoUseCase {
  title: string;
  summary: string;
  status: 'PROPOSED' | 'SELECTED' | 'IN_ANALYSIS' | 'COMPLETE';
  domains: string[];
  createdBy: string;
  experts: string[];
  groups: string[];
  parts: {
    scientificChallenge: string | null;
    storage: string | null;
    dataTransport: string | null;
    compute: string | null;
    workflowManagement: string | null;
    accessAndAnalysis: string | null;
    gapAnalysis: string | null;
    nonTechnicalChallenges: string | null;
  };
  requirements: RequirementFields[];
}

const req = (
  category: RequirementFields['category'],
  metric: string,
  value: number,
  unit: RequirementFields['unit'],
  year: number,
  note: string | null = null,
): RequirementFields => ({ category, metric, value, unit, year, note });

export const SPECTRUM_USE_CASES: DemoUseCase[] = [
  {
    title: 'Example: HL-LHC data taking at a general-purpose LHC experiment',
    summary:
      'Example use case (illustrative figures). Run 4 of the High-Luminosity LHC multiplies the event rate and ' +
      'pile-up, and with them the raw data, the reconstruction cost and the traffic from CERN to the Tier-1s.',
    status: 'COMPLETE',
    domains: ['HEP_EXPERIMENTAL'],
    createdBy: 'tommaso.boccali@example.org',
    experts: ['maria.girone@example.org', 'concezio.bozzi@example.org'],
    groups: ['WG5', 'WG1'],
    parts: {
      scientificChallenge:
        'Precision Higgs physics and searches for rare processes need **ten times the integrated luminosity** of ' +
        'the LHC so far, at up to 200 simultaneous collisions per bunch crossing.',
      storage:
        'Raw data are written once to tape at CERN and a second custodial copy is spread over the Tier-1s; ' +
        'analysis formats live on disk at Tier-1s and Tier-2s, with data lakes and caches reducing replicas.',
      dataTransport:
        'Export from the Tier-0 to the Tier-1s at sustained rates above 1 Tbit/s, with bursts for reprocessing ' +
        'campaigns; LHCOPN and LHCONE carry the traffic.',
      compute:
        'Reconstruction and simulation dominate. Part of the reconstruction moves to GPUs, and HPC centres are ' +
        'integrated to absorb peaks.',
      workflowManagement:
        'Central production systems schedule millions of jobs a day over the grid, clouds and HPC allocations.',
      accessAndAnalysis:
        'Columnar analysis on reduced formats at analysis facilities, with interactive notebooks and token-based ' +
        'authorisation (WLCG tokens).',
      gapAnalysis:
        'A flat budget covers roughly a third of the naive extrapolation: software speed-ups, GPUs and smaller ' +
        'formats must close the gap.',
      nonTechnicalChallenges:
        'Career paths for research software engineers; sustained funding of national facilities.',
    },
    requirements: [
      req('STORAGE', 'Raw data per year', 350, 'PB', 2030),
      req('STORAGE', 'Tape capacity', 1.5, 'EB', 2031, 'Cumulative, all copies.'),
      req('STORAGE', 'Disk capacity', 900, 'PB', 2031),
      req('DATA_TRANSPORT', 'Peak WAN rate', 1.2, 'TBIT_PER_S', 2030, 'Tier-0 export.'),
      req('COMPUTE', 'Processing and simulation', 8e9, 'CORE_HOURS', 2030),
      req('COMPUTE', 'Processing and simulation', 2e7, 'GPU_HOURS', 2030, 'GPU reconstruction.'),
    ],
  },
  {
    title: 'Example: a low-frequency radio observatory (SKA- and LOFAR-like)',
    summary:
      'Example use case (illustrative figures). Correlated visibilities are calibrated and imaged near the ' +
      'telescope; science data products go to a network of regional centres where astronomers analyse them.',
    status: 'IN_ANALYSIS',
    domains: ['RADIO_ASTRONOMY'],
    createdBy: 'john.swinbank@example.org',
    experts: ['chiara.ferrari@example.org'],
    groups: ['WG5', 'WG2'],
    parts: {
      scientificChallenge:
        'The epoch of reionisation, cosmic magnetism and pulsar timing need wide, deep surveys at low radio ' +
        'frequencies.',
      storage:
        'Science data products of several hundred petabytes a year, kept in a distributed archive across the ' +
        'regional centres.',
      dataTransport:
        'Dedicated links of 100 Gbit/s and more from the remote sites to the processing centres and on to the ' +
        'regional centres.',
      compute:
        'Calibration and imaging pipelines run on GPU-accelerated supercomputers close to the telescopes.',
      workflowManagement:
        'Observation-driven pipelines, triggered by the telescope schedule, with reprocessing on demand.',
      accessAndAnalysis:
        'Astronomers work next to the data in the regional centres, through science platforms and notebooks.',
      gapAnalysis: null,
      nonTechnicalChallenges: null,
    },
    requirements: [
      req('STORAGE', 'raw  data per year', 700, 'PB', 2030, 'Science data products archived.'),
      req('DATA_TRANSPORT', 'peak wan rate', 200, 'GBIT_PER_S', 2030, 'Sites to regional centres.'),
      req('COMPUTE', 'Imaging and calibration', 1.5e9, 'CORE_HOURS', 2030),
      req('COMPUTE', 'Imaging and calibration', 5e6, 'GPU_HOURS', 2030),
    ],
  },
  {
    title: 'Example: the Einstein Telescope gravitational-wave observatory',
    summary:
      'Example use case (illustrative figures). A third-generation detector whose low-latency searches must ' +
      'alert telescopes within seconds, and whose offline analyses grow with the number of detected signals.',
    status: 'SELECTED',
    domains: ['GRAVITATIONAL_WAVES_EXPERIMENTAL'],
    createdBy: 'stefano.bagnasco@example.org',
    experts: ['luca.dellagnello@example.org'],
    groups: ['WG5'],
    parts: {
      scientificChallenge:
        'Hundreds of thousands of compact binary coalescences a year, overlapping in the data, and multi-messenger ' +
        'alerts within seconds.',
      storage:
        'Raw strain and auxiliary channels of a few petabytes a year, replicated in two or more centres.',
      dataTransport: 'Modest bulk rates but strict latency for the alert stream.',
      compute:
        'Matched filtering and parameter estimation; GPUs and machine-learning methods for overlapping signals.',
      workflowManagement: null,
      accessAndAnalysis: null,
      gapAnalysis: null,
      nonTechnicalChallenges: null,
    },
    requirements: [
      req('STORAGE', 'Raw data per year', 5000, 'TB', 2035),
      req('DATA_TRANSPORT', 'Peak WAN rate', 10, 'GBIT_PER_S', 2035),
      req('COMPUTE', 'Searches and parameter estimation', 2e9, 'CORE_HOURS', 2035),
      req('COMPUTE', 'Searches and parameter estimation', 5e7, 'GPU_HOURS', 2035),
    ],
  },
];

/**
 * Seeds the example use cases, idempotently by title (an existing one, edited or not, is left
 * alone). Runs inside the demo seeder's transaction, after the people and groups exist.
 */
export async function seedSpectrumUseCases(
  useCases: UseCasesRepository,
  people: PeopleRepository,
  groups: WorkingGroupsRepository,
  now: Date = new Date(),
): Promise<void> {
  for (const [i, u] of SPECTRUM_USE_CASES.entries()) {
    if (await useCases.findByTitle(u.title)) continue;
    // A second apart, in list order, so "first proposed" (and the compendium's order) is stable.
    const at = new Date(now.getTime() - (SPECTRUM_USE_CASES.length - i) * 1000);
    const creator = await people.findByEmail(u.createdBy);
    if (!creator) continue;
    const created = await useCases.insert({
      title: u.title,
      summary: u.summary,
      status: u.status,
      domains: u.domains,
      ...u.parts,
      createdBy: creator.id,
      createdAt: at,
      updatedAt: at,
      isExample: true,
    });
    const expertIds: string[] = [];
    for (const email of u.experts) {
      const expert = await people.findByEmail(email);
      if (expert) expertIds.push(expert.id);
    }
    const groupIds: string[] = [];
    for (const code of u.groups) {
      const group = await groups.findByCode(code);
      if (group) groupIds.push(group.id);
    }
    await useCases.replaceExperts(created.id, expertIds);
    await useCases.replaceWorkingGroups(created.id, groupIds);
    await useCases.replaceRequirements(created.id, u.requirements);
  }
}
