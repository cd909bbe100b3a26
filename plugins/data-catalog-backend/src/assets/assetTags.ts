import { AssetTag, PiiLevel } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { chunked } from './dbValues';

/** A tag on a table ('' column) or on one of its columns. */
export type PlacedTag = { entityRef: string; column: string; tag: AssetTag };

/** Tags of the given tables and their columns, by name within each. */
export async function loadPlacedTags(
  knex: Knex,
  refs: string[],
  options: { tableOnly?: boolean } = {},
): Promise<PlacedTag[]> {
  const placed: PlacedTag[] = [];
  for (const chunk of chunked(refs)) {
    const query = knex('asset_tags as at')
      .join('tags as t', 't.id', 'at.tag_id')
      .join('tag_categories as c', 'c.id', 't.category_id')
      .whereIn('at.entity_ref', chunk)
      .select(
        'at.entity_ref',
        'at.column_name',
        't.id',
        't.name',
        't.color',
        't.pii_level',
        'c.name as category',
      )
      .orderBy('t.name');
    if (options.tableOnly) query.where('at.column_name', '');
    for (const row of await query) {
      placed.push({
        entityRef: row.entity_ref,
        column: row.column_name,
        tag: {
          id: row.id,
          name: row.name,
          category: row.category,
          piiLevel: row.pii_level as PiiLevel,
          ...(row.color ? { color: row.color } : {}),
        },
      });
    }
  }
  return placed;
}

/** Tags carrying personal data make a column's values sensitive. */
export function isPiiTag(tag: AssetTag): boolean {
  return !!tag.piiLevel && tag.piiLevel !== 'none';
}
