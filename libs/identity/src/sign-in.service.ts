import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, OidcProviderConfig, TransactionContext } from '@cop/platform';
import { anyEntitlementMeets } from './entitlements';
import { LinkedIdentitiesRepository } from './linked-identities.repository';
import { PeopleRepository } from './people.repository';
import { PersonEntity, PlatformRoleValue, RoleSourceValue } from './person.entity';
import { SessionsService } from './sessions.service';
import { AccessTokensService } from './access-tokens.service';
import { AccountErasureRepository } from './account-erasure.repository';

/** What an issuer vouched for, after the library validated its ID token. */
export interface VerifiedSignIn {
  provider: string;
  subject: string;
  email: string | null;
  emailVerified: boolean;
  displayName: string | null;
  entitlements: string[];
}

/** A sign-in the platform refuses; its message is shown to the person. */
export class SignInRefusedError extends Error {}

@Injectable()
export class SignInService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionContext,
    private readonly people: PeopleRepository,
    private readonly identities: LinkedIdentitiesRepository,
    private readonly sessions: SessionsService,
    private readonly tokens: AccessTokensService,
    private readonly erasure: AccountErasureRepository,
  ) {}

  /**
   * Links the identity to its person (creating the person on a first sign-in) and applies the
   * roles the configuration and the issuer's entitlements give. One transaction: nothing is
   * half-linked. An existing person is linked by e-mail only when the issuer says the address
   * is verified: an unverified e-mail never takes over an account.
   */
  async completeSignIn(signIn: VerifiedSignIn): Promise<{ personId: string }> {
    if (!signIn.subject)
      throw new SignInRefusedError('The identity provider did not say who you are (no subject).');
    const email = signIn.email?.trim().toLowerCase() || null;
    const verifiedEmail = signIn.emailVerified && email && /^[^@\s]+@[^@\s]+$/.test(email) ? email : null;
    const provider = this.providerConfig(signIn.provider);

    const personId = await this.tx.runLocked(`sign-in:${signIn.provider}:${signIn.subject}`, async () => {
      const identity = await this.identities.findForUpdate(signIn.provider, signIn.subject);
      let person: PersonEntity | null = identity ? await this.people.findById(identity.personId) : null;
      const isNew = !person && !(verifiedEmail && (person = await this.people.findByEmail(verifiedEmail)));
      if (!person) {
        person = await this.people.insert({
          displayName: cleanName(signIn.displayName) ?? nameFromEmail(email) ?? 'New member',
          email: verifiedEmail,
          emailVerified: verifiedEmail !== null,
          role: 'GUEST',
          roleSource: 'ADMISSION',
        });
      }
      const linked =
        identity ??
        (await this.identities.insertOrGet({
          personId: person.id,
          provider: signIn.provider,
          subject: signIn.subject,
          email,
          emailVerified: signIn.emailVerified,
          entitlements: signIn.entitlements,
          lastLoginAt: null,
        }));
      await this.identities.recordLogin(linked.id, {
        email,
        emailVerified: signIn.emailVerified,
        entitlements: signIn.entitlements,
      });

      const next = this.roleAfterSignIn(person, isNew, signIn.entitlements, verifiedEmail, provider);
      const fields: Partial<PersonEntity> = {};
      if (next.role !== person.role || next.source !== person.roleSource)
        Object.assign(fields, { role: next.role, roleSource: next.source });
      if (verifiedEmail && !person.email && !(await this.people.findByEmail(verifiedEmail))) {
        Object.assign(fields, { email: verifiedEmail, emailVerified: true });
      }
      if (Object.keys(fields).length) await this.people.update(person.id, fields);
      // Signing in within the grace period cancels a pending account erasure (issue 26).
      await this.erasure.clear(person.id);
      return person.id;
    });
    this.sessions.cache.forgetPerson(personId);
    this.tokens.cache.forgetPerson(personId);
    return { personId };
  }

  /**
   * OFFICE from a bootstrap e-mail or an office entitlement; MEMBER from the admission mode or
   * a member entitlement. Roles an issuer granted are re-read at every sign-in and lost with
   * the entitlement; roles the office granted stay.
   */
  private roleAfterSignIn(
    person: PersonEntity,
    isNew: boolean,
    entitlements: string[],
    verifiedEmail: string | null,
    provider: OidcProviderConfig | null,
  ): { role: PlatformRoleValue; source: RoleSourceValue } {
    if (verifiedEmail && this.config.bootstrapOfficeEmails.includes(verifiedEmail))
      return { role: 'OFFICE', source: 'BOOTSTRAP' };
    if (anyEntitlementMeets(entitlements, provider?.officeEntitlements))
      return { role: 'OFFICE', source: 'ENTITLEMENT' };
    if (person.role === 'OFFICE' && person.roleSource !== 'ENTITLEMENT')
      return { role: 'OFFICE', source: person.roleSource };

    const entitledMember = anyEntitlementMeets(entitlements, provider?.memberEntitlements);
    if (entitledMember) {
      // An office-admitted member stays office-admitted; otherwise the issuer is the reason.
      return person.role === 'MEMBER' && person.roleSource === 'OFFICE'
        ? { role: 'MEMBER', source: 'OFFICE' }
        : { role: 'MEMBER', source: 'ENTITLEMENT' };
    }
    const lostEntitlement = person.roleSource === 'ENTITLEMENT';
    if (person.role !== 'GUEST' && !lostEntitlement) return { role: person.role, source: person.roleSource };
    if (!isNew && !lostEntitlement) return { role: person.role, source: person.roleSource };
    switch (this.config.communityAdmission) {
      case 'open':
        return { role: 'MEMBER', source: 'ADMISSION' };
      case 'approval':
      case 'entitlement':
        return { role: 'GUEST', source: 'ADMISSION' };
    }
  }

  private providerConfig(id: string): OidcProviderConfig | null {
    return this.config.oidcProviders?.find((p) => p.id === id) ?? null;
  }
}

function cleanName(name: string | null): string | null {
  const n = name
    ?.replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 200);
  return n ? n : null;
}

function nameFromEmail(email: string | null): string | null {
  return email ? email.split('@')[0].slice(0, 200) : null;
}
