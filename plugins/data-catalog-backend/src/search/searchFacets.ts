import {
  FacetValue,
  SearchResponse,
} from '@internal/plugin-data-catalog-common';
import { SearchDialect } from './searchSql';

export type FacetName = keyof SearchResponse['facets'];
export type FacetCounts = Record<FacetName, Map<string, number>>;

/** Values listed per facet, most frequent first. */
export const FACET_VALUES_SHOWN = 20;

// Only tables and columns have scores; terms and tags are not "unscored".
const QUALITY_BAND = `CASE WHEN quality IS NULL THEN 'unscored'
  WHEN quality >= 80 THEN 'high' WHEN quality >= 50 THEN 'medium' ELSE 'low' END`;

// PostgreSQL types a UNION branch by branch: the NULLs need theirs.
const NO_HIT = 'CAST(NULL AS bigint) AS row_id, CAST(NULL AS real) AS boost';
export const NO_COUNT =
  'CAST(NULL AS text) AS value, CAST(NULL AS bigint) AS n';

const PLAIN_FACETS: FacetName[] = ['kind', 'platform', 'owner', 'domain'];

/** All plain facets and the total in one pass: GROUPING SETS. */
function groupingSetsSql(): string {
  const facet = PLAIN_FACETS.map(
    name => `WHEN GROUPING(${name}) = 0 THEN '${name}'`,
  ).join(' ');
  return `SELECT CASE ${facet} WHEN GROUPING(band) = 0 THEN 'quality'
      ELSE 'total' END AS facet,
    COALESCE(${PLAIN_FACETS.join(
      ', ',
    )}, band) AS value, count(*) AS n, ${NO_HIT}
    FROM (SELECT ${PLAIN_FACETS.join(', ')},
      CASE WHEN kind IN ('table', 'column') THEN ${QUALITY_BAND} END AS band
      FROM m) g
    GROUP BY GROUPING SETS (${PLAIN_FACETS.map(n => `(${n})`).join(', ')},
      (band), ())`;
}

/** The same as one GROUP BY per facet, for SQLite. */
function groupBySql(): string {
  const group = (facet: FacetName, value: string, where: string) =>
    `SELECT '${facet}' AS facet, ${value} AS value, count(*) AS n, ${NO_HIT}
      FROM m WHERE ${where} GROUP BY ${value}`;
  return [
    `SELECT 'total' AS facet, CAST(NULL AS text) AS value, count(*) AS n,
      ${NO_HIT} FROM m`,
    ...PLAIN_FACETS.map(name => group(name, name, `${name} IS NOT NULL`)),
    group('quality', QUALITY_BAND, "kind IN ('table', 'column')"),
  ].join('\nUNION ALL\n');
}

/**
 * Rows `(facet, value, n)` counting the matches in `m` per facet value,
 * and `('total', NULL, count)`; to UNION ALL with the page's rows, which
 * take `row_id` and `boost`. Most documents have no tags: those skip the
 * JSON unnesting.
 */
export function facetCountsSql(dialect: SearchDialect): string {
  const tags = `SELECT 'tag' AS facet, j.value AS value, count(*) AS n, ${NO_HIT}
    FROM (SELECT tags FROM m WHERE tags <> '[]') t ${dialect.jsonArrayRows(
      't.tags',
    )} GROUP BY j.value`;
  const plain = dialect.postgres ? groupingSetsSql() : groupBySql();
  return `${plain}\nUNION ALL\n${tags}`;
}

export function emptyFacetCounts(): FacetCounts {
  return {
    kind: new Map(),
    platform: new Map(),
    tag: new Map(),
    owner: new Map(),
    domain: new Map(),
    quality: new Map(),
  };
}

/** Adds one tier's GROUP BY rows to the counts of the tiers before. */
export function addFacetCounts(
  counts: FacetCounts,
  rows: { facet: string; value: string | null; n: number | string | null }[],
) {
  for (const row of rows) {
    const perValue = counts[row.facet as FacetName];
    if (perValue && row.value !== null) {
      perValue.set(row.value, (perValue.get(row.value) ?? 0) + Number(row.n));
    }
  }
}

function byCountThenValue(a: FacetValue, b: FacetValue): number {
  return b.count - a.count || a.value.localeCompare(b.value);
}

/** The most frequent values of each facet. */
export function topFacetValues(counts: FacetCounts): SearchResponse['facets'] {
  const top = (facet: FacetName): FacetValue[] =>
    [...counts[facet]]
      .map(([value, count]) => ({ value, count }))
      .sort(byCountThenValue)
      .slice(0, FACET_VALUES_SHOWN);
  return {
    kind: top('kind'),
    platform: top('platform'),
    tag: top('tag'),
    owner: top('owner'),
    domain: top('domain'),
    quality: top('quality'),
  };
}
