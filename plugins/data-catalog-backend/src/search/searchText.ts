import { Knex } from 'knex';
import { escapeLike, SearchDialect } from './searchSql';

/** What the user typed, normalised for matching. */
export type SearchText = {
  /** The whole query, trimmed and lower-cased. */
  lower: string;
  /** Its words (letters and digits), at most eight. */
  terms: string[];
};

const WORD_SEPARATOR = /[^\p{L}\p{N}]+/u;
// Trigram indexes need three characters; shorter substrings would scan.
const MIN_SUBSTRING = 3;
// Shorter prefixes (`id:*`) expand to too many words to stay fast.
const MIN_PREFIX = 3;

export function parseSearchText(q: string): SearchText {
  const lower = q.trim().toLocaleLowerCase();
  const terms = [...new Set(lower.split(WORD_SEPARATOR).filter(Boolean))];
  return { lower, terms: terms.slice(0, 8) };
}

export type SqlFragment = { sql: string; bindings: Knex.RawBinding[] };

/** `LIKE` pattern of names starting with the query. */
export function prefixPattern(text: SearchText): string {
  return `${escapeLike(text.lower)}%`;
}

/** Words as typed: every word whole, the last one also as a prefix. */
function fullTextQuery(dialect: SearchDialect, terms: string[]): string {
  const last = terms.length - 1;
  const prefix = (term: string, i: number) =>
    i === last && term.length >= MIN_PREFIX;
  if (dialect.postgres) {
    return terms.map((t, i) => (prefix(t, i) ? `${t}:*` : t)).join(' & ');
  }
  return terms.map((t, i) => `"${t}"${prefix(t, i) ? '*' : ''}`).join(' AND ');
}

/**
 * "Other" matches (alias `d`): every word of the query is a word of the
 * name, qualified name, text or tags (the last word may be a prefix) — the
 * tsvector on PostgreSQL, FTS5 on SQLite — or, for a one-word query of
 * three characters or more, the name contains it (`preorders`). Several
 * words (`customer_code`) are words already: the trigram scan would only
 * find the same names again.
 */
export function otherMatchSql(
  dialect: SearchDialect,
  text: SearchText,
): SqlFragment {
  const parts: string[] = [];
  const bindings: Knex.RawBinding[] = [];
  if (text.terms.length === 1 && text.lower.length >= MIN_SUBSTRING) {
    parts.push(`d.name_lower LIKE ? ESCAPE '\\'`);
    bindings.push(`%${escapeLike(text.lower)}%`);
  }
  if (text.terms.length > 0) {
    parts.push(
      dialect.postgres
        ? `d.search_vector @@ to_tsquery('simple', ?)`
        : 'd.row_id IN (SELECT rowid FROM search_documents_fts WHERE search_documents_fts MATCH ?)',
    );
    bindings.push(fullTextQuery(dialect, text.terms));
  }
  if (parts.length === 0) return { sql: '1 = 0', bindings };
  return { sql: `(${parts.join(' OR ')})`, bindings };
}
