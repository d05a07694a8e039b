import { Injectable } from '@nestjs/common';
import { TransactionContext } from '@cop/platform';

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
  constructor(private readonly tx: TransactionContext) {}

  /** People with an e-mail, the office first, then members and guests, by name. */
  async listSelectable(): Promise<DevIdpAccount[]> {
    const rows: RawAccount[] = await this.tx.manager().query(
      `SELECT id, display_name, email, role FROM people
        WHERE email IS NOT NULL
        ORDER BY CASE role WHEN 'OFFICE' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END, lower(display_name), id
        LIMIT ${MAX_LISTED}`,
    );
    return rows.map(toAccount);
  }

  async findByEmail(email: string): Promise<DevIdpAccount | null> {
    const rows: RawAccount[] = await this.tx
      .manager()
      .query(`SELECT id, display_name, email, role FROM people WHERE email = $1`, [
        email.trim().toLowerCase(),
      ]);
    return rows[0] ? toAccount(rows[0]) : null;
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
