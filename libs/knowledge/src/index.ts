// @cop/knowledge: documents with versions and attachments, visibility, full-text search.
export { KnowledgeJobsModule, KnowledgeModule } from './knowledge.module';
export { DeleteAttachmentBytesJob } from './jobs/delete-attachment-bytes.job';
export { DocumentsService, toDocument } from './documents.service';
export { DocumentsRepository } from './documents.repository';
export { knowledgeSqlCases } from './knowledge.sql-cases';
export { KnowledgeLimits } from './knowledge-limits';
export { MARK_START, MARK_STOP, headlineHtml } from './headline';
export {
  DocumentVisibility,
  documentScope,
  documentsAmongSql,
  documentVisibleSql,
  documentVisibleToMemberSql,
  documentVisibleToAudienceSql,
  documentVisibleToAudience,
  documentVisible,
  documentEditable,
} from './document-visibility';
export type { DocumentScope, VisibilityShape } from './document-visibility';
export {
  documentCandidatesSql,
  documentSourcesSql,
  documentVersionsSql,
  documentsChangedSql,
} from './document-sql';
export type { DocumentEntity, DocumentKindValue, VisibilityValue } from './document.entity';
export {
  Document,
  DocumentKind,
  DocumentVersion,
  Attachment,
  DocumentConnection,
  SearchHit,
  SearchResult,
  TagCount,
  DocumentLimits,
} from './models/document.model';
export { Visibility } from './models/visibility.enum';
export { DocumentInput, DocumentFilter } from './inputs/document.input';
