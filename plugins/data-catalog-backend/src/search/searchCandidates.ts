import { PolicyDecision } from '@backstage/plugin-permission-common';
import { SearchQuery } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { applyReadDecision, applySearchFilters } from './searchFilters';
import { searchDialect } from './searchSql';
import { otherMatchSql, prefixPattern, SearchText } from './searchText';

/**
 * Matches ranked, counted and faceted per query: the best 10,000. Beyond
 * that a query matching half the catalog would cost seconds.
 */
export const CANDIDATE_CAP = 10_000;

/** A matching document as ranking and facets see it (no display fields). */
export type Candidate = {
  row_id: number | string;
  /** 3 exact name, 2 name prefix, 1 any other match. */
  tier: number;
  boost: number;
  kind: string;
  platform: string | null;
  owner: string | null;
  domain: string | null;
  quality: number | null;
  /** JSON array of tag names. */
  tags: string;
};

// All in the covering indexes on PostgreSQL: exact and prefix tiers are
// index-only scans.
const RANKED = ['row_id', 'boost', 'kind', 'platform', 'owner', 'domain']
  .concat(['quality', 'tags'])
  .map(column => `d.${column}`);

const byBoost = (alias: string) => [
  { column: `${alias}.boost`, order: 'desc' },
  { column: `${alias}.row_id`, order: 'asc' },
];

type Tier = {
  tier: number;
  where: (qb: Knex.QueryBuilder) => void;
  /** In boost order from an index; else a bounded scan, then sorted. */
  indexOrdered: boolean;
};

function tiersOf(knex: Knex, text: SearchText): Tier[] {
  if (!text.lower) return [{ tier: 1, where: () => {}, indexOrdered: true }];
  const prefix = prefixPattern(text);
  const other = otherMatchSql(searchDialect(knex), text);
  return [
    {
      tier: 3,
      where: qb => qb.where('d.name_lower', text.lower),
      indexOrdered: true,
    },
    {
      tier: 2,
      where: qb =>
        qb
          .whereRaw(`d.name_lower LIKE ? ESCAPE '\\'`, [prefix])
          .whereNot('d.name_lower', text.lower),
      indexOrdered: true,
    },
    {
      tier: 1,
      where: qb =>
        qb
          .whereRaw(other.sql, other.bindings)
          .whereRaw(`NOT (d.name_lower LIKE ? ESCAPE '\\')`, [prefix]),
      indexOrdered: false,
    },
  ];
}

/**
 * PostgreSQL would answer a small LIMIT over the "other" tier with a
 * sequential scan, expecting to stop early; but that tier excludes the
 * name matches the full-text index also returns, so it may read the whole
 * table for nothing. Its indexes (tsvector, trigram) are always the plan.
 */
async function withIndexScansOnly<T>(
  knex: Knex,
  run: (db: Knex | Knex.Transaction) => Promise<T>,
): Promise<T> {
  if (!searchDialect(knex).postgres) return run(knex);
  return knex.transaction(async trx => {
    await trx.raw(
      'SET LOCAL enable_seqscan = off; SET LOCAL enable_indexscan = off',
    );
    return run(trx);
  });
}

/**
 * The best matches, best first: exact names, then name prefixes, then
 * other matches, each by boost (usage, documented). Tiers run in turn
 * until CANDIDATE_CAP were found (`capped`: more may match); when the
 * "other" tier has more than fit, the first found are ranked.
 */
export async function findCandidates(
  knex: Knex,
  text: SearchText,
  query: SearchQuery,
  decision: PolicyDecision,
): Promise<{ candidates: Candidate[]; capped: boolean }> {
  const dialect = searchDialect(knex);
  const found: Candidate[] = [];
  for (const tier of tiersOf(knex, text)) {
    const room = CANDIDATE_CAP - found.length;
    if (room <= 0) break;
    const select = async (db: Knex | Knex.Transaction) => {
      const qb = db('search_documents as d').select(RANKED);
      tier.where(qb);
      applySearchFilters(qb, dialect, query);
      applyReadDecision(qb, knex, decision);
      return tier.indexOrdered
        ? qb.orderBy(byBoost('d')).limit(room)
        : db.select('*').from(qb.limit(room).as('s')).orderBy(byBoost('s'));
    };
    const rows: Omit<Candidate, 'tier'>[] = tier.indexOrdered
      ? await select(knex)
      : await withIndexScansOnly(knex, select);
    found.push(...rows.map(row => ({ ...row, tier: tier.tier })));
  }
  return { candidates: found, capped: found.length >= CANDIDATE_CAP };
}
