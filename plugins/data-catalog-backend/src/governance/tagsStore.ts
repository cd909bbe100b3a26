import { InputError, NotFoundError } from '@backstage/errors';
import {
  PiiLevel,
  Tag,
  TagRequest,
} from '@internal/plugin-data-catalog-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { assertNameFree, toBoolean } from './rows';

type Db = Knex | Knex.Transaction;

const TAG_FIELDS = [
  't.id',
  't.category_id',
  't.name',
  't.description',
  't.color',
  't.pii_level',
  't.restricted',
];

function tagQuery(db: Db) {
  return db('tags as t')
    .join('tag_categories as c', 'c.id', 't.category_id')
    .leftJoin('asset_tags as at', 'at.tag_id', 't.id')
    .groupBy([...TAG_FIELDS, 'c.name'])
    .select([...TAG_FIELDS, 'c.name as category'])
    .count('at.tag_id as usage_count')
    .orderBy('t.name');
}

function tagFromRow(row: any): Tag {
  return {
    id: row.id,
    categoryId: row.category_id,
    category: row.category,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    ...(row.color ? { color: row.color } : {}),
    piiLevel: row.pii_level as PiiLevel,
    restricted: toBoolean(row.restricted),
    usageCount: Number(row.usage_count),
  };
}

export async function listTags(
  db: Db,
  filter: { categoryId?: string } = {},
): Promise<Tag[]> {
  const query = tagQuery(db);
  if (filter.categoryId) query.where('t.category_id', filter.categoryId);
  return (await query).map(tagFromRow);
}

export async function getTag(db: Db, id: string): Promise<Tag> {
  const row = await tagQuery(db).where('t.id', id).first();
  if (!row) throw new NotFoundError(`No tag ${id}`);
  return tagFromRow(row);
}

/**
 * Tags named by id or name, in the order asked; an unknown one is a 400
 * naming its place in the request (`add[1]`).
 */
export async function resolveTags(
  db: Db,
  field: string,
  keys: string[],
): Promise<Tag[]> {
  if (keys.length === 0) return [];
  const rows = await tagQuery(db).where(q =>
    q.whereIn('t.id', keys).orWhereIn('t.name', keys),
  );
  const tags = rows.map(tagFromRow);
  return keys.map((key, index) => {
    const tag = tags.find(t => t.id === key || t.name === key);
    if (!tag) throw new InputError(`${field}[${index}]: no tag ${key}`);
    return tag;
  });
}

async function assertValid(db: Db, input: Partial<TagRequest>, id?: string) {
  if (input.categoryId !== undefined) {
    const category = await db('tag_categories')
      .where('id', input.categoryId)
      .first('id');
    if (!category) {
      throw new InputError(`categoryId: no tag category ${input.categoryId}`);
    }
  }
  if (input.name !== undefined) {
    await assertNameFree(db, { table: 'tags', label: 'tag' }, input.name, id);
  }
}

function tagColumns(input: Partial<TagRequest>) {
  const columns: Record<string, unknown> = {};
  if (input.categoryId !== undefined) columns.category_id = input.categoryId;
  if (input.name !== undefined) columns.name = input.name;
  if (input.description !== undefined) {
    columns.description = input.description || null;
  }
  if (input.color !== undefined) columns.color = input.color;
  if (input.piiLevel !== undefined) columns.pii_level = input.piiLevel;
  if (input.restricted !== undefined) columns.restricted = input.restricted;
  return columns;
}

export async function createTag(db: Db, input: TagRequest): Promise<Tag> {
  await assertValid(db, input);
  const id = randomUUID();
  await db('tags').insert({ id, ...tagColumns(input) });
  return getTag(db, id);
}

export async function updateTag(
  db: Db,
  id: string,
  input: Partial<TagRequest>,
): Promise<{ before: Tag; after: Tag }> {
  const before = await getTag(db, id);
  await assertValid(db, input, id);
  const columns = tagColumns(input);
  if (Object.keys(columns).length > 0) {
    await db('tags').where('id', id).update(columns);
  }
  return { before, after: await getTag(db, id) };
}

/**
 * Removes the tag from every asset too. Explicitly: SQLite enforces the
 * cascading foreign key only when the connection enabled it.
 */
export async function deleteTag(db: Db, id: string): Promise<Tag> {
  const tag = await getTag(db, id);
  await db('asset_tags').where('tag_id', id).delete();
  await db('tags').where('id', id).delete();
  return tag;
}

/** Tables carrying a tag on themselves or a column. */
export async function tablesTaggedWith(db: Db, tagId: string) {
  const rows = await db('asset_tags')
    .where('tag_id', tagId)
    .distinct('entity_ref');
  return rows.map(row => row.entity_ref as string);
}
