const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** The API escapes a headline's text as HTML; this reads it back to plain text (nothing is parsed as markup). */
export function unescapeHtml(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39|apos|#(\d+)|#x([0-9a-f]+));/gi,
    (whole, name: string, dec, hex) => {
      if (dec) return String.fromCodePoint(Number(dec));
      if (hex) return String.fromCodePoint(parseInt(hex as string, 16));
      return ENTITIES[name.toLowerCase()] ?? whole;
    },
  );
}

/**
 * A search hit's headline as pieces of text, each marked or not. Only `<mark>` and `</mark>`
 * are read as tags; any other markup stays literal text, so React escapes it when rendered.
 */
export function headlineParts(html: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  let marked = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (piece) parts.push({ text: unescapeHtml(piece), marked });
  }
  return parts;
}
