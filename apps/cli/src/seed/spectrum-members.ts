import type { DemoPerson } from './spectrum-people';

/**
 * Demo members beyond the named chairs: invented people at real European HEP and radio
 * astronomy institutes (example.org addresses), with the groups they sit in. Together with
 * the chairs' seats the community shows 75 participants held by 50 people, many in two or
 * three groups, as the seed documents report.
 */
interface DemoMember extends DemoPerson {
  groups: string[];
}

const member = (
  displayName: string,
  affiliation: string,
  country: string,
  timeZone: string,
  domains: string[],
  computingRoles: string[],
  targetGroup: string,
  groups: string,
): DemoMember => ({
  displayName,
  email: `${displayName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')}@example.org`,
  affiliation,
  country,
  role: 'MEMBER',
  timeZone,
  domains,
  computingRoles,
  targetGroup,
  groups: groups.split(' '),
});

const HEP = ['HEP_EXPERIMENTAL'];
const RA = ['RADIO_ASTRONOMY'];
const R = ['RESEARCHER'];
const RSE = ['RESEARCH_SOFTWARE_ENGINEER'];
const INFRA = ['INFRASTRUCTURE_MANAGER'];
const SC = 'SCIENTIFIC_COMMUNITY';
const SP = 'SERVICE_PROVIDER';
const ROME = 'Europe/Rome';
const PARIS = 'Europe/Paris';
const BERLIN = 'Europe/Berlin';
const AMS = 'Europe/Amsterdam';
const ZRH = 'Europe/Zurich';
const MAD = 'Europe/Madrid';

export const DEMO_MEMBERS: DemoMember[] = [
  member('Giulia Moretti', 'INFN Padova', 'IT', ROME, HEP, R, SC, 'WG1 WG3'),
  member('Marco Rinaldi', 'INFN CNAF', 'IT', ROME, HEP, INFRA, SP, 'WG1 WG2 WG6'),
  member('Elena Colombo', 'INFN Torino', 'IT', ROME, ['GRAVITATIONAL_WAVES_EXPERIMENTAL'], R, SC, 'WG1 WG3'),
  member('Davide Ferri', 'CINECA', 'IT', ROME, ['OTHER_RESEARCH'], INFRA, SP, 'WG6'),
  member('Francesca Greco', 'INAF', 'IT', ROME, RA, R, SC, 'WG5'),
  member('Andrea Conti', 'INFN Bari', 'IT', ROME, ['HEP_THEORETICAL'], R, SC, 'WG3 WG4'),
  member('Sophie Laurent', 'CNRS IN2P3 CC', 'FR', PARIS, HEP, INFRA, SP, 'WG1 WG6'),
  member('Julien Moreau', 'IJCLab', 'FR', PARIS, ['NUCLEAR_PHYSICS_EXPERIMENTAL'], R, SC, 'WG2'),
  member('Camille Dubois', 'Observatoire de Paris', 'FR', PARIS, RA, RSE, SC, 'WG4'),
  member('Thomas Girard', 'CEA Irfu', 'FR', PARIS, HEP, R, SC, 'WG3'),
  member('Claire Fontaine', 'LAPP Annecy', 'FR', PARIS, ['ASTROPARTICLE'], R, SC, 'WG5 WG1'),
  member('Lukas Becker', 'DESY', 'DE', BERLIN, HEP, INFRA, SP, 'WG2 WG6'),
  member('Anna Schmidt', 'KIT', 'DE', BERLIN, HEP, RSE, SC, 'WG4'),
  member(
    'Felix Wagner',
    'GSI Helmholtzzentrum',
    'DE',
    BERLIN,
    ['NUCLEAR_PHYSICS_EXPERIMENTAL'],
    R,
    SC,
    'WG3',
  ),
  member('Katharina Hoffmann', 'MPIfR Bonn', 'DE', BERLIN, RA, R, SC, 'WG5 WG4'),
  member('Jonas Fischer', 'Jülich Supercomputing Centre', 'DE', BERLIN, ['OTHER_RESEARCH'], INFRA, SP, 'WG6'),
  member('Miriam Keller', 'LMU München', 'DE', BERLIN, ['HEP_THEORETICAL'], R, SC, 'WG3'),
  member('Pieter de Vries', 'Nikhef', 'NL', AMS, HEP, INFRA, SP, 'WG1 WG2'),
  member('Sanne Jansen', 'ASTRON', 'NL', AMS, RA, RSE, SC, 'WG4 WG5 WG1'),
  member('Daan Bakker', 'SURF', 'NL', AMS, ['OTHER_RESEARCH'], INFRA, SP, 'WG6'),
  member('Lotte Visser', 'JIVE', 'NL', AMS, RA, R, SC, 'WG2'),
  member('Ruud Mulder', 'University of Groningen', 'NL', AMS, RA, R, SC, 'WG5'),
  member('Lucía Fernández', 'PIC Barcelona', 'ES', MAD, HEP, INFRA, SP, 'WG1 WG6'),
  member('Javier Ortega', 'CIEMAT', 'ES', MAD, HEP, R, SC, 'WG2'),
  member('Marta Sánchez', 'IFIC Valencia', 'ES', MAD, HEP, RSE, SC, 'WG4'),
  member('Pablo Ruiz', 'Barcelona Supercomputing Center', 'ES', MAD, ['OTHER_RESEARCH'], INFRA, SP, 'WG6'),
  member('Nadia Petrova', 'CERN', 'CH', ZRH, HEP, RSE, SC, 'WG3 WG4'),
  member('Mathieu Rochat', 'CERN', 'CH', ZRH, HEP, INFRA, SP, 'WG2'),
  member('Laura Meier', 'Paul Scherrer Institut', 'CH', ZRH, ['NUCLEAR_PHYSICS_EXPERIMENTAL'], R, SC, 'WG1'),
  member('Stefan Huber', 'CSCS Lugano', 'CH', ZRH, ['OTHER_RESEARCH'], INFRA, SP, 'WG6 WG3'),
  member('Ingrid Larsen', 'University of Oslo', 'NO', 'Europe/Oslo', ['HEP_THEORETICAL'], R, SC, 'WG4'),
  member('Erik Lindqvist', 'Onsala Space Observatory', 'SE', 'Europe/Stockholm', RA, R, SC, 'WG5'),
  member(
    'Mikko Virtanen',
    'CSC – IT Center for Science',
    'FI',
    'Europe/Helsinki',
    ['OTHER_RESEARCH'],
    INFRA,
    SP,
    'WG2',
  ),
  member('Katarzyna Nowak', 'Cyfronet AGH', 'PL', 'Europe/Warsaw', ['OTHER_RESEARCH'], INFRA, SP, 'WG6'),
  member(
    'Tomasz Zieliński',
    'NCBJ Warsaw',
    'PL',
    'Europe/Warsaw',
    ['NUCLEAR_PHYSICS_THEORETICAL'],
    R,
    SC,
    'WG3',
  ),
  member('Petr Novák', 'FZU Prague', 'CZ', 'Europe/Prague', HEP, R, SC, 'WG1'),
  member('Ana Costa', 'LIP Lisboa', 'PT', 'Europe/Lisbon', HEP, R, SC, 'WG2 WG5'),
  member(
    'Eleni Papadopoulou',
    'NCSR Demokritos',
    'GR',
    'Europe/Athens',
    ['NUCLEAR_PHYSICS_EXPERIMENTAL'],
    R,
    SC,
    'WG5',
  ),
  member(
    'Aoife Byrne',
    'Dublin Institute for Advanced Studies',
    'IE',
    'Europe/Dublin',
    ['ASTROPARTICLE'],
    R,
    SC,
    'WG4',
  ),
  member('Oliver Hughes', 'Jodrell Bank Centre for Astrophysics', 'GB', 'Europe/London', RA, RSE, SC, 'WG1'),
  member(
    'Hannah Clarke',
    'STFC Rutherford Appleton Laboratory',
    'GB',
    'Europe/London',
    HEP,
    INFRA,
    SP,
    'WG6',
  ),
];

/** Extra MEMBER seats of the people in spectrum-people.ts (chairs sit in other groups too). */
export const DEMO_EXTRA_SEATS: Record<string, string[]> = {
  'stefano.bagnasco@example.org': ['WG6'],
  'luca.dellagnello@example.org': ['WG1', 'WG6'],
  'concezio.bozzi@example.org': ['WG2'],
  'john.swinbank@example.org': ['WG5'],
  'chiara.ferrari@example.org': ['WG4'],
  'maria.girone@example.org': ['WG3'],
  'hans-christian.hoppe@example.org': ['WG3'],
  'tommaso.boccali@example.org': ['WG1', 'WG5'],
  'ada.member@example.org': ['WG4'],
};
