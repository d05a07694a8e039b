import { Injectable } from '@nestjs/common';

const MB = 1024 * 1024;

function bytesFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive number of bytes`);
  return n;
}

/**
 * Size limits of the knowledge base: DOCUMENT_BODY_MAX_BYTES (default 1 MB) and
 * ATTACHMENT_MAX_BYTES (default 50 MB). Read once at start; tests may lower them on the instance.
 */
@Injectable()
export class KnowledgeLimits {
  bodyMaxBytes = bytesFromEnv('DOCUMENT_BODY_MAX_BYTES', MB);
  attachmentMaxBytes = bytesFromEnv('ATTACHMENT_MAX_BYTES', 50 * MB);
}
