import { Injectable } from '@nestjs/common';
import { TransactionContext, sql } from '@cop/platform';

/** A person the development identity provider offers to sign in as. */
export interface DevIdpAccount {
  id: string;
  displayName: string;
  email: string;
  role: string;
}

const MAX_LISTED = 500;

/** Reads people straight from the table: the development provider sits beside the domain, not in it. */
@Injectable()
export class DevIdpAccountsRepository {
  /**
   * People who are not in the platform yet, typed into the picker's "someone new" form: the
   * provider knows them (like any issuer knows its users) and the platform meets them at the
   * callback as a first sign-in. Kept per process, development only.
   */
  private readonly newcomers = new Map<string, string>();

  constructor(private readonly tx: TransactionContext) {}

  registerNewcomer(email: string, displayName: string): DevIdpAccount {
    const key = email.trim().toLowerCase();
    this.newcomers.set(key, displayName.trim());
    return { id: '', displayName: displayName.trim(), email: key, role: 'NEW' };
  }

  /** People with an e-mail, the office first, then members and guests, by name. */
  async listSelectable(): Promise<DevIdpAccount[]> {
    const rows = await this.tx.query<RawAccount>(
      sql`SELECT id, display_name, email, role FROM people
        WHERE email IS NOT NULL
        ORDER BY CASE role WHEN 'OFFICE' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, lower(display_name), id
        LIMIT ${MAX_LISTED}`,
    );
    return rows.map(toAccount);
  }

  async findByEmail(email: string): Promise<DevIdpAccount | null> {
    const rows = await this.tx.query<RawAccount>(
      sql`SELECT id, display_name, email, role FROM people WHERE email = ${email.trim().toLowerCase()}`,
    );
    if (rows[0]) return toAccount(rows[0]);
    const key = email.trim().toLowerCase();
    const newcomer = this.newcomers.get(key);
    return newcomer ? { id: '', displayName: newcomer, email: key, role: 'NEW' } : null;
  }
}

interface RawAccount {
  id: string;
  display_name: string;
  email: string;
  role: string;
}

function toAccount(row: RawAccount): DevIdpAccount {
  return { id: row.id, displayName: row.display_name, email: row.email, role: row.role };
}
