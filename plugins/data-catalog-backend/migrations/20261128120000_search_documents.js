// @ts-check
/**
 * The search index of the data catalog: one denormalised row per table or
 * view, column, glossary term and tag, kept up to date incrementally
 * (src/search/searchDocuments.ts). PostgreSQL gets a generated tsvector with
 * a GIN index and a trigram index on the lower-cased name; SQLite an FTS5
 * table kept in step by triggers.
 *
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('search_documents', t => {
    // Integer key: SQLite's FTS5 table points at it, so it must not move.
    t.bigIncrements('row_id').primary();
    // `table:<ref>`, `column:<ref>#<column>`, `term:<id>`, `tag:<id>`.
    t.string('doc_key', 600).notNullable().unique();
    t.string('kind', 10).notNullable();
    // The table's entity ref, or the term's / tag's id.
    t.string('id').notNullable();
    // The table's entity ref for tables and columns (permission, refresh).
    t.string('entity_ref');
    t.string('column_name').notNullable().defaultTo('');
    t.string('asset_kind', 30);
    // The table's name, for tables and columns (labels such as `t.col`).
    t.string('table_name');
    t.string('name').notNullable();
    t.string('name_lower').notNullable();
    t.string('qualified_name', 1200).notNullable();
    t.text('text').notNullable();
    t.string('platform', 40);
    t.string('source_id', 63);
    t.string('owner');
    t.string('domain');
    // JSON array of tag names.
    t.text('tags').notNullable();
    // Tags of the table and of any of its columns (the HAS_TAG permission
    // rule), the same for the table's and its columns' documents.
    t.text('access_tags').notNullable().defaultTo('[]');
    t.float('quality');
    // Portal views in 30 days + query calls of the table.
    t.float('usage').notNullable();
    t.boolean('documented').notNullable();
    // ln(1 + usage) + 1 when documented: the order within a match tier.
    t.float('boost').notNullable();
    // The asset's changed_at (term: updated_at), copied verbatim so the
    // consistency task can compare it with `assets.changed_at`.
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.timestamp('indexed_at', { useTz: true }).notNullable();
    t.index(['entity_ref']);
    t.index(['kind']);
  });

  if (knex.client.config.client === 'pg') {
    await createPostgresIndexes(knex);
  } else {
    await knex.raw(`CREATE INDEX search_documents_name ON search_documents
      (name_lower, boost DESC, row_id)`);
    await knex.raw(`CREATE INDEX search_documents_boost ON search_documents
      (boost DESC, row_id)`);
    await createSqliteFullText(knex);
  }
};

/** What ranking, filters, facets and permissions read of a candidate. */
const RANKED =
  'kind, platform, owner, domain, quality, tags, entity_ref, source_id, access_tags';

/**
 * A column's qualified name holds its table's, and would make every column
 * of `orders` match "orders": only tables, terms and tags index it.
 *
 * @param {string} row `new.`, `old.` or '' for the row itself
 */
const fullTextQualifiedName = row =>
  `CASE WHEN ${row}kind = 'column' THEN '' ELSE ${row}qualified_name END`;

/** @param {import('knex').Knex} knex */
async function createPostgresIndexes(knex) {
  // Words of the name, qualified name, text and tags; punctuation (`_`, `.`)
  // separates words, as it does in SQLite's FTS5 tokenizer.
  await knex.raw(`
    ALTER TABLE search_documents ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, regexp_replace(
      name || ' ' || ${fullTextQualifiedName('')} || ' ' || text || ' ' || tags,
      '[^[:alnum:]]+', ' ', 'g'))) STORED`);
  await knex.raw(
    'CREATE INDEX search_documents_vector ON search_documents USING gin (search_vector)',
  );
  // Byte order for names: a plain btree then serves equality, LIKE 'x%'
  // and ORDER BY name alike (text_pattern_ops would not sort).
  await knex.raw(
    'ALTER TABLE search_documents ALTER COLUMN name_lower TYPE varchar(255) COLLATE "C"',
  );
  // Exact and prefix matches of the name, and the whole index, in rank
  // order; covering, so a query matching 100,000 columns named `id` reads
  // its best 5,000 from the index alone (no heap visits).
  await knex.raw(`CREATE INDEX search_documents_name ON search_documents
    (name_lower, boost DESC, row_id) INCLUDE (${RANKED})`);
  await knex.raw(`CREATE INDEX search_documents_boost ON search_documents
    (boost DESC, row_id) INCLUDE (${RANKED})`);
  if (await createTrigramExtension(knex)) {
    await knex.raw(
      'CREATE INDEX search_documents_name_trgm ON search_documents USING gin (name_lower gin_trgm_ops)',
    );
  }
}

/**
 * pg_trgm ships with postgresql-contrib and is a trusted extension; where
 * it cannot be created, substring matches of names work without an index.
 *
 * @param {import('knex').Knex} knex
 */
async function createTrigramExtension(knex) {
  try {
    // A savepoint, so a refusal does not abort the migration.
    await knex.transaction(async trx => {
      await trx.raw('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    });
    return true;
  } catch {
    return false;
  }
}

/** @param {import('knex').Knex} knex */
async function createSqliteFullText(knex) {
  await knex.raw(`
    CREATE VIRTUAL TABLE search_documents_fts USING fts5(
      name, qualified_name, text, tags,
      content='search_documents', content_rowid='row_id')`);
  const columns = 'name, qualified_name, text, tags';
  /** @param {string} row */
  const values = row =>
    `${row}.name, ${fullTextQualifiedName(
      `${row}.`,
    )}, ${row}.text, ${row}.tags`;
  const remove = `INSERT INTO search_documents_fts(search_documents_fts, rowid, ${columns})
      VALUES ('delete', old.row_id, ${values('old')});`;
  const add = `INSERT INTO search_documents_fts(rowid, ${columns})
      VALUES (new.row_id, ${values('new')});`;
  await knex.raw(`CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents
    BEGIN ${add} END`);
  await knex.raw(`CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents
    BEGIN ${remove} END`);
  await knex.raw(`CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents
    BEGIN ${remove} ${add} END`);
}

/** @param {import('knex').Knex} knex */
exports.down = async function down(knex) {
  if (knex.client.config.client !== 'pg') {
    await knex.raw('DROP TABLE IF EXISTS search_documents_fts');
  }
  await knex.schema.dropTable('search_documents');
};
