import { PolicyDecision } from '@backstage/plugin-permission-common';
import { AutocompleteSuggestion } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { applyReadDecision, onlyReadable } from './searchPermissions';
import { escapeLike, searchDialect } from './searchSql';

type SuggestionRow = {
  row_id: number | string;
  kind: AutocompleteSuggestion['kind'];
  id: string;
  entity_ref: string | null;
  table_name: string | null;
  name: string;
};

function label(row: SuggestionRow): string {
  return row.kind === 'column' ? `${row.table_name}.${row.name}` : row.name;
}

/** Prefix matches ranked per request; more are taken in name order. */
export const AUTOCOMPLETE_SCAN = 500;

type Ranked = { row_id: number | string; boost: number };
const byBoost = (a: Ranked, b: Ranked) =>
  b.boost - a.boost || Number(a.row_id) - Number(b.row_id);

/**
 * Names starting with `q`: exact names first (the name index in boost
 * order), then the best-used of the first 500 names with the prefix in
 * name order. Both are bounded index-only scans: neither "c" nor a name
 * whose best-used matches sit at the end of the boost order can make the
 * database read or sort every match.
 */
export async function autocomplete(
  knex: Knex,
  q: string,
  limit: number,
  decision: PolicyDecision,
): Promise<AutocompleteSuggestion[]> {
  const lower = q.trim().toLocaleLowerCase();
  if (!lower) return [];
  const dialect = searchDialect(knex);
  const scan = async (
    where: (qb: Knex.QueryBuilder) => void,
    order: (string | { column: string; order: string })[],
    n: number,
  ): Promise<Ranked[]> => {
    const qb = knex('search_documents as d')
      .select('d.row_id', 'd.boost')
      .orderBy(order)
      .limit(n);
    where(qb);
    applyReadDecision(qb, dialect, decision);
    return qb;
  };
  const inBoostOrder = [
    { column: 'd.boost', order: 'desc' },
    { column: 'd.row_id', order: 'asc' },
  ];
  const exact = await scan(
    qb => qb.where('d.name_lower', lower),
    inBoostOrder,
    limit,
  );
  const prefix = await scan(
    qb =>
      qb.whereRaw(`d.name_lower LIKE ? ESCAPE '\\'`, [`${escapeLike(lower)}%`]),
    ['d.name_lower', ...inBoostOrder],
    AUTOCOMPLETE_SCAN,
  );
  const ids = [
    ...new Set([...exact, ...prefix.sort(byBoost)].map(r => String(r.row_id))),
  ].slice(0, limit * 2);
  const found: SuggestionRow[] = ids.length
    ? await knex('search_documents')
        .whereIn('row_id', ids)
        .select('row_id', 'kind', 'id', 'entity_ref', 'table_name', 'name')
    : [];
  const byId = new Map(found.map(row => [String(row.row_id), row]));
  const ranked = ids.flatMap(id => byId.get(id) ?? []);
  const seen = new Set<string>();
  const suggestions: AutocompleteSuggestion[] = [];
  for (const row of await onlyReadable(
    knex,
    decision,
    ranked,
    r => r.entity_ref,
  )) {
    const text = label(row);
    if (seen.has(text) || suggestions.length >= limit) continue;
    seen.add(text);
    suggestions.push({
      kind: row.kind,
      label: text,
      entityRef: row.entity_ref ?? undefined,
      id: row.id,
    });
  }
  return suggestions;
}
