import { Knex } from 'knex';

/** The vocabulary table and column names are made of. */
export const vocabulary = {
  domains: [
    'sales',
    'finance',
    'marketing',
    'hr',
    'ops',
    'logistics',
    'product',
    'support',
    'billing',
    'risk',
  ],
  entities: [
    'customer',
    'order',
    'invoice',
    'payment',
    'shipment',
    'product',
    'account',
    'session',
    'event',
    'ticket',
    'campaign',
    'employee',
    'contract',
    'refund',
    'subscription',
    'inventory',
    'supplier',
    'lead',
    'claim',
    'transaction',
  ],
  suffixes: [
    'daily',
    'history',
    'snapshot',
    'staging',
    'raw',
    'agg',
    'fact',
    'dim',
    'archive',
    'latest',
  ],
  measures: ['amount', 'total', 'price', 'quantity', 'score'],
  attributes: ['email', 'phone', 'country', 'currency', 'region'],
  codes: ['code', 'type', 'category', 'source', 'owner'],
};

const SOURCES = 20;
/** Every 97th table (prime: no pattern of the vocabulary) is sampled. */
export const SAMPLE_EVERY = 97;

/** Whether a document belongs to a sampled table (terms and tags do). */
export function isSampled(entityRef: string, every = SAMPLE_EVERY): boolean {
  const index = entityRef.match(/_(\d+)$/)?.[1];
  return index === undefined || Number(index) % every === 0;
}
const pgArray = (values: string[]) =>
  `ARRAY[${values.map(v => `'${v}'`).join(', ')}]`;

/**
 * Fills a migrated data-catalog database with `tables` tables and views
 * (ten columns each) over 20 sources: names like `refund_daily_4711` in
 * schemas per domain, a third with comments, a fifth of the columns with
 * comments, quality scores, views, and a PII tag on every tenth email
 * column. Set-based SQL; a few seconds per 100,000 tables.
 */
export async function generateCatalog(knex: Knex, tables: number) {
  const v = vocabulary;
  const now = new Date();
  await knex.raw(
    `INSERT INTO sources (id, title, platform, connection, owner, domain, created_by, created_at, updated_at)
     SELECT 'src' || s, 'Source ' || s, (ARRAY['postgresql', 'mysql'])[1 + s % 2], '{}',
       'group:default/team-' || (s % 8), (${pgArray(
         v.domains,
       )})[1 + s % 10], 'user:default/bench', ?, ?
     FROM generate_series(0, ${SOURCES - 1}) s`,
    [now, now],
  );
  await knex.raw(`CREATE UNLOGGED TABLE bench_tables AS
    SELECT i, (${pgArray(v.entities)})[1 + (i * 7) % 20] AS entity,
      (${pgArray(v.entities)})[1 + (i * 11 + 3) % 20] AS other,
      (${pgArray(v.suffixes)})[1 + (i / 20) % 10] AS suffix,
      (${pgArray(v.domains)})[1 + i % 10] AS domain
    FROM generate_series(0, ${tables - 1}) i`);
  await knex.raw(
    `ALTER TABLE bench_tables ADD COLUMN name text, ADD COLUMN ref text`,
  );
  await knex.raw(`UPDATE bench_tables SET name = entity || '_' || suffix || '_' || i,
    ref = 'resource:src' || (i % ${SOURCES}) || '/db' || (i % 5) || '.' || domain || '.' || entity || '_' || suffix || '_' || i`);
  await knex.raw(
    `INSERT INTO assets (entity_ref, source_id, kind, database_name, schema_name, name, qualified_name,
       comment, column_count, content_hash, first_seen_at, last_seen_at, changed_at)
     SELECT ref, 'src' || (i % ${SOURCES}), CASE WHEN i % 10 = 0 THEN 'view' ELSE 'table' END,
       'db' || (i % 5), domain, name, 'db' || (i % 5) || '.' || domain || '.' || name,
       CASE WHEN i % 3 = 0 THEN initcap(suffix) || ' ' || entity || ' data of the ' || domain || ' team, by ' || other END,
       10, md5(ref), ?, ?, ?
     FROM bench_tables`,
    [now, now, now],
  );
  await knex.raw(
    `INSERT INTO columns (entity_ref, name, ordinal, data_type, nullable, comment)
     SELECT t.ref, c.name, c.ordinal, c.type, c.ordinal > 1,
       CASE WHEN (t.i + c.ordinal) % 5 = 0 THEN 'The ' || replace(c.name, '_', ' ') || ' of the ' || t.entity END
     FROM bench_tables t CROSS JOIN LATERAL (VALUES
       (1, 'id', 'bigint'), (2, t.entity || '_id', 'bigint'), (3, t.other || '_id', 'bigint'),
       (4, 'created_at', 'timestamptz'), (5, 'updated_at', 'timestamptz'), (6, 'status', 'text'),
       (7, (${pgArray(
         v.measures,
       )})[1 + t.i % 5], 'numeric'), (8, 'name', 'text'),
       (9, (${pgArray(v.attributes)})[1 + (t.i / 7) % 5], 'text'),
       (10, t.entity || '_' || (${pgArray(v.codes)})[1 + (t.i / 3) % 5], 'text')
     ) AS c(ordinal, name, type)
     ON CONFLICT DO NOTHING`,
  );
  await knex('tag_categories').insert({
    id: 'pii',
    name: 'PII',
    exclusive: true,
  });
  await knex('tags').insert({
    id: 'pii-high',
    category_id: 'pii',
    name: 'pii-high',
    pii_level: 'high',
  });
  await knex.raw(
    `INSERT INTO asset_tags (entity_ref, column_name, tag_id, assigned_by, assigned_at)
     SELECT entity_ref, name, 'pii-high', 'user:default/bench', ? FROM columns
     WHERE name = 'email' AND length(entity_ref) % 10 = 0`,
    [now],
  );
  await knex.raw(
    `INSERT INTO quality_scores (entity_ref, score, measured_at)
     SELECT ref, (i * 37) % 101, ? FROM bench_tables WHERE i % 2 = 0`,
    [now],
  );
  await knex.raw(
    `INSERT INTO asset_views (entity_ref, day, views)
     SELECT ref, ?, 1 + (i * 13) % 200 FROM bench_tables WHERE i % 20 = 0`,
    [now.toISOString().slice(0, 10)],
  );
  const names: { name: string }[] = await knex('bench_tables')
    .select('name')
    .whereRaw(`i % ${SAMPLE_EVERY} = 0`)
    .orderBy('i');
  await knex.raw('DROP TABLE bench_tables');
  return names.map(n => n.name);
}
