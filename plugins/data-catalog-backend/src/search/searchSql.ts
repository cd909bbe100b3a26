import { Knex } from 'knex';

/**
 * The few SQL spellings that differ between PostgreSQL (production) and
 * SQLite (development) in the search index.
 */
export type SearchDialect = {
  postgres: boolean;
  /** The description in an `asset_docs.doc` (JSON, or plain text). */
  docDescription(column: string): string;
  /** The distinct tag names of `asset_tags` rows, a JSON array (subquery). */
  tagNamesJson(where: string): string;
  /** Whether the JSON array `column` holds the bound value. */
  jsonArrayHas(column: string): string;
  /** Rows `j.value` of the JSON array `column`, to join after a FROM. */
  jsonArrayRows(column: string): string;
};

export function isPostgres(knex: Knex): boolean {
  return knex.client.config.client === 'pg';
}

const postgres: SearchDialect = {
  postgres: true,
  docDescription: column =>
    `CASE WHEN ${column} LIKE '{%' THEN (${column}::json ->> 'description') ELSE nullif(${column}, '') END`,
  tagNamesJson: where =>
    `(SELECT json_agg(DISTINCT t.name ORDER BY t.name)::text FROM asset_tags atg JOIN tags t ON t.id = atg.tag_id WHERE ${where})`,
  jsonArrayHas: column => `jsonb_exists(${column}::jsonb, ?)`,
  jsonArrayRows: column =>
    `CROSS JOIN LATERAL json_array_elements_text(${column}::json) AS j(value)`,
};

const sqlite: SearchDialect = {
  postgres: false,
  docDescription: column =>
    `CASE WHEN json_valid(${column}) AND json_type(${column}) = 'object' THEN json_extract(${column}, '$.description') ELSE nullif(${column}, '') END`,
  tagNamesJson: where =>
    `(SELECT json_group_array(name) FROM (SELECT DISTINCT t.name FROM asset_tags atg JOIN tags t ON t.id = atg.tag_id WHERE ${where} ORDER BY t.name))`,
  jsonArrayHas: column =>
    `EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_each.value = ?)`,
  jsonArrayRows: column => `CROSS JOIN json_each(${column}) AS j`,
};

export function searchDialect(knex: Knex): SearchDialect {
  return isPostgres(knex) ? postgres : sqlite;
}

/** Escapes `%`, `_` and `\` for a LIKE pattern with `ESCAPE '\'`. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, c => `\\${c}`);
}
