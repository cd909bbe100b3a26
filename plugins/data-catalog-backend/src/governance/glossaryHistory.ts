import { ConflictError } from '@backstage/errors';
import {
  GlossaryHistoryEntry,
  GlossaryStatus,
} from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toIso } from './rows';
import { sortableId } from './sortableIds';

type HistoryInput = {
  termId: string;
  /** create, update, or a workflow action. */
  action: string;
  fromStatus?: GlossaryStatus;
  toStatus: GlossaryStatus;
  actor: string;
  comment?: string;
};

export async function recordGlossaryHistory(
  trx: Knex.Transaction,
  entry: HistoryInput,
): Promise<void> {
  await trx('glossary_history').insert({
    id: sortableId(),
    term_id: entry.termId,
    action: entry.action,
    from_status: entry.fromStatus ?? null,
    to_status: entry.toStatus,
    actor: entry.actor,
    comment: entry.comment ?? null,
    at: new Date(),
  });
}

/** Oldest first: the story of the term. */
export async function listGlossaryHistory(
  db: Knex | Knex.Transaction,
  termId: string,
): Promise<GlossaryHistoryEntry[]> {
  const rows = await db('glossary_history')
    .where('term_id', termId)
    .orderBy(['at', 'id']);
  return rows.map(row => ({
    id: row.id,
    termId: row.term_id,
    action: row.action,
    ...(row.from_status ? { fromStatus: row.from_status } : {}),
    toStatus: row.to_status,
    actor: row.actor,
    ...(row.comment ? { comment: row.comment } : {}),
    at: toIso(row.at),
  }));
}

/**
 * Moves a term from `from` to `to` and records it; a concurrent change of
 * the status in between makes it a 409 rather than a lost update.
 */
export async function moveTerm(
  trx: Knex.Transaction,
  entry: HistoryInput & { fromStatus: GlossaryStatus },
): Promise<void> {
  const updated = await trx('glossary_terms')
    .where({ id: entry.termId, status: entry.fromStatus })
    .update({ status: entry.toStatus, updated_at: new Date() });
  if (updated !== 1) {
    throw new ConflictError('The term changed meanwhile; reload and retry');
  }
  await recordGlossaryHistory(trx, entry);
}
