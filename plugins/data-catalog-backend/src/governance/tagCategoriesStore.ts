import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  TagCategory,
  TagCategoryRequest,
} from '@internal/plugin-data-catalog-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { assertNameFree, toBoolean } from './rows';

type Db = Knex | Knex.Transaction;

const CATEGORY_FIELDS = ['c.id', 'c.name', 'c.description', 'c.exclusive'];

function categoryQuery(db: Db) {
  return db('tag_categories as c')
    .leftJoin('tags as t', 't.category_id', 'c.id')
    .groupBy(CATEGORY_FIELDS)
    .select(CATEGORY_FIELDS)
    .count('t.id as tag_count')
    .orderBy('c.name');
}

function categoryFromRow(row: any): TagCategory {
  return {
    id: row.id,
    name: row.name,
    ...(row.description ? { description: row.description } : {}),
    exclusive: toBoolean(row.exclusive),
    tagCount: Number(row.tag_count),
  };
}

export async function listTagCategories(db: Db): Promise<TagCategory[]> {
  return (await categoryQuery(db)).map(categoryFromRow);
}

export async function getTagCategory(db: Db, id: string): Promise<TagCategory> {
  const row = await categoryQuery(db).where('c.id', id).first();
  if (!row) throw new NotFoundError(`No tag category ${id}`);
  return categoryFromRow(row);
}

const vocabulary = { table: 'tag_categories', label: 'tag category' };

export async function createTagCategory(
  db: Db,
  input: TagCategoryRequest,
): Promise<TagCategory> {
  await assertNameFree(db, vocabulary, input.name);
  const id = randomUUID();
  await db('tag_categories').insert({
    id,
    name: input.name,
    description: input.description ?? null,
    exclusive: input.exclusive,
  });
  return getTagCategory(db, id);
}

export async function updateTagCategory(
  db: Db,
  id: string,
  input: Partial<TagCategoryRequest>,
): Promise<{ before: TagCategory; after: TagCategory }> {
  const before = await getTagCategory(db, id);
  if (input.name !== undefined) {
    await assertNameFree(db, vocabulary, input.name, id);
  }
  const patch = {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.description !== undefined
      ? { description: input.description || null }
      : {}),
    ...(input.exclusive !== undefined ? { exclusive: input.exclusive } : {}),
  };
  if (Object.keys(patch).length > 0) {
    await db('tag_categories').where('id', id).update(patch);
  }
  return { before, after: await getTagCategory(db, id) };
}

/** Only an empty category: its tags may be on assets (409 otherwise). */
export async function deleteTagCategory(
  db: Db,
  id: string,
): Promise<TagCategory> {
  const category = await getTagCategory(db, id);
  if (category.tagCount > 0) {
    throw new ConflictError(
      `Tag category ${category.name} still has ${category.tagCount} tags; delete or move them first`,
    );
  }
  await db('tag_categories').where('id', id).delete();
  return category;
}
