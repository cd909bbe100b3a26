import { dataAssetRef } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { chunked, groupBy } from './dbValues';
import { SourceResource, TableResource } from './permissionRules';

/**
 * Loads tables as the permission rules see them, in the order asked,
 * undefined for refs that are not in the inventory.
 */
export async function loadTableResources(
  knex: Knex,
  refs: string[],
): Promise<Array<TableResource | undefined>> {
  const byRef = new Map<string, TableResource>();
  for (const chunk of chunked([...new Set(refs)])) {
    const rows = await knex('assets')
      .join('sources as s', 's.id', 'assets.source_id')
      .leftJoin('asset_docs as d', join =>
        join
          .on('d.entity_ref', 'assets.entity_ref')
          .andOnVal('d.column_name', ''),
      )
      .whereIn('assets.entity_ref', chunk)
      .select(
        'assets.entity_ref',
        'assets.source_id',
        knex.raw('coalesce(d.owner, s.owner) as owner'),
      );
    const tags = groupBy(
      await knex('asset_tags as at')
        .join('tags as t', 't.id', 'at.tag_id')
        .whereIn('at.entity_ref', chunk)
        .distinct('at.entity_ref', 't.name'),
      row => row.entity_ref,
    );
    for (const row of rows) {
      byRef.set(row.entity_ref, {
        entityRef: row.entity_ref,
        sourceId: row.source_id,
        owner: row.owner,
        tags: (tags.get(row.entity_ref) ?? []).map(t => t.name),
      });
    }
  }
  return refs.map(ref => byRef.get(ref));
}

/** A source's entity ref: `resource:<id>/<id>` (see `dataAssetRef`). */
const sourceIdOfRef = (ref: string) =>
  /^resource:([^/]+)\/([^/]+)$/.exec(ref)?.[2];

/** Loads sources by their entity refs, undefined for unknown ones. */
export async function loadSourceResources(
  knex: Knex,
  refs: string[],
): Promise<Array<SourceResource | undefined>> {
  const ids = refs.map(sourceIdOfRef).filter((id): id is string => !!id);
  const byId = new Map<string, SourceResource>();
  for (const chunk of chunked([...new Set(ids)])) {
    const rows = await knex('sources')
      .whereIn('id', chunk)
      .select('id', 'owner');
    for (const row of rows) {
      byId.set(row.id, {
        entityRef: dataAssetRef(row.id, []),
        id: row.id,
        owner: row.owner,
      });
    }
  }
  return refs.map(ref => {
    const resource = byId.get(sourceIdOfRef(ref) ?? '');
    return resource?.entityRef === ref ? resource : undefined;
  });
}
