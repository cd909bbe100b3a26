import { PolicyDecision } from '@backstage/plugin-permission-common';
import {
  SearchHit,
  SearchQuery,
  SearchResponse,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { parseJson } from '../assets/dbValues';
import { highlightText, snippet } from './highlight';
import { findMatches, RankedHit } from './searchMatches';
import { validateSearchFilters } from './searchFilters';
import { onlyReadable } from './searchPermissions';
import { parseSearchText } from './searchText';

type DisplayRow = {
  row_id: number | string;
  kind: SearchHit['kind'];
  id: string;
  entity_ref: string | null;
  column_name: string;
  name: string;
  qualified_name: string;
  text: string;
  platform: string | null;
  owner: string | null;
  domain: string | null;
  tags: string;
  quality: number | null;
};

function toHit(
  row: DisplayRow,
  ranked: RankedHit,
  needles: string[],
): SearchHit {
  const text = snippet(row.text || row.qualified_name, needles);
  return {
    kind: row.kind,
    id: row.id,
    entityRef: row.entity_ref ?? undefined,
    column: row.column_name || undefined,
    title: row.name,
    text,
    highlight: {
      title: highlightText(row.name, needles),
      text: highlightText(text, needles),
    },
    platform: row.platform ?? undefined,
    owner: row.owner ?? undefined,
    domain: row.domain ?? undefined,
    tags: parseJson<string[]>(row.tags) ?? [],
    qualityScore: row.quality ?? undefined,
    // Tier (3 exact, 2 prefix, 1 other) first, then the boost.
    score: ranked.tier * 100 + ranked.boost,
  };
}

/**
 * The display fields of one page of hits, in their order, without
 * tables the inventory says the caller may not read (any more).
 */
async function pageOf(
  knex: Knex,
  page: RankedHit[],
  decision: PolicyDecision,
): Promise<[RankedHit, DisplayRow][]> {
  if (page.length === 0) return [];
  const rows: DisplayRow[] = await knex('search_documents')
    .whereIn(
      'row_id',
      page.map(c => c.row_id),
    )
    .select('row_id', 'kind', 'id', 'entity_ref', 'column_name', 'name')
    .select('qualified_name', 'text', 'platform', 'owner', 'domain', 'tags')
    .select('quality');
  const readable = await onlyReadable(knex, decision, rows, r => r.entity_ref);
  const byId = new Map(readable.map(row => [String(row.row_id), row]));
  // A document refreshed in between has a new row id: it is left out too.
  return page.flatMap(c => {
    const row = byId.get(String(c.row_id));
    return row ? [[c, row] as [RankedHit, DisplayRow]] : [];
  });
}

/** The data catalog's own search: hits, facets and the total count. */
export async function runSearch(
  knex: Knex,
  query: SearchQuery,
  decision: PolicyDecision,
): Promise<SearchResponse> {
  const started = performance.now();
  validateSearchFilters(query);
  const text = parseSearchText(query.q);
  const matches = await findMatches(knex, text, query, decision);
  const needles = text.lower ? [text.lower, ...text.terms] : [];
  const hits = (await pageOf(knex, matches.hits, decision)).map(
    ([ranked, row]) => toHit(row, ranked, needles),
  );
  return {
    hits,
    totalCount: matches.total,
    ...(matches.capped ? { totalCountCapped: true } : {}),
    facets: matches.facets,
    tookMs: Math.round((performance.now() - started) * 10) / 10,
  };
}
