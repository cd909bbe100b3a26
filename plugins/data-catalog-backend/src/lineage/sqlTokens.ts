/**
 * What lineage parsing needs of a SQL text: words (unquoted, lower-cased),
 * quoted identifiers (as written), punctuation, and literals whose content
 * never matters. Comments vanish.
 */
export type SqlToken =
  | { kind: 'word'; text: string }
  | { kind: 'quoted'; text: string }
  | { kind: 'punct'; text: string }
  | { kind: 'literal' };

/**
 * `mysql`: backslash escapes in every string and `#` line comments.
 * `postgresql`: backslashes only escape in E'…' strings; block comments nest.
 */
export type SqlDialect = 'postgresql' | 'mysql';

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;
const DOLLAR_TAG = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/;

export function tokenizeSql(text: string, dialect: SqlDialect): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (/\s/.test(c)) {
      i++;
    } else if (
      (c === '-' && next === '-') ||
      (c === '#' && dialect === 'mysql')
    ) {
      i = lineEnd(text, i);
    } else if (c === '/' && next === '*') {
      i = blockCommentEnd(text, i, dialect === 'postgresql');
    } else if (c === "'") {
      i = stringEnd(text, i, dialect === 'mysql');
      tokens.push({ kind: 'literal' });
    } else if ((c === 'e' || c === 'E') && next === "'") {
      i = stringEnd(text, i + 1, true);
      tokens.push({ kind: 'literal' });
    } else if (c === '"' || c === '`') {
      const end = quotedEnd(text, i, c);
      tokens.push({ kind: 'quoted', text: unquote(text.slice(i, end), c) });
      i = end;
    } else if (c === '$') {
      i = dollarEnd(text, i);
      tokens.push({ kind: 'literal' });
    } else if (/[0-9]/.test(c)) {
      i = wordEnd(text, i);
      tokens.push({ kind: 'literal' });
    } else if (WORD_START.test(c)) {
      const end = wordEnd(text, i);
      tokens.push({ kind: 'word', text: text.slice(i, end).toLowerCase() });
      i = end;
    } else {
      tokens.push({ kind: 'punct', text: c });
      i++;
    }
  }
  return tokens;
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end + 1;
}

/** PostgreSQL nests block comments, MySQL does not. */
function blockCommentEnd(text: string, start: number, nests: boolean) {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text.startsWith('/*', i)) {
      depth = nests || depth === 0 ? depth + 1 : depth;
      i += 2;
    } else if (text.startsWith('*/', i)) {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else {
      i++;
    }
  }
  return text.length;
}

/** `'…'` with `''` doubling, and `\x` escapes where the dialect has them. */
function stringEnd(text: string, start: number, backslashEscapes: boolean) {
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (backslashEscapes && c === '\\') {
      i += 2;
    } else if (c === "'" && text[i + 1] === "'") {
      i += 2;
    } else if (c === "'") {
      return i + 1;
    } else {
      i++;
    }
  }
  return text.length;
}

/** `"…"` or `` `…` `` with the quote doubled inside. */
function quotedEnd(text: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) {
      i += 2;
    } else if (text[i] === quote) {
      return i + 1;
    } else {
      i++;
    }
  }
  return text.length;
}

function unquote(raw: string, quote: string): string {
  const body =
    raw.endsWith(quote) && raw.length > 1 ? raw.slice(1, -1) : raw.slice(1);
  return body.split(quote + quote).join(quote);
}

/** `$1` parameters, or `$tag$…$tag$` strings (function bodies and such). */
function dollarEnd(text: string, start: number): number {
  const tag = DOLLAR_TAG.exec(text.slice(start, start + 64))?.[0];
  if (!tag) return wordEnd(text, start + 1);
  const close = text.indexOf(tag, start + tag.length);
  return close < 0 ? text.length : close + tag.length;
}

function wordEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && WORD_PART.test(text[i])) i++;
  return i;
}
