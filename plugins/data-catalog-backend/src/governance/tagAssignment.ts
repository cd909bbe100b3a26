import { InputError } from '@backstage/errors';
import { AssetTag, PiiLevel, Tag } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toColumnName } from './rows';
import { assertTagPolicy } from './tagPolicyState';

export type TagAssignment = {
  entityRef: string;
  column?: string;
  add: Tag[];
  remove: Tag[];
  actor: string;
};

/** The tags on a table ('' column) or one of its columns, by name. */
export async function tagsOn(
  db: Knex | Knex.Transaction,
  entityRef: string,
  column?: string,
): Promise<AssetTag[]> {
  const rows = await db('asset_tags as at')
    .join('tags as t', 't.id', 'at.tag_id')
    .join('tag_categories as c', 'c.id', 't.category_id')
    .where({
      'at.entity_ref': entityRef,
      'at.column_name': toColumnName(column),
    })
    .select('t.id', 't.name', 't.color', 't.pii_level', 'c.name as category')
    .orderBy('t.name');
  return rows.map(row => ({
    id: row.id,
    name: row.name,
    category: row.category,
    piiLevel: row.pii_level as PiiLevel,
    ...(row.color ? { color: row.color } : {}),
  }));
}

/**
 * Applies the change, then checks the table's resulting tags (its own and
 * its columns'): any violation throws and so rolls the transaction back.
 */
export async function assignTags(
  trx: Knex.Transaction,
  assignment: TagAssignment,
): Promise<{ before: AssetTag[]; after: AssetTag[] }> {
  const { entityRef, column, remove } = assignment;
  const add = [...new Map(assignment.add.map(tag => [tag.id, tag])).values()];
  const both = add.filter(tag => remove.some(r => r.id === tag.id));
  if (both.length > 0) {
    throw new InputError(
      `remove: ${both.map(t => t.name).join(', ')} is also in add`,
    );
  }
  const before = await tagsOn(trx, entityRef, column);
  const where = { entity_ref: entityRef, column_name: toColumnName(column) };
  if (remove.length > 0) {
    await trx('asset_tags')
      .where(where)
      .whereIn(
        'tag_id',
        remove.map(tag => tag.id),
      )
      .delete();
  }
  if (add.length > 0) {
    const now = new Date();
    await trx('asset_tags')
      .insert(
        add.map(tag => ({
          ...where,
          tag_id: tag.id,
          assigned_by: assignment.actor,
          assigned_at: now,
        })),
      )
      .onConflict(['entity_ref', 'column_name', 'tag_id'])
      .ignore();
  }
  await assertTagPolicy(trx, entityRef);
  return { before, after: await tagsOn(trx, entityRef, column) };
}
