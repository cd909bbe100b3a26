const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, c => HTML_ESCAPES[c]);
}

/** A case-insensitive pattern of the needles, longest first. */
function needlePattern(needles: string[]): RegExp | undefined {
  const sorted = [...new Set(needles.filter(Boolean))].sort(
    (a, b) => b.length - a.length,
  );
  if (sorted.length === 0) return undefined;
  const escaped = sorted.map(n => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'giu');
}

/**
 * `text` HTML-escaped, with every occurrence of a needle wrapped in
 * `<mark>…</mark>`. Matches are found in the raw text and each piece is
 * escaped on its own, so markup in the text can never become a tag and a
 * needle never matches inside an entity such as `&amp;`.
 */
export function highlightText(text: string, needles: string[]): string {
  const pattern = needlePattern(needles);
  if (!pattern) return escapeHtml(text);
  let out = '';
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const at = match.index ?? 0;
    out += `${escapeHtml(text.slice(last, at))}<mark>${escapeHtml(
      match[0],
    )}</mark>`;
    last = at + match[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

/**
 * At most `max` characters of `text` around its first match, with an
 * ellipsis where it was cut.
 */
export function snippet(text: string, needles: string[], max = 240): string {
  if (text.length <= max) return text;
  const pattern = needlePattern(needles);
  const first = pattern ? text.search(pattern) : -1;
  const start = first > max / 4 ? first - Math.floor(max / 4) : 0;
  const end = Math.min(text.length, start + max);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${
    end < text.length ? '…' : ''
  }`;
}
