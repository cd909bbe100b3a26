import { Knex } from 'knex';
import { TABLE_KINDS } from '../assets/assetKinds';
import { toIso } from './rows';

export type Favorite = {
  entityRef: string;
  name: string;
  qualifiedName: string;
  sourceId: string;
  kind: string;
  createdAt: string;
};

export async function addFavorite(
  knex: Knex,
  userRef: string,
  entityRef: string,
): Promise<void> {
  await knex('favorites')
    .insert({
      user_ref: userRef,
      entity_ref: entityRef,
      created_at: new Date(),
    })
    .onConflict(['user_ref', 'entity_ref'])
    .ignore();
}

export async function removeFavorite(
  knex: Knex,
  userRef: string,
  entityRef: string,
): Promise<void> {
  await knex('favorites')
    .where({ user_ref: userRef, entity_ref: entityRef })
    .delete();
}

type FavoriteRow = {
  entity_ref: string;
  name: string;
  qualified_name: string;
  source_id: string;
  kind: string;
  created_at: Date | string | number;
};

/**
 * A user's favourite tables, newest first, among those still in the
 * inventory that `readable` (a read decision on `assets`) lets them see.
 */
export async function listFavorites(
  knex: Knex,
  userRef: string,
  readable?: (qb: Knex.QueryBuilder) => void,
): Promise<Favorite[]> {
  const rows: FavoriteRow[] = await knex('favorites as f')
    .join('assets', 'assets.entity_ref', 'f.entity_ref')
    .where('f.user_ref', userRef)
    .whereIn('assets.kind', TABLE_KINDS)
    .modify(q => readable?.(q))
    .select(
      'assets.entity_ref',
      'assets.name',
      'assets.qualified_name',
      'assets.source_id',
      'assets.kind',
      'f.created_at',
    )
    .orderBy([
      { column: 'f.created_at', order: 'desc' },
      { column: 'assets.entity_ref' },
    ]);
  return rows.map(row => ({
    entityRef: row.entity_ref,
    name: row.name,
    qualifiedName: row.qualified_name,
    sourceId: row.source_id,
    kind: row.kind,
    createdAt: toIso(row.created_at),
  }));
}
