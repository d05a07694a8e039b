/** ts_headline marks matches with these private-use characters; they are stripped from the text first. */
export const MARK_START = '\ue000';
export const MARK_STOP = '\ue001';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Escapes everything, then turns the sentinels (and only them) into <mark></mark>. */
export function headlineHtml(raw: string): string {
  let html = '';
  let open = false;
  for (const part of raw.split(/([\ue000\ue001])/)) {
    if (part === MARK_START) {
      if (!open) html += '<mark>';
      open = true;
    } else if (part === MARK_STOP) {
      if (open) html += '</mark>';
      open = false;
    } else html += escapeHtml(part);
  }
  return open ? `${html}</mark>` : html;
}
