import { randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { Readable, Transform, type TransformCallback } from 'node:stream';
import { Inject, Injectable, Logger, PayloadTooLargeException } from '@nestjs/common';
import busboy from 'busboy';
import {
  BadUserInputError,
  Clock,
  NotFoundError,
  STORAGE,
  StorageLimitExceededError,
  type Storage,
  isUuid,
  OutboxService,
} from '@cop/platform';
import { type Viewer } from '@cop/identity';
import { sanitizeFilename, SNIFF_BYTES, sniffContentType } from './attachment-files';
import type { AttachmentEntity } from './document.entity';
import { documentScope } from './document-visibility';
import { DocumentsRepository } from './documents.repository';
import { DocumentsService } from './documents.service';
import { DocumentRelationsService } from './document-relations.service';
import { KnowledgeLimits } from './knowledge-limits';
import type { Attachment } from './models/document.model';

/** Passes bytes through unchanged, keeping the first SNIFF_BYTES for content-type sniffing. */
class HeadRecorder extends Transform {
  private readonly chunks: Buffer[] = [];
  private kept = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, callback: TransformCallback): void {
    if (this.kept < SNIFF_BYTES) {
      const part = chunk.subarray(0, SNIFF_BYTES - this.kept);
      this.chunks.push(part);
      this.kept += part.length;
    }
    callback(null, chunk);
  }

  head(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export interface Download {
  attachment: AttachmentEntity;
  body: Readable | null;
}

/** Uploads streamed to storage (hashing and measuring on the way) and downloads checked by visibility. */
@Injectable()
export class AttachmentsService {
  private readonly logger = new Logger('AttachmentsService');

  constructor(
    private readonly documentsService: DocumentsService,
    private readonly relations: DocumentRelationsService,
    private readonly documents: DocumentsRepository,
    private readonly limits: KnowledgeLimits,
    private readonly clock: Clock,
    @Inject(STORAGE) private readonly storage: Storage,
    private readonly outbox: OutboxService,
  ) {}

  /** Reads the multipart body (field `file`) from `request` and stores it; nothing is buffered whole. */
  async upload(
    viewer: Viewer,
    documentId: string,
    request: Readable & { headers: IncomingHttpHeaders },
  ): Promise<Attachment> {
    const doc = await this.documentsService.editableDocument(viewer, documentId);
    const stored = await this.receive(doc.id, request);
    try {
      const attachment = await this.documents.insertAttachment({
        documentId: doc.id,
        filename: stored.filename,
        contentType: stored.contentType,
        size: stored.size,
        sha256: stored.sha256,
        storageKey: stored.key,
        uploadedBy: viewer.personId,
        uploadedAt: this.clock.now(),
      });
      return this.relations.toAttachment(attachment);
    } catch (error) {
      await this.storage.delete(stored.key).catch(() => undefined);
      throw error;
    }
  }

  private receive(
    documentId: string,
    request: Readable & { headers: IncomingHttpHeaders },
  ): Promise<{ key: string; filename: string; contentType: string; size: number; sha256: string }> {
    return new Promise((resolve, reject) => {
      let parser: ReturnType<typeof busboy>;
      try {
        parser = busboy({
          headers: request.headers,
          defParamCharset: 'utf8',
          limits: { files: 1, fields: 10, parts: 20 },
        });
      } catch {
        reject(BadUserInputError.field('file', 'send multipart/form-data with a field named file'));
        return;
      }
      let upload: Promise<{
        key: string;
        filename: string;
        contentType: string;
        size: number;
        sha256: string;
      }> | null = null;
      parser.on('file', (name, stream, info) => {
        if (name !== 'file' || upload) {
          stream.resume();
          return;
        }
        const recorder = new HeadRecorder();
        const key = `attachments/${documentId}/${randomUUID()}`;
        stream.pipe(recorder);
        upload = this.storage
          .put(key, recorder, { maxBytes: this.limits.attachmentMaxBytes })
          .then((result) => ({
            key,
            filename: sanitizeFilename(info.filename),
            contentType: sniffContentType(recorder.head()),
            size: result.size,
            sha256: result.sha256,
          }))
          .catch((error: unknown) => {
            // Keep reading (and discarding) so the client gets our answer rather than a reset.
            stream.unpipe(recorder);
            stream.resume();
            throw error;
          });
        // Settled in 'close'; avoid an unhandled rejection meanwhile.
        upload.catch(() => undefined);
      });
      parser.on('error', (error) => {
        request.unpipe(parser);
        request.resume();
        reject(BadUserInputError.field('file', `unreadable multipart body: ${error.message}`));
      });
      parser.on('close', () => {
        if (!upload) {
          reject(BadUserInputError.field('file', 'send multipart/form-data with a field named file'));
          return;
        }
        upload.then(resolve, (error: unknown) => {
          if (error instanceof StorageLimitExceededError)
            reject(
              new PayloadTooLargeException(
                `The file exceeds the limit of ${this.limits.attachmentMaxBytes} bytes.`,
              ),
            );
          else {
            this.logger.error(error);
            reject(error);
          }
        });
      });
      request.pipe(parser);
    });
  }

  /**
   * Removes an attachment: who may update its document; NOT_FOUND when the viewer may not see
   * that document. The row goes in the mutation's transaction; the stored bytes go last, once
   * the row is gone and no other attachment names them (a failure before leaves them in place).
   */
  async remove(viewer: Viewer, id: string): Promise<boolean> {
    const attachment = isUuid(id)
      ? await this.documents.findVisibleAttachment(id, documentScope(viewer))
      : null;
    if (!attachment) throw new NotFoundError('Attachment', id);
    // Locks the document as updateDocument does, so a concurrent delete of it waits.
    const doc = await this.documents.lockById(attachment.documentId);
    if (!doc) throw new NotFoundError('Attachment', id);
    await this.documentsService.assertMayEdit(viewer, doc);
    await this.documents.deleteAttachment(attachment.id);
    // The bytes go after the removal commits (the worker re-checks that nothing names them), so
    // a failed commit never leaves a row without its file.
    await this.outbox.enqueue('knowledge.delete-attachment-bytes', { storageKey: attachment.storageKey });
    return true;
  }

  /** The attachment and its bytes when the viewer may see its document; 404 otherwise. */
  async download(viewer: Viewer | null, id: string, ifNoneMatch: string | undefined): Promise<Download> {
    const attachment = isUuid(id)
      ? await this.documents.findVisibleAttachment(id, documentScope(viewer))
      : null;
    if (!attachment) throw new NotFoundError('Attachment', id);
    if (ifNoneMatch && etagMatches(ifNoneMatch, attachment.sha256)) return { attachment, body: null };
    const body = await this.storage.get(attachment.storageKey);
    return { attachment, body };
  }
}

function etagMatches(header: string, sha256: string): boolean {
  if (header.trim() === '*') return true;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, '').replace(/^"|"$/g, ''))
    .includes(sha256);
}
