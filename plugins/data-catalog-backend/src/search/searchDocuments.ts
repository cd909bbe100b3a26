import { Knex } from 'knex';
import { TABLE_KINDS } from '../assets/assetKinds';
import { chunked } from '../assets/dbValues';
import { searchDialect, SearchDialect } from './searchSql';
import { refreshTermAndTagDocuments } from './termAndTagDocuments';

/** Usage counts portal views of this many days (plus all query calls). */
export const USAGE_WINDOW_DAYS = 30;

const COLUMNS = `doc_key, kind, id, entity_ref, column_name, asset_kind, table_name, name,
  name_lower, qualified_name, text, platform, source_id, owner, domain, tags,
  access_tags, quality, usage, documented, boost, updated_at, indexed_at`;

// Log-scaled usage, plus one for a documented asset (README "Search").
const BOOST = (usage: string, text: string) =>
  `ln(1 + ${usage}) + CASE WHEN ${text} <> '' THEN 1 ELSE 0 END`;

/** Table and view documents of the assets `scope` selects (alias `a`). */
function insertTablesSql(dialect: SearchDialect, scope: string): string {
  return `INSERT INTO search_documents (${COLUMNS})
  SELECT 'table:' || x.entity_ref, 'table', x.entity_ref, x.entity_ref, '',
    x.kind, x.name, x.name, lower(x.name), x.qualified_name, x.text, x.platform,
    x.source_id, x.owner, x.domain, x.tags, x.access_tags, x.quality, x.usage,
    x.text <> '', ${BOOST('x.usage', 'x.text')}, x.changed_at, ?
  FROM (
    SELECT a.entity_ref, a.kind, a.name, a.qualified_name,
      coalesce(${dialect.docDescription('d.doc')}, a.comment, '') AS text,
      s.platform, a.source_id, coalesce(d.owner, s.owner) AS owner,
      coalesce(d.domain, s.domain) AS domain,
      coalesce(${dialect.tagNamesJson(
        "atg.entity_ref = a.entity_ref AND atg.column_name = ''",
      )}, '[]') AS tags,
      coalesce(${dialect.tagNamesJson(
        'atg.entity_ref = a.entity_ref',
      )}, '[]') AS access_tags,
      q.score AS quality,
      coalesce((SELECT sum(v.views) FROM asset_views v
        WHERE v.entity_ref = a.entity_ref AND v.day >= ?), 0)
      + coalesce((SELECT sum(qr.calls) FROM query_tables qt
        JOIN queries qr ON qr.source_id = qt.source_id AND qr.query_id = qt.query_id
        WHERE qt.entity_ref = a.entity_ref), 0) AS usage,
      a.changed_at
    FROM assets a
    JOIN sources s ON s.id = a.source_id
    LEFT JOIN asset_docs d ON d.entity_ref = a.entity_ref AND d.column_name = ''
    LEFT JOIN quality_scores q ON q.entity_ref = a.entity_ref
    WHERE a.kind IN (${TABLE_KINDS.map(() => '?').join(', ')}) AND ${scope}
  ) x`;
}

/**
 * Column documents of the columns `scope` selects (alias `c`); they take
 * platform, owner, domain, quality and usage from their table's document,
 * so tables are inserted first.
 */
function insertColumnsSql(dialect: SearchDialect, scope: string): string {
  return `INSERT INTO search_documents (${COLUMNS})
  SELECT 'column:' || x.entity_ref || '#' || x.name, 'column', x.entity_ref,
    x.entity_ref, x.name, t.asset_kind, t.name, x.name, lower(x.name),
    t.qualified_name || '.' || x.name, x.text, t.platform, t.source_id,
    t.owner, t.domain, x.tags, t.access_tags, t.quality, t.usage, x.text <> '',
    ${BOOST('t.usage', 'x.text')}, t.updated_at, ?
  FROM (
    SELECT c.entity_ref, c.name,
      coalesce(${dialect.docDescription('cd.doc')}, c.comment, '') AS text,
      coalesce(${dialect.tagNamesJson(
        'atg.entity_ref = c.entity_ref AND atg.column_name = c.name',
      )}, '[]') AS tags
    FROM columns c
    LEFT JOIN asset_docs cd ON cd.entity_ref = c.entity_ref AND cd.column_name = c.name
    WHERE ${scope}
  ) x
  JOIN search_documents t ON t.kind = 'table' AND t.entity_ref = x.entity_ref`;
}

function usageSince(now: Date): string {
  const since = new Date(now.getTime() - USAGE_WINDOW_DAYS * 86_400_000);
  return since.toISOString().slice(0, 10);
}

async function insertDocuments(
  trx: Knex.Transaction,
  scope: { tables: string; columns: string; refs: string[] },
) {
  const dialect = searchDialect(trx);
  const now = new Date();
  await trx.raw(insertTablesSql(dialect, scope.tables), [
    now,
    usageSince(now),
    ...TABLE_KINDS,
    ...scope.refs,
  ]);
  await trx.raw(insertColumnsSql(dialect, scope.columns), [now, ...scope.refs]);
}

/**
 * Rebuilds the search documents of these tables and views and their
 * columns from the inventory, docs, tags, quality and usage. Call it after
 * writing any of those (ingestion, docs, tags, quality); refs that no
 * longer exist lose their documents. Runs inside `db` when it is a
 * transaction (as a savepoint).
 */
export async function refreshSearchDocuments(
  db: Knex | Knex.Transaction,
  entityRefs: string[],
): Promise<void> {
  const refs = [...new Set(entityRefs)];
  for (const chunk of chunked(refs, 500)) {
    const marks = chunk.map(() => '?').join(', ');
    await db.transaction(async trx => {
      await trx('search_documents').whereIn('entity_ref', chunk).delete();
      await insertDocuments(trx, {
        tables: `a.entity_ref IN (${marks})`,
        columns: `c.entity_ref IN (${marks})`,
        refs: chunk,
      });
    });
  }
}

/** Rebuilds every document in one transaction (first start, benchmark). */
export async function rebuildSearchDocuments(knex: Knex): Promise<void> {
  await knex.transaction(async trx => {
    await trx('search_documents').whereIn('kind', ['table', 'column']).delete();
    await insertDocuments(trx, { tables: '1 = 1', columns: '1 = 1', refs: [] });
  });
  await refreshTermAndTagDocuments(knex);
}

export { refreshTermAndTagDocuments };
