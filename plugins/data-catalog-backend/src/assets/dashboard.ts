import { DashboardSummary } from '@internal/plugin-data-catalog-common';
import { PolicyDecision } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { listActivity } from '../governance/activity';
import { readableTablesFilter } from '../governance/readableTables';
import { searchDialect } from '../search/searchSql';
import { TABLE_KINDS, VIEW_KINDS } from './assetKinds';
import { viewsSince } from './assetUsage';
import {
  sourceConditionsFilter,
  tableConditionsFilter,
} from './permissionRules';

type Filter = (qb: Knex.QueryBuilder) => void;

const TRENDING = 10;
const ACTIVITY = 20;
const round1 = (n: number) => Math.round(n * 10) / 10;

/** Readable assets by kind, columns, documentation and PII coverage. */
async function inventoryCounts(knex: Knex, readable: Filter) {
  const description = searchDialect(knex).docDescription('d.doc');
  const [byKind, [columns], [documented], [pii], [quality]] = await Promise.all(
    [
      knex('assets')
        .where(readable)
        .groupBy('assets.kind')
        .select('assets.kind', knex.raw('count(*) as n')),
      knex('columns')
        .join('assets', 'assets.entity_ref', 'columns.entity_ref')
        .where(readable)
        .count({ n: '*' }),
      knex('assets')
        .leftJoin('asset_docs as d', join =>
          join
            .on('d.entity_ref', 'assets.entity_ref')
            .andOnVal('d.column_name', ''),
        )
        .whereIn('assets.kind', TABLE_KINDS)
        .where(readable)
        .whereRaw(
          `coalesce(nullif(${description}, ''), assets.comment, '') <> ''`,
        )
        .count({ n: '*' }),
      knex
        .from(
          knex('asset_tags as at')
            .join('tags as t', 't.id', 'at.tag_id')
            .join('assets', 'assets.entity_ref', 'at.entity_ref')
            .whereNot('at.column_name', '')
            .whereNot('t.pii_level', 'none')
            .where(readable)
            .distinct('at.entity_ref', 'at.column_name')
            .as('pii'),
        )
        .count({ n: '*' }),
      knex('quality_scores as qs')
        .join('assets', 'assets.entity_ref', 'qs.entity_ref')
        .where(readable)
        .avg({ score: 'qs.score' }),
    ],
  );
  const count = (kinds: string[]) =>
    byKind
      .filter(row => kinds.includes(row.kind))
      .reduce((sum, row) => sum + Number(row.n), 0);
  const tableLike = count(TABLE_KINDS);
  return {
    databases: count(['database']),
    tables: tableLike - count(VIEW_KINDS),
    views: count(VIEW_KINDS),
    columns: Number(columns.n),
    documentedPercent: tableLike
      ? round1((100 * Number(documented.n)) / tableLike)
      : 0,
    piiColumns: Number(pii.n),
    ...(quality.score !== null && quality.score !== undefined
      ? { averageQuality: round1(Number(quality.score)) }
      : {}),
  };
}

/**
 * The home page: counts over what the caller may read, the tables most
 * viewed in 7 days, the caller's favourites and recent activity.
 */
export async function loadDashboard(
  knex: Knex,
  options: {
    tableDecision: PolicyDecision;
    sourceDecision: PolicyDecision;
    userRef: string;
  },
): Promise<DashboardSummary> {
  const readable = tableConditionsFilter(options.tableDecision);
  const [counts, [sources], [glossary], trending, favorites, activity] =
    await Promise.all([
      inventoryCounts(knex, readable),
      knex('sources')
        .where(sourceConditionsFilter(options.sourceDecision))
        .count({ n: '*' }),
      knex('glossary_terms').where('status', 'approved').count({ n: '*' }),
      knex('assets')
        .join(viewsSince(knex, 7).as('v'), 'v.entity_ref', 'assets.entity_ref')
        .whereIn('assets.kind', TABLE_KINDS)
        .where(readable)
        .select('assets.entity_ref', 'assets.name', 'v.views')
        .orderBy([
          { column: 'v.views', order: 'desc' },
          { column: 'assets.entity_ref', order: 'asc' },
        ])
        .limit(TRENDING),
      knex('favorites as f')
        .join('assets', 'assets.entity_ref', 'f.entity_ref')
        .where('f.user_ref', options.userRef)
        .where(readable)
        .select('assets.entity_ref', 'assets.name')
        .orderBy('f.created_at', 'desc'),
      listActivity(knex, {
        limit: ACTIVITY,
        assetFilter: readableTablesFilter(options.tableDecision),
      }),
    ]);
  return {
    sources: Number(sources.n),
    ...counts,
    glossaryTerms: Number(glossary.n),
    trending: trending.map(row => ({
      entityRef: row.entity_ref,
      name: row.name,
      views7d: Number(row.views),
    })),
    favorites: favorites.map(row => ({
      entityRef: row.entity_ref,
      name: row.name,
    })),
    activity,
  };
}
