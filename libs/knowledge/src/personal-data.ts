import { Injectable } from '@nestjs/common';
import {
  ProvidesPersonalData,
  sql,
  type PersonalDataExport,
  type PersonalDataProvider,
  type PersonalDataSubject,
  type TransactionContext,
} from '@cop/platform';

/**
 * The knowledge base's part of one's own data: the documents they started, the versions they
 * wrote (each with its text: a version by a co-author is theirs, not this person's) and the
 * attachments they uploaded, with their bytes under attachments/. Erasure keeps all of it for
 * the community: author, editor and uploader point at the "former member" tombstone.
 */
@Injectable()
@ProvidesPersonalData()
export class KnowledgePersonalData implements PersonalDataProvider {
  readonly name = 'knowledge';

  async export({ personId }: PersonalDataSubject, tx: TransactionContext): Promise<PersonalDataExport> {
    const documents = await tx.query(
      sql`SELECT id, kind, visibility, external_url AS "externalUrl", tags, created_at AS "createdAt",
                 deleted_at AS "deletedAt"
          FROM documents WHERE author_id = ${personId} ORDER BY created_at, id`,
    );
    const versions = await tx.query(
      sql`SELECT document_id AS "documentId", version, title, summary, body, edited_at AS "editedAt"
          FROM document_versions WHERE edited_by = ${personId} ORDER BY edited_at, document_id, version`,
    );
    const attachments = await tx.query<{ id: string; filename: string; storageKey: string }>(
      sql`SELECT id, document_id AS "documentId", filename, content_type AS "contentType", size::int AS size,
                 sha256, uploaded_at AS "uploadedAt", storage_key AS "storageKey"
          FROM attachments WHERE uploaded_by = ${personId} ORDER BY uploaded_at, id`,
    );
    const files = attachments.map((a) => ({
      path: `attachments/${a.id}-${safeName(a.filename)}`,
      storageKey: a.storageKey,
    }));
    return {
      data: {
        documents,
        versions,
        attachments: attachments.map(({ storageKey: _, ...a }, i) => ({ ...a, file: files[i].path })),
      },
      files,
    };
  }

  async erase(): Promise<void> {
    // Nothing goes: documents, versions and attachments stay, signed by the tombstone person.
  }
}

/** A file name safe inside a ZIP on any system. */
function safeName(name: string): string {
  return (
    name
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^\.+/, '')
      .slice(0, 120) || 'file'
  );
}
