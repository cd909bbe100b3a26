import {
  DataAssetSummary,
  ListTablesQuery,
  Page,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { searchDialect } from '../search/searchSql';
import { tableQuerySql } from './assetConditionSql';
import { TABLE_KINDS } from './assetKinds';
import {
  summaryColumns,
  toSummaries,
  withSummaryJoins,
} from './assetSummaries';
import { viewsSince } from './assetUsage';
import { decodeCursor, encodeCursor, sortExpressions } from './tableCursor';

type Filter = (qb: Knex.QueryBuilder) => void;

/** `%q%` for LIKE, with the user's own wildcards taken literally. */
const containsPattern = (q: string) =>
  `%${q.toLocaleLowerCase().replace(/[!%_]/g, c => `!${c}`)}%`;

function applyListFilters(
  knex: Knex,
  qb: Knex.QueryBuilder,
  query: ListTablesQuery,
) {
  qb.whereIn('assets.kind', query.kind ? [query.kind] : TABLE_KINDS);
  if (query.q) {
    const pattern = containsPattern(query.q);
    qb.where(any => {
      for (const column of [
        'assets.name',
        'assets.qualified_name',
        'assets.comment',
        // The documented description only, not the other fields' JSON.
        searchDialect(knex).docDescription('d.doc'),
      ]) {
        any.orWhereRaw(`lower(${column}) like ? escape '!'`, [pattern]);
      }
    });
  }
  if (query.source) qb.where('assets.source_id', query.source);
  if (query.platform) qb.where('s.platform', query.platform);
  if (query.tag) {
    tableQuerySql(qb, { field: 'tag', values: [query.tag.toLowerCase()] });
  }
  if (query.owner) {
    qb.whereRaw('lower(coalesce(d.owner, s.owner)) = ?', [
      query.owner.toLocaleLowerCase(),
    ]);
  }
  if (query.domain) {
    qb.whereRaw('coalesce(d.domain, s.domain) = ?', [query.domain]);
  }
  if (query.minQuality !== undefined) {
    qb.where('qs.score', '>=', query.minQuality);
  }
}

/**
 * One page of the tables the caller may read, filtered and sorted in the
 * database: a keyset cursor (sort value, then entity ref) so that deep
 * pages cost the same as the first, and a count with the same filters.
 */
export async function listTables(
  knex: Knex,
  query: ListTablesQuery,
  readFilter: Filter,
): Promise<Page<DataAssetSummary>> {
  const base = () => {
    const qb = withSummaryJoins(knex('assets'));
    qb.where(readable => readFilter(readable));
    applyListFilters(knex, qb, query);
    return qb;
  };
  const expression = sortExpressions[query.sort];
  const direction = query.order;
  const page = base()
    .select(...summaryColumns, knex.raw(`${expression} as sort_value`))
    .orderByRaw(`${expression} ${direction}, assets.entity_ref ${direction}`)
    .limit(query.limit + 1);
  if (query.sort === 'views') {
    page.leftJoin(
      viewsSince(knex, 30).as('v'),
      'v.entity_ref',
      'assets.entity_ref',
    );
  }
  if (query.cursor) {
    const after = decodeCursor(query.cursor, query.sort, query.order);
    const op = direction === 'asc' ? '>' : '<';
    page.where(keyset =>
      keyset
        .whereRaw(`${expression} ${op} ?`, [after.value])
        .orWhere(tie =>
          tie
            .whereRaw(`${expression} = ?`, [after.value])
            .where('assets.entity_ref', op, after.entityRef),
        ),
    );
  }

  const [rows, [{ count }]] = await Promise.all([
    page,
    base().count({ count: '*' }),
  ]);
  const more = rows.length > query.limit;
  const items = rows.slice(0, query.limit);
  const last = items[items.length - 1];
  return {
    items: await toSummaries(knex, items),
    totalCount: Number(count),
    ...(more && last
      ? {
          nextCursor: encodeCursor(
            query.sort,
            query.order,
            last.sort_value,
            last.entity_ref,
          ),
        }
      : {}),
  };
}
