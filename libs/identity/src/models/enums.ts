import { registerEnumType } from '@nestjs/graphql';

export enum PlatformRole {
  GUEST = 'GUEST',
  MEMBER = 'MEMBER',
  OFFICE = 'OFFICE',
}

/** Why a person holds their platform role. */
export enum RoleSource {
  ADMISSION = 'ADMISSION',
  ENTITLEMENT = 'ENTITLEMENT',
  OFFICE = 'OFFICE',
  BOOTSTRAP = 'BOOTSTRAP',
}

export enum ScientificDomain {
  HEP_EXPERIMENTAL = 'HEP_EXPERIMENTAL',
  HEP_THEORETICAL = 'HEP_THEORETICAL',
  RADIO_ASTRONOMY = 'RADIO_ASTRONOMY',
  GRAVITATIONAL_WAVES_EXPERIMENTAL = 'GRAVITATIONAL_WAVES_EXPERIMENTAL',
  GRAVITATIONAL_WAVES_THEORETICAL = 'GRAVITATIONAL_WAVES_THEORETICAL',
  NUCLEAR_PHYSICS_EXPERIMENTAL = 'NUCLEAR_PHYSICS_EXPERIMENTAL',
  NUCLEAR_PHYSICS_THEORETICAL = 'NUCLEAR_PHYSICS_THEORETICAL',
  ASTROPARTICLE = 'ASTROPARTICLE',
  OTHER_PHYSICS = 'OTHER_PHYSICS',
  OTHER_RESEARCH = 'OTHER_RESEARCH',
}

export enum ComputingRole {
  RESEARCHER = 'RESEARCHER',
  INITIATIVE_MANAGER = 'INITIATIVE_MANAGER',
  INFRASTRUCTURE_MANAGER = 'INFRASTRUCTURE_MANAGER',
  RESEARCH_SOFTWARE_ENGINEER = 'RESEARCH_SOFTWARE_ENGINEER',
  OTHER = 'OTHER',
}

export enum TargetGroup {
  SCIENTIFIC_COMMUNITY = 'SCIENTIFIC_COMMUNITY',
  SERVICE_PROVIDER = 'SERVICE_PROVIDER',
  POLICY_MAKER = 'POLICY_MAKER',
  LONG_TAIL_RESEARCHER = 'LONG_TAIL_RESEARCHER',
}

export enum DigestFrequency {
  NEVER = 'NEVER',
  DAILY = 'DAILY',
  WEEKLY = 'WEEKLY',
}

registerEnumType(PlatformRole, { name: 'PlatformRole' });
registerEnumType(RoleSource, {
  name: 'RoleSource',
  description: 'Why a person holds their platform role.',
  valuesMap: {
    ADMISSION: {
      description: "The community's admission mode (open: MEMBER on first sign-in; otherwise GUEST).",
    },
    ENTITLEMENT: { description: 'An entitlement their identity provider asserted at their last sign-in.' },
    OFFICE: { description: 'The office set it (admitted them or changed their role).' },
    BOOTSTRAP: {
      description: "Their verified e-mail is one of the configuration's bootstrap office addresses.",
    },
  },
});
registerEnumType(ScientificDomain, { name: 'ScientificDomain' });
registerEnumType(ComputingRole, { name: 'ComputingRole' });
registerEnumType(TargetGroup, { name: 'TargetGroup' });
registerEnumType(DigestFrequency, { name: 'DigestFrequency' });
