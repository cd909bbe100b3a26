import { NotFoundError } from '@backstage/errors';
import {
  GlossaryStatus,
  GlossaryTerm,
  GlossaryTermRequest,
  glossaryStatuses,
  Page,
} from '@internal/plugin-data-catalog-common';
import { randomUUID } from 'node:crypto';
import { Knex } from 'knex';
import { z } from 'zod';
import { recordGlossaryHistory } from './glossaryHistory';
import { assertNameFree, toIso } from './rows';

type Db = Knex | Knex.Transaction;

export const listTermsQuerySchema = z.object({
  status: z.enum(glossaryStatuses).optional(),
  domain: z.string().min(1).optional(),
  q: z.string().min(1).max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** The offset of the page, from the previous page's nextCursor. */
  cursor: z.string().regex(/^\d+$/, 'a cursor from a previous page').optional(),
});
export type ListTermsQuery = z.infer<typeof listTermsQuerySchema>;

type TermRow = {
  id: string;
  name: string;
  definition: string;
  synonyms: string;
  domain: string | null;
  owner: string;
  reviewers: string;
  status: GlossaryStatus;
  created_by: string;
  created_at: Date | string | number;
  updated_at: Date | string | number;
};

async function linksOf(db: Db, termIds: string[]) {
  const rows = termIds.length
    ? await db('glossary_links')
        .whereIn('term_id', termIds)
        .orderBy(['entity_ref', 'column_name'])
    : [];
  return (id: string) =>
    rows
      .filter(row => row.term_id === id)
      .map(row => ({
        entityRef: row.entity_ref as string,
        ...(row.column_name ? { column: row.column_name as string } : {}),
      }));
}

function termFromRow(row: TermRow, links: GlossaryTerm['links']): GlossaryTerm {
  return {
    id: row.id,
    name: row.name,
    definition: row.definition,
    synonyms: JSON.parse(row.synonyms),
    ...(row.domain ? { domain: row.domain } : {}),
    owner: row.owner,
    reviewers: JSON.parse(row.reviewers),
    status: row.status,
    createdBy: row.created_by,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
    links,
  };
}

const likePattern = (text: string) =>
  `%${text.toLocaleLowerCase().replace(/[\\%_]/g, c => `\\${c}`)}%`;

export async function listTerms(
  knex: Knex,
  query: ListTermsQuery,
): Promise<Page<GlossaryTerm>> {
  const filtered = knex('glossary_terms').modify(q => {
    if (query.status) q.where('status', query.status);
    if (query.domain) q.where('domain', query.domain);
    if (query.q) {
      const pattern = likePattern(query.q);
      q.where(text =>
        ['name', 'definition', 'synonyms'].forEach(column =>
          text.orWhereRaw(`lower(??) like ? escape '\\'`, [column, pattern]),
        ),
      );
    }
  });
  const offset = Number(query.cursor ?? 0);
  const [rows, [{ count }]] = await Promise.all([
    filtered.clone().orderBy('name').offset(offset).limit(query.limit),
    filtered.clone().count({ count: '*' }),
  ]);
  const links = await linksOf(
    knex,
    rows.map((row: TermRow) => row.id),
  );
  const totalCount = Number(count);
  const next = offset + rows.length;
  return {
    items: rows.map((row: TermRow) => termFromRow(row, links(row.id))),
    totalCount,
    ...(next < totalCount ? { nextCursor: String(next) } : {}),
  };
}

export async function getTerm(db: Db, id: string): Promise<GlossaryTerm> {
  const row = await db('glossary_terms').where('id', id).first();
  if (!row) throw new NotFoundError(`No glossary term ${id}`);
  return termFromRow(row, (await linksOf(db, [id]))(id));
}

const vocabulary = { table: 'glossary_terms', label: 'glossary term' };

function termColumns(input: Partial<GlossaryTermRequest>) {
  const columns: Record<string, unknown> = {};
  if (input.name !== undefined) columns.name = input.name;
  if (input.definition !== undefined) columns.definition = input.definition;
  if (input.synonyms !== undefined) {
    columns.synonyms = JSON.stringify(input.synonyms);
  }
  if (input.domain !== undefined) columns.domain = input.domain || null;
  if (input.owner !== undefined) columns.owner = input.owner;
  if (input.reviewers !== undefined) {
    columns.reviewers = JSON.stringify(input.reviewers);
  }
  return columns;
}

/** A new term starts as a draft. */
export async function createTerm(
  trx: Knex.Transaction,
  input: GlossaryTermRequest,
  actor: string,
): Promise<GlossaryTerm> {
  await assertNameFree(trx, vocabulary, input.name);
  const id = randomUUID();
  const now = new Date();
  await trx('glossary_terms').insert({
    id,
    ...termColumns(input),
    status: 'draft',
    created_by: actor,
    created_at: now,
    updated_at: now,
  });
  await recordGlossaryHistory(trx, {
    termId: id,
    action: 'create',
    toStatus: 'draft',
    actor,
  });
  return getTerm(trx, id);
}

/** Changes the content; the caller checked that the status allows it. */
export async function updateTerm(
  trx: Knex.Transaction,
  term: GlossaryTerm,
  input: Partial<GlossaryTermRequest>,
  actor: string,
): Promise<GlossaryTerm> {
  if (input.name !== undefined) {
    await assertNameFree(trx, vocabulary, input.name, term.id);
  }
  await trx('glossary_terms')
    .where('id', term.id)
    .update({ ...termColumns(input), updated_at: new Date() });
  await recordGlossaryHistory(trx, {
    termId: term.id,
    action: 'update',
    fromStatus: term.status,
    toStatus: term.status,
    actor,
    comment: `Changed ${Object.keys(input).join(', ')}`,
  });
  return getTerm(trx, term.id);
}

/** Deletes a term with its history and links (explicitly, for SQLite). */
export async function deleteTerm(trx: Knex.Transaction, id: string) {
  await trx('glossary_links').where('term_id', id).delete();
  await trx('glossary_history').where('term_id', id).delete();
  await trx('glossary_terms').where('id', id).delete();
}
