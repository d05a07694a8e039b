import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig, NotFoundError, groupedByKeys, requestLoader } from '@cop/platform';
import { PeopleService, type Person, type Scope } from '@cop/identity';
import { WorkingGroupsService, type Topic, type WorkingGroup } from '@cop/community';
import type { AttachmentEntity, DocumentVersionEntity } from './document.entity';
import { DocumentsRepository } from './documents.repository';
import type { Attachment, DocumentVersion } from './models/document.model';

/**
 * A document's relations for the GraphQL fields: its author, groups, topics, versions and
 * attachments, each through a request's DataLoader (DESIGN rule 5). The caller has already
 * decided that the viewer may see the document.
 */
@Injectable()
export class DocumentRelationsService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly groupsService: WorkingGroupsService,
    private readonly people: PeopleService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async author(scope: Scope, personId: string): Promise<Person> {
    const person = await this.people.load(scope.loaders, personId);
    if (!person) throw new NotFoundError('Person', personId);
    return this.people.toModel(person, scope.viewer);
  }

  /** The ids of the document's working groups (also for viewerCanEdit). */
  groupIdsOf(req: object, documentId: string): Promise<string[]> {
    return requestLoader<string, string[]>(req, 'knowledge.groupIdsOfDocument', async (docIds) => {
      const links = await this.documents.groupLinks(docIds);
      return groupedByKeys(
        docIds,
        links,
        (l) => l.documentId,
        (l) => l.groupId,
      );
    }).load(documentId);
  }

  async workingGroups(req: object, documentId: string): Promise<WorkingGroup[]> {
    const ids = await this.groupIdsOf(req, documentId);
    const groups = await Promise.all(ids.map((id) => this.groupsService.load(req, id)));
    return groups.filter((g): g is WorkingGroup => g !== null).sort((a, b) => a.code.localeCompare(b.code));
  }

  /** Topics belong to the document's groups, so the community's topics-of-group loader finds them. */
  async topics(req: object, documentId: string): Promise<Topic[]> {
    const [topicIds, groups] = await Promise.all([
      requestLoader<string, string[]>(req, 'knowledge.topicIdsOfDocument', async (docIds) => {
        const links = await this.documents.topicLinks(docIds);
        return groupedByKeys(
          docIds,
          links,
          (l) => l.documentId,
          (l) => l.topicId,
        );
      }).load(documentId),
      this.workingGroups(req, documentId),
    ]);
    if (!topicIds.length) return [];
    const all = (await Promise.all(groups.map((g) => this.groupsService.topicsOf(req, g.id)))).flat();
    return all.filter((t) => topicIds.includes(t.id));
  }

  async versions(req: object, documentId: string): Promise<DocumentVersion[]> {
    const rows = await requestLoader<string, DocumentVersionEntity[]>(
      req,
      'knowledge.versionsOfDocument',
      async (docIds) => {
        const all = await this.documents.versionsOf(docIds);
        return groupedByKeys(docIds, all, (v) => v.documentId);
      },
    ).load(documentId);
    return rows.map(toVersion);
  }

  async attachments(req: object, documentId: string): Promise<Attachment[]> {
    const rows = await requestLoader<string, AttachmentEntity[]>(
      req,
      'knowledge.attachmentsOfDocument',
      async (docIds) => {
        const all = await this.documents.attachmentsOf(docIds);
        return groupedByKeys(docIds, all, (a) => a.documentId);
      },
    ).load(documentId);
    return rows.map((a) => this.toAttachment(a));
  }

  toAttachment(a: AttachmentEntity): Attachment {
    return {
      id: a.id,
      filename: a.filename,
      contentType: a.contentType,
      size: a.size,
      sha256: a.sha256,
      downloadUrl: `${this.config.publicUrl}/attachments/${a.id}`,
      uploadedAt: a.uploadedAt,
      uploadedById: a.uploadedBy,
    };
  }
}

function toVersion(v: DocumentVersionEntity): DocumentVersion {
  return {
    version: v.version,
    title: v.title,
    summary: v.summary,
    body: v.body,
    editedAt: v.editedAt,
    editedById: v.editedBy,
  };
}
