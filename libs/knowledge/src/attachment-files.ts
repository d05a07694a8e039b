/** Attachment file names and types: never trust what the client says. */

const FILENAME_MAX = 255;

/** The base name only, without control or bidi-override characters; "file" when nothing is left. */
export function sanitizeFilename(raw: string | null | undefined): string {
  let name = (raw ?? '').normalize('NFC');
  name = name.split(/[/\\]/).pop() ?? '';
  name = name
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/["*:<>?|]/g, '_')
    .trim();
  name = name.replace(/^\.+/, '').trim();
  if (!name) return 'file';
  if (name.length > FILENAME_MAX) {
    const dot = name.lastIndexOf('.');
    const ext = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = name.slice(0, FILENAME_MAX - ext.length) + ext;
  }
  return name;
}

const SIGNATURES: { type: string; bytes: number[]; offset?: number }[] = [
  { type: 'application/pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'application/gzip', bytes: [0x1f, 0x8b] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
];

const OFFICE: Record<string, string> = {
  'word/': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'xl/': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'ppt/': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
};

/** How many leading bytes sniffing looks at. */
export const SNIFF_BYTES = 8192;

/** The content type from the first bytes: a small magic-number table, else UTF-8 text, else bytes. */
export function sniffContentType(head: Buffer): string {
  for (const sig of SIGNATURES) {
    if (head.length >= sig.bytes.length && sig.bytes.every((b, i) => head[i] === b)) {
      return sig.type === 'application/zip' ? officeType(head) : sig.type;
    }
  }
  return isUtf8Text(head) ? 'text/plain; charset=utf-8' : 'application/octet-stream';
}

/** OOXML files are zips whose entries live under word/, xl/ or ppt/ (the first entries name them). */
function officeType(head: Buffer): string {
  const text = head.toString('latin1');
  for (const [dir, type] of Object.entries(OFFICE)) if (text.includes(dir)) return type;
  return 'application/zip';
}

function isUtf8Text(head: Buffer): boolean {
  if (head.length === 0) return true;
  // A multi-byte character may be cut at the end of the sniffed window: drop up to 3 bytes.
  for (let cut = 0; cut <= 3 && cut < head.length; cut++) {
    const slice = head.subarray(0, head.length - cut);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(slice);
    } catch {
      if (head.length < SNIFF_BYTES) return false;
      continue;
    }

    return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
  }
  return false;
}

/** RFC 6266: an ASCII fallback and the exact name as filename* (RFC 8187). */
export function contentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
