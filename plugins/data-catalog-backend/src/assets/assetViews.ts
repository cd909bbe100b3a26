import { NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { TABLE_KINDS } from './assetKinds';
import { dayKey } from './assetUsage';

/** Counts one portal view of a table for today (usage and trending). */
export async function recordAssetView(
  knex: Knex,
  entityRef: string,
): Promise<void> {
  const exists = await knex('assets')
    .where('entity_ref', entityRef)
    .whereIn('kind', TABLE_KINDS)
    .first('entity_ref');
  if (!exists) throw new NotFoundError(`No table or view ${entityRef}`);
  await knex('asset_views')
    .insert({ entity_ref: entityRef, day: dayKey(), views: 1 })
    .onConflict(['entity_ref', 'day'])
    .merge({ views: knex.raw('asset_views.views + 1') });
}
