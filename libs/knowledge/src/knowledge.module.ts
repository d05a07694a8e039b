import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CommunityModule } from '@cop/community';
import { IdentityModule } from '@cop/identity';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { AttachmentEntity, DocumentEntity, DocumentVersionEntity } from './document.entity';
import {
  AttachmentFieldsResolver,
  DocumentsResolver,
  DocumentVersionFieldsResolver,
  WorkingGroupDocumentsResolver,
} from './documents.resolver';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { DocumentVisibility } from './document-visibility';
import { DocumentRelationsService } from './document-relations.service';
import { KnowledgeLimits } from './knowledge-limits';
import { DeleteAttachmentBytesJob } from './jobs/delete-attachment-bytes.job';
import { AuthoredDocumentsService } from './authored-documents.service';
import { PersonAuthoredDocumentsResolver } from './authored-documents.resolver';
import { KnowledgePersonalData } from './personal-data';

/** The knowledge base: documents, versions, attachments and search (API side). */
@Module({
  imports: [
    TypeOrmModule.forFeature([DocumentEntity, DocumentVersionEntity, AttachmentEntity]),
    IdentityModule,
    CommunityModule,
  ],
  controllers: [AttachmentsController],
  providers: [
    KnowledgeLimits,
    DocumentsRepository,
    DocumentVisibility,
    DocumentsService,
    DocumentRelationsService,
    AttachmentsService,
    DocumentsResolver,
    DocumentVersionFieldsResolver,
    AttachmentFieldsResolver,
    WorkingGroupDocumentsResolver,
    AuthoredDocumentsService,
    PersonAuthoredDocumentsResolver,
    KnowledgePersonalData,
  ],
  exports: [DocumentsService, DocumentsRepository, DocumentVisibility, KnowledgeLimits],
})
export class KnowledgeModule {}

/** The knowledge base's job handlers, for the worker (no GraphQL, no identity module). */
@Module({
  imports: [TypeOrmModule.forFeature([DocumentEntity, DocumentVersionEntity, AttachmentEntity])],
  providers: [DocumentsRepository, DeleteAttachmentBytesJob],
})
export class KnowledgeJobsModule {}
