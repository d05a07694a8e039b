import { apiPaths } from '@cop/web-routes';
import { humanSize } from './attachment-table';

export type UploadOutcome = { ok: true; id: string } | { ok: false; message: string };

/** The words for a refused upload, from the status and the API's `{ error: { code, message } }`. */
export function uploadFailureWords(
  status: number,
  body: string,
  file: { name: string },
  maxBytes: number,
): string {
  let message = '';
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown; fields?: Record<string, string> } };
    const fields = parsed.error?.fields;
    message = fields?.file ? `The file ${fields.file}.` : String(parsed.error?.message ?? '');
  } catch {
    // Not the API's JSON (a proxy's page): the status says enough.
  }
  switch (status) {
    case 413:
      return `“${file.name}” is too large: files may be at most ${humanSize(maxBytes)}. Make it smaller (compress it, or split it) or link to where it is kept.`;
    case 401:
      return 'Your session has ended. Sign in again, then attach the file.';
    case 403:
      return 'You may not attach files to this document: only its author, a chair of its groups or the office may.';
    case 404:
      return 'This document no longer exists, or you may no longer see it.';
    case 429:
      return 'Too many uploads at once. Wait a minute and try again.';
    case 400:
      return message || 'The server could not read the file. Try again.';
    default:
      return status >= 500
        ? 'Something went wrong on the server. Try again in a moment.'
        : message || `The upload failed (${status}).`;
  }
}

/**
 * Sends one file to POST /documents/:id/attachments (multipart, field `file`) with
 * XMLHttpRequest, whose upload events tell the progress (fetch tells none). The request is
 * same-origin, so the session cookie (SameSite=Lax, the API's only defence against cross-site
 * posts to this route) goes with it; nothing else is needed.
 */
export function uploadAttachment(
  documentId: string,
  file: File,
  maxBytes: number,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadOutcome> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', apiPaths.documentAttachments(documentId));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201) {
        onProgress(1);
        let id = '';
        try {
          id = String((JSON.parse(xhr.responseText) as { id?: unknown }).id ?? '');
        } catch {
          // The file is stored; its id only names it.
        }
        resolve({ ok: true, id });
      } else
        resolve({ ok: false, message: uploadFailureWords(xhr.status, xhr.responseText, file, maxBytes) });
    };
    xhr.onerror = () =>
      resolve({
        ok: false,
        message: 'The server could not be reached. Check your connection and try again.',
      });
    xhr.onabort = () => resolve({ ok: false, message: 'The upload was cancelled.' });
    signal?.addEventListener('abort', () => xhr.abort());
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}
