import { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  isAndCriteria,
  isNotCriteria,
  isOrCriteria,
} from '@backstage/plugin-permission-node';
import { Knex } from 'knex';

/** What a data-catalog permission rule filters on; values lower-case. */
export type AssetQuery = {
  field: 'owner' | 'tag' | 'namespace';
  values: string[];
};

/** One placeholder per value (raw SQL does not expand arrays portably). */
const marks = (values: string[]) => values.map(() => '?').join(', ');

/**
 * The effective owner of the `assets` row in scope is one of `values`: the
 * table's documented owner, else (none documented) its source's. EXISTS
 * subqueries, so that callers need no joins and the database can plan
 * them as semi-joins rather than per-row lookups.
 */
function whereEffectiveOwnerIn(qb: Knex.QueryBuilder, values: string[]) {
  const tableDoc = (sub: Knex.QueryBuilder) =>
    sub
      .select('pd.entity_ref')
      .from('asset_docs as pd')
      .whereRaw('pd.entity_ref = assets.entity_ref')
      .where('pd.column_name', '')
      .whereNotNull('pd.owner');
  const ownedBy = (column: string) => (sub: Knex.QueryBuilder) =>
    sub.whereRaw(`lower(${column}) in (${marks(values)})`, values);
  qb.where(owner =>
    owner
      .whereExists(sub => ownedBy('pd.owner')(tableDoc(sub)))
      .orWhere(fallback =>
        fallback
          .whereNotExists(tableDoc)
          .whereExists(sub =>
            ownedBy('ps.owner')(
              sub
                .select('ps.id')
                .from('sources as ps')
                .whereRaw('ps.id = assets.source_id'),
            ),
          ),
      ),
  );
}

/** Nests the condition tree as where / orWhere / whereNot groups. */
export function applyCriteria(
  qb: Knex.QueryBuilder,
  criteria: PermissionCriteria<AssetQuery>,
  leafSql: (qb: Knex.QueryBuilder, query: AssetQuery) => void,
): void {
  if (isAndCriteria(criteria)) {
    qb.where(group => {
      for (const child of criteria.allOf) {
        group.where(inner => applyCriteria(inner, child, leafSql));
      }
    });
  } else if (isOrCriteria(criteria)) {
    qb.where(group => {
      for (const child of criteria.anyOf) {
        group.orWhere(inner => applyCriteria(inner, child, leafSql));
      }
    });
  } else if (isNotCriteria(criteria)) {
    qb.whereNot(inner => applyCriteria(inner, criteria.not, leafSql));
  } else if (criteria.values.length === 0) {
    // "any of no values" matches nothing, as the in-memory rule does.
    qb.whereRaw('1 = 0');
  } else {
    leafSql(qb, criteria);
  }
}

/** One rule's WHERE on a query over `assets` (unaliased). */
export function tableQuerySql(qb: Knex.QueryBuilder, query: AssetQuery) {
  switch (query.field) {
    case 'namespace':
      qb.whereIn('assets.source_id', query.values);
      return;
    case 'owner':
      whereEffectiveOwnerIn(qb, query.values);
      return;
    case 'tag':
      qb.whereExists(sub =>
        sub
          .select('pat.tag_id')
          .from('asset_tags as pat')
          .join('tags as pt', 'pt.id', 'pat.tag_id')
          .whereRaw('pat.entity_ref = assets.entity_ref')
          .whereIn('pt.name', query.values),
      );
      return;
    default:
      throw new Error(`Unknown data-catalog rule field ${query.field}`);
  }
}

/** One rule's WHERE on a query over `sources` (unaliased). */
export function sourceQuerySql(qb: Knex.QueryBuilder, query: AssetQuery) {
  switch (query.field) {
    case 'namespace':
      qb.whereIn('sources.id', query.values);
      return;
    case 'owner':
      qb.whereRaw(
        `lower(sources.owner) in (${marks(query.values)})`,
        query.values,
      );
      return;
    default:
      throw new Error(`Sources have no ${query.field} rule`);
  }
}
