import type { PlatformRoleValue } from '@cop/identity';

/**
 * Demo people: the office, the chairs the seed documents name (with their affiliations), a
 * member and a newcomer. E-mail addresses are example.org placeholders, not real ones; the
 * development identity provider offers exactly these people.
 */
export interface DemoPerson {
  displayName: string;
  email: string;
  affiliation: string;
  country: string;
  role: PlatformRoleValue;
  timeZone: string;
  domains: string[];
  computingRoles: string[];
  targetGroup: string;
}

const person = (
  displayName: string,
  email: string,
  affiliation: string,
  country: string,
  role: PlatformRoleValue,
  domains: string[],
  computingRoles: string[],
  targetGroup = 'SCIENTIFIC_COMMUNITY',
  timeZone = 'Europe/Rome',
): DemoPerson => ({
  displayName,
  email,
  affiliation,
  country,
  role,
  domains,
  computingRoles,
  targetGroup,
  timeZone,
});

export const DEMO_PEOPLE: DemoPerson[] = [
  person(
    'SPECTRUM Project Office',
    'office@example.org',
    'EGI Foundation',
    'NL',
    'OFFICE',
    ['OTHER_RESEARCH'],
    ['OTHER'],
    'SERVICE_PROVIDER',
    'Europe/Amsterdam',
  ),
  person(
    'Tommaso Boccali',
    'tommaso.boccali@example.org',
    'INFN',
    'IT',
    'OFFICE',
    ['HEP_EXPERIMENTAL'],
    ['RESEARCHER', 'INFRASTRUCTURE_MANAGER'],
  ),
  person(
    'Stefano Bagnasco',
    'stefano.bagnasco@example.org',
    'INFN, ET, Virgo',
    'IT',
    'MEMBER',
    ['GRAVITATIONAL_WAVES_EXPERIMENTAL'],
    ['INFRASTRUCTURE_MANAGER'],
  ),
  person(
    "Luca Dell'Agnello",
    'luca.dellagnello@example.org',
    'INFN CNAF-T1',
    'IT',
    'MEMBER',
    ['HEP_EXPERIMENTAL'],
    ['INFRASTRUCTURE_MANAGER'],
    'SERVICE_PROVIDER',
  ),
  person(
    'Concezio Bozzi',
    'concezio.bozzi@example.org',
    'INFN, LHCb, JENA-HPC',
    'IT',
    'MEMBER',
    ['HEP_EXPERIMENTAL'],
    ['RESEARCHER', 'INITIATIVE_MANAGER'],
  ),
  person(
    'John Swinbank',
    'john.swinbank@example.org',
    'ASTRON',
    'NL',
    'MEMBER',
    ['RADIO_ASTRONOMY'],
    ['RESEARCH_SOFTWARE_ENGINEER'],
    'SCIENTIFIC_COMMUNITY',
    'Europe/Amsterdam',
  ),
  person(
    'Chiara Ferrari',
    'chiara.ferrari@example.org',
    'CNRS, OCA',
    'FR',
    'MEMBER',
    ['RADIO_ASTRONOMY'],
    ['RESEARCHER', 'INITIATIVE_MANAGER'],
    'SCIENTIFIC_COMMUNITY',
    'Europe/Paris',
  ),
  person(
    'Maria Girone',
    'maria.girone@example.org',
    'CERN',
    'CH',
    'MEMBER',
    ['HEP_EXPERIMENTAL'],
    ['INITIATIVE_MANAGER'],
    'SCIENTIFIC_COMMUNITY',
    'Europe/Zurich',
  ),
  person(
    'Hans-Christian Hoppe',
    'hans-christian.hoppe@example.org',
    'Jülich Supercomputing Centre',
    'DE',
    'MEMBER',
    ['OTHER_RESEARCH'],
    ['INFRASTRUCTURE_MANAGER'],
    'SERVICE_PROVIDER',
    'Europe/Berlin',
  ),
  person(
    'Ada Member',
    'ada.member@example.org',
    'University of Bologna',
    'IT',
    'MEMBER',
    ['NUCLEAR_PHYSICS_THEORETICAL'],
    ['RESEARCHER'],
  ),
  person(
    'Nico Newcomer',
    'nico.newcomer@example.org',
    'Radboud University',
    'NL',
    'GUEST',
    ['ASTROPARTICLE'],
    ['RESEARCHER'],
    'LONG_TAIL_RESEARCHER',
    'America/Chicago',
  ),
];
