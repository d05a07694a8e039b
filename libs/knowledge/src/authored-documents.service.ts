import { Injectable } from '@nestjs/common';
import { BadUserInputError, groupedByKeys, requestLoader } from '@cop/platform';
import { isMember, type Scope } from '@cop/identity';
import { DocumentsRepository } from './documents.repository';
import { documentScope } from './document-visibility';
import type { DocumentEntity } from './document.entity';
import { toDocument } from './documents.service';
import type { Document } from './models/document.model';

/** The most documents Person.authoredDocuments lists. */
export const MAX_AUTHORED_DOCUMENTS = 100;

/** Person.authoredDocuments (issue 26): the knowledge base's side of a profile. */
@Injectable()
export class AuthoredDocumentsService {
  constructor(private readonly documents: DocumentsRepository) {}

  /**
   * The documents the person wrote that the viewer may see (documentVisibleSql), newest updated
   * first; MEMBER and OFFICE only ([] for anyone else). One statement for every person of the
   * request asking the same `first`.
   */
  async authoredBy(scope: Scope, personId: string, first: number | null | undefined): Promise<Document[]> {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_AUTHORED_DOCUMENTS)
      throw BadUserInputError.field('first', `must be 1 to ${MAX_AUTHORED_DOCUMENTS}`);
    if (!isMember(scope.viewer)) return [];
    const visibleTo = documentScope(scope.viewer);
    const rows = await requestLoader<string, DocumentEntity[]>(
      scope.loaders,
      `knowledge.authoredBy.${limit}`,
      async (ids) =>
        groupedByKeys(ids, await this.documents.authoredBy(ids, visibleTo, limit), (d) => d.authorId),
    ).load(personId);
    return rows.map(toDocument);
  }
}
