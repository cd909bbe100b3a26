import { Knex } from 'knex';
import { computeQuality } from '../quality/computeQuality';
import {
  insertColumns,
  insertDoc,
  insertSource,
  insertTable,
  insertTag,
  tagAsset,
} from './assetFixtures';
import { dayKey } from '../assetUsage';

const at = new Date('2026-11-20T10:00:00Z');

async function insertTerm(
  knex: Knex,
  id: string,
  name: string,
  status: string,
) {
  await knex('glossary_terms').insert({
    id,
    name,
    definition: `${name}.`,
    synonyms: '[]',
    owner: 'group:default/sales',
    reviewers: '["user:default/rev"]',
    status,
    created_by: 'user:default/rev',
    created_at: at,
    updated_at: at,
  });
}

/**
 * One documented table with a PII column, glossary links, stats, quality,
 * favourites, views and queries: `resource:crm/shop.public.customers`.
 */
export async function seedCustomers(knex: Knex) {
  await insertSource(knex, { id: 'crm', owner: 'group:default/crm' });
  const ref = await insertTable(knex, {
    sourceId: 'crm',
    database: 'shop',
    name: 'customers',
    comment: 'People',
    lastModifiedAt: at,
    lastAnalyzedAt: at,
  });
  await insertColumns(knex, ref, [
    { name: 'id', dataType: 'integer', nullable: false, isPrimaryKey: true },
    { name: 'email', comment: 'Contact' },
    { name: 'account_id', dataType: 'integer' },
  ]);
  await knex('columns')
    .where({ entity_ref: ref, name: 'account_id' })
    .update({
      foreign_key: JSON.stringify({
        constraint: 'fk_account',
        schema: 'public',
        table: 'accounts',
        column: 'id',
      }),
    });
  await insertDoc(knex, ref, '', {
    description: 'Customers of the shop',
    owner: 'group:default/sales',
  });
  await insertDoc(knex, ref, 'email', { description: 'Primary e-mail' });
  await tagAsset(knex, ref, '', await insertTag(knex, 'gold'));
  const pii = await insertTag(knex, 'pii-email', {
    piiLevel: 'high',
    category: 'privacy',
  });
  await tagAsset(knex, ref, 'email', pii);
  await insertTerm(knex, 'term-customer', 'Customer', 'approved');
  await insertTerm(knex, 'term-email', 'Email address', 'draft');
  await knex('glossary_links').insert([
    {
      term_id: 'term-customer',
      entity_ref: ref,
      column_name: '',
      linked_by: 'u',
      linked_at: at,
    },
    {
      term_id: 'term-email',
      entity_ref: ref,
      column_name: 'email',
      linked_by: 'u',
      linked_at: at,
    },
  ]);
  const stats = (
    column: string,
    min: string,
    max: string,
    samples: string[],
  ) => ({
    entity_ref: ref,
    column_name: column,
    null_ratio: 0,
    distinct_ratio: 1,
    min_value: min,
    max_value: max,
    samples: JSON.stringify(samples),
    sampled_rows: 2,
    computed_at: at,
  });
  await knex('column_stats').insert([
    stats('id', '1', '9', ['1', '9']),
    stats('email', 'ada@example.com', 'bob@example.org', [
      'ada@example.com',
      'bob@example.org',
    ]),
  ]);
  await computeQuality(knex, ref, { now: new Date('2026-11-20T12:00:00Z') });
  await knex('favorites').insert([
    { user_ref: 'user:default/alice', entity_ref: ref, created_at: at },
    { user_ref: 'user:default/bob', entity_ref: ref, created_at: at },
  ]);
  await knex('asset_views').insert({
    entity_ref: ref,
    day: dayKey(),
    views: 3,
  });
  for (const [id, calls] of [
    ['q1', 5],
    ['q2', 50],
    ['q3', 7],
  ] as const) {
    await knex('queries').insert({
      source_id: 'crm',
      query_id: id,
      database_name: 'shop',
      text: `select * from customers -- ${id}`,
      calls,
      total_time_ms: calls * 2,
      rows: calls,
      user_name: 'app',
      last_seen_at: at,
    });
  }
  await knex('query_tables').insert(
    ['q1', 'q2', 'q3'].map(id => ({
      source_id: 'crm',
      query_id: id,
      entity_ref: ref,
    })),
  );
  return ref;
}
