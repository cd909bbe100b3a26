import { Knex } from 'knex';
import { parseJson } from '../assets/dbValues';

/**
 * Glossary terms in search: approved and deprecated ones only. Drafts,
 * terms in review and rejected ones are not vocabulary yet.
 */
export const SEARCHABLE_TERM_STATUSES = ['approved', 'deprecated'];

type TermRow = {
  id: string;
  name: string;
  definition: string;
  synonyms: string;
  domain: string | null;
  owner: string;
  status: string;
  updated_at: unknown;
  links: number | string;
};

type TagRow = {
  id: string;
  name: string;
  description: string | null;
  category: string;
  uses: number | string;
};

type DocumentRow = Record<string, unknown>;

// Every column spelled out: SQLite's multi-row insert has no DEFAULT.
const NOT_AN_ASSET = {
  entity_ref: null,
  column_name: '',
  asset_kind: null,
  table_name: null,
  platform: null,
  source_id: null,
  quality: null,
  tags: '[]',
  access_tags: '[]',
};

function termDocument(row: TermRow, now: Date): DocumentRow {
  const synonyms = parseJson<string[]>(row.synonyms) ?? [];
  const usage = Number(row.links);
  return {
    ...NOT_AN_ASSET,
    doc_key: `term:${row.id}`,
    kind: 'term',
    id: row.id,
    name: row.name,
    name_lower: row.name.toLocaleLowerCase(),
    qualified_name: ['glossary', row.name, ...synonyms].join(' / '),
    text: row.definition,
    owner: row.owner,
    domain: row.domain,
    usage,
    documented: true,
    // A deprecated term stays findable but below approved ones.
    boost: Math.log(1 + usage) + (row.status === 'approved' ? 1 : -1),
    updated_at: new Date(row.updated_at as string | number | Date),
    indexed_at: now,
  };
}

function tagDocument(row: TagRow, now: Date): DocumentRow {
  const usage = Number(row.uses);
  const text = row.description ?? '';
  return {
    ...NOT_AN_ASSET,
    doc_key: `tag:${row.id}`,
    kind: 'tag',
    id: row.id,
    name: row.name,
    name_lower: row.name.toLocaleLowerCase(),
    qualified_name: `${row.category}/${row.name}`,
    text,
    owner: null,
    domain: null,
    usage,
    documented: text !== '',
    boost: Math.log(1 + usage) + (text ? 1 : 0),
    updated_at: now,
    indexed_at: now,
  };
}

/**
 * Rebuilds the documents of glossary terms and tags, a few hundred rows:
 * after a glossary or tag write, and on every consistency run.
 */
export async function refreshTermAndTagDocuments(
  db: Knex | Knex.Transaction,
): Promise<void> {
  const now = new Date();
  await db.transaction(async trx => {
    const terms: TermRow[] = await trx('glossary_terms as g')
      .whereIn('g.status', SEARCHABLE_TERM_STATUSES)
      .select('g.id', 'g.name', 'g.definition', 'g.synonyms', 'g.domain')
      .select('g.owner', 'g.status', 'g.updated_at')
      .select(
        trx('glossary_links as l')
          .count('*')
          .whereRaw('l.term_id = g.id')
          .as('links'),
      );
    const tags: TagRow[] = await trx('tags as t')
      .join('tag_categories as c', 'c.id', 't.category_id')
      .select('t.id', 't.name', 't.description', 'c.name as category')
      .select(
        trx('asset_tags as a')
          .count('*')
          .whereRaw('a.tag_id = t.id')
          .as('uses'),
      );
    await trx('search_documents').whereIn('kind', ['term', 'tag']).delete();
    const rows = [
      ...terms.map(row => termDocument(row, now)),
      ...tags.map(row => tagDocument(row, now)),
    ];
    await trx.batchInsert('search_documents', rows as any[], 200);
  });
}
