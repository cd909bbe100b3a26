import { PolicyDecision } from '@backstage/plugin-permission-common';
import {
  SearchQuery,
  SearchResponse,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import {
  addFacetCounts,
  emptyFacetCounts,
  facetCountsSql,
  NO_COUNT,
  topFacetValues,
} from './searchFacets';
import { applySearchFilters } from './searchFilters';
import { applyReadDecision } from './searchPermissions';
import { searchDialect } from './searchSql';
import { otherMatchSql, prefixPattern, SearchText } from './searchText';

/**
 * Matches ranked, counted and faceted per query: the best 5,000. Sorting
 * and grouping more costs PostgreSQL ~15 ms per 5,000 on the benchmark's
 * machine (1.1 M documents), and a list of 5,000 is refined, not read.
 */
export const CANDIDATE_CAP = 5_000;

/** A hit of the requested page: which document, and how it ranks. */
export type RankedHit = {
  row_id: number | string;
  /** 3 exact name, 2 name prefix, 1 any other match. */
  tier: number;
  boost: number;
};

export type Matches = {
  hits: RankedHit[];
  /** Matches counted (at most the cap). */
  total: number;
  capped: boolean;
  facets: SearchResponse['facets'];
};

type TierRow = {
  facet: string;
  value: string | null;
  n: number | string | null;
  row_id: number | string | null;
  boost: number | null;
};

// All in the covering indexes on PostgreSQL: exact and prefix tiers are
// index-only scans.
const RANKED = ['row_id', 'boost', 'kind', 'platform', 'owner', 'domain']
  .concat(['quality', 'tags', 'name_lower'])
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
  /**
   * Also returns the tiers before it: name prefixes include the exact
   * name. Excluding it in SQL (`<>`) would hide that from the planner's
   * row estimate and make it walk the boost index for matches that are
   * not there; they are skipped here instead.
   */
  overlaps?: boolean;
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
      where: qb => qb.whereRaw(`d.name_lower LIKE ? ESCAPE '\\'`, [prefix]),
      indexOrdered: true,
      overlaps: true,
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
 * table for nothing: bitmap scans of its indexes (tsvector, trigram) are
 * always the plan.
 */
async function withBitmapScans<T>(
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

type Scope = {
  knex: Knex;
  text: SearchText;
  query: SearchQuery;
  decision: PolicyDecision;
  /** Matches counted in the tiers before. */
  found: number;
  cap: number;
};

/**
 * One tier's matches as `m` (at most the room left under the cap), in one
 * statement: their facet counts (GROUP BY) and, in rank order, those that
 * fall on the requested page — a few dozen rows, not thousands.
 */
async function runTier(tier: Tier, scope: Scope): Promise<TierRow[]> {
  const { knex, text, query, decision, found, cap } = scope;
  const dialect = searchDialect(knex);
  const room = cap - found;
  const pageEnd = Math.max(0, query.offset + query.limit - found);
  const select = async (db: Knex | Knex.Transaction) => {
    const matches = db('search_documents as d').select(RANKED);
    tier.where(matches);
    applySearchFilters(matches, dialect, query);
    applyReadDecision(matches, dialect, decision);
    if (tier.indexOrdered) matches.orderBy(byBoost('d'));
    // An overlapping tier's rows of the tiers before are dropped after the
    // limit: the exact name's rows all came first, so room + found suffice.
    matches.limit(tier.overlaps ? room + found : room);
    const m = db.select('*').from(matches.as('c'));
    if (tier.overlaps) {
      m.whereNot('c.name_lower', text.lower).orderBy(byBoost('c')).limit(room);
    }
    const { sql, bindings } = m.toSQL();
    const result = await db.raw(
      `WITH m AS (${sql}) ${facetCountsSql(dialect)}
      UNION ALL SELECT 'hit' AS facet, ${NO_COUNT}, row_id, boost
      FROM (SELECT row_id, boost FROM m ORDER BY boost DESC, row_id LIMIT ${pageEnd}) h`,
      bindings as Knex.RawBinding[],
    );
    return (Array.isArray(result) ? result : result.rows) as TierRow[];
  };
  return tier.indexOrdered ? select(knex) : withBitmapScans(knex, select);
}

const byRank = (a: RankedHit, b: RankedHit) =>
  b.boost - a.boost || Number(a.row_id) - Number(b.row_id);

/**
 * The matches of a query: exact names, then name prefixes, then other
 * matches, each by boost (usage, documented). Tiers run in turn until
 * `cap` were counted (`capped`: more may match); when the "other"
 * tier has more than fit, the first found are ranked. Facets count the
 * matches counted; `hits` is the requested page.
 */
export async function findMatches(
  knex: Knex,
  text: SearchText,
  query: SearchQuery,
  decision: PolicyDecision,
  cap = CANDIDATE_CAP,
): Promise<Matches> {
  const facets = emptyFacetCounts();
  const ranked: RankedHit[] = [];
  let found = 0;
  for (const tier of tiersOf(knex, text)) {
    if (found >= cap) break;
    const rows = await runTier(tier, {
      knex,
      text,
      query,
      decision,
      found,
      cap,
    });
    addFacetCounts(facets, rows);
    const hits = rows
      .filter(row => row.facet === 'hit')
      .map(row => ({
        row_id: row.row_id!,
        boost: Number(row.boost),
        tier: tier.tier,
      }))
      .sort(byRank);
    // Hit i of this tier is match found + i of the whole result.
    const first = Math.max(0, query.offset - found);
    const end = Math.max(0, query.offset + query.limit - found);
    ranked.push(...hits.slice(first, end));
    found += Number(rows.find(row => row.facet === 'total')?.n ?? 0);
  }
  return {
    hits: ranked,
    total: found,
    capped: found >= cap,
    facets: topFacetValues(facets),
  };
}
