import { anyEntitlementMeets, entitlementMeets } from './entitlements';

const VO = 'urn:mace:egi.eu:group:vo.spectrum.eu';

describe('AARC-G002 entitlement matching', () => {
  it('meets a group requirement with any role of that group', () => {
    expect(entitlementMeets(`${VO}:role=member#aai.egi.eu`, `${VO}#aai.egi.eu`)).toBe(true);
    expect(entitlementMeets(`${VO}:role=manager#aai.egi.eu`, `${VO}#aai.egi.eu`)).toBe(true);
  });

  it('meets a group requirement with a subgroup', () => {
    expect(entitlementMeets(`${VO}:office:role=member#aai.egi.eu`, `${VO}#aai.egi.eu`)).toBe(true);
  });

  it('requires the named role when the requirement has one, on the group itself', () => {
    expect(entitlementMeets(`${VO}:role=member#aai.egi.eu`, `${VO}:role=member#aai.egi.eu`)).toBe(true);
    expect(entitlementMeets(`${VO}:role=manager#aai.egi.eu`, `${VO}:role=member#aai.egi.eu`)).toBe(false);
    expect(entitlementMeets(`${VO}:office:role=member#aai.egi.eu`, `${VO}:role=member#aai.egi.eu`)).toBe(
      false,
    );
  });

  it('compares namespace and authority case-insensitively, groups case-sensitively', () => {
    expect(
      entitlementMeets('URN:MACE:EGI.EU:group:vo.spectrum.eu:role=member#AAI.EGI.EU', `${VO}#aai.egi.eu`),
    ).toBe(true);
    expect(
      entitlementMeets('urn:mace:egi.eu:group:VO.SPECTRUM.EU:role=member#aai.egi.eu', `${VO}#aai.egi.eu`),
    ).toBe(false);
  });

  it('never meets another group, a sibling with a common prefix or another authority', () => {
    expect(
      entitlementMeets('urn:mace:egi.eu:group:vo.spectrum.eu2:role=member#aai.egi.eu', `${VO}#aai.egi.eu`),
    ).toBe(false);
    expect(entitlementMeets(`${VO}:role=member#evil.example`, `${VO}#aai.egi.eu`)).toBe(false);
    expect(anyEntitlementMeets([`${VO}:role=member#aai.egi.eu`], [])).toBe(false);
  });
});
