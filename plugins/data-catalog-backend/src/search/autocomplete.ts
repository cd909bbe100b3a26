import { PolicyDecision } from '@backstage/plugin-permission-common';
import { AutocompleteSuggestion } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { applyReadDecision } from './searchFilters';
import { escapeLike } from './searchSql';

type SuggestionRow = {
  kind: AutocompleteSuggestion['kind'];
  id: string;
  entity_ref: string | null;
  column_name: string;
  table_name: string | null;
  name: string;
};

function label(row: SuggestionRow): string {
  return row.kind === 'column' ? `${row.table_name}.${row.name}` : row.name;
}

/**
 * Names starting with `q`: exact names first, then by boost. Two index
 * range scans (exact, prefix) rather than one sort over every prefix match.
 */
export async function autocomplete(
  knex: Knex,
  q: string,
  limit: number,
  decision: PolicyDecision,
): Promise<AutocompleteSuggestion[]> {
  const lower = q.trim().toLocaleLowerCase();
  if (!lower) return [];
  const names = (where: (qb: Knex.QueryBuilder) => void) => {
    const qb = knex('search_documents as d')
      .select('d.kind', 'd.id', 'd.entity_ref', 'd.column_name')
      .select('d.table_name', 'd.name')
      .orderBy([
        { column: 'd.boost', order: 'desc' },
        'd.name_lower',
        'd.doc_key',
      ])
      .limit(limit);
    where(qb);
    applyReadDecision(qb, knex, decision);
    return qb as Promise<SuggestionRow[]>;
  };
  const [exact, prefix] = await Promise.all([
    names(qb => qb.where('d.name_lower', lower)),
    names(qb =>
      qb
        .whereRaw(`d.name_lower LIKE ? ESCAPE '\\'`, [`${escapeLike(lower)}%`])
        .whereNot('d.name_lower', lower),
    ),
  ]);
  const seen = new Set<string>();
  const suggestions: AutocompleteSuggestion[] = [];
  for (const row of [...exact, ...prefix]) {
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
