import { ConflictError, NotFoundError } from '@backstage/errors';
import { GlossaryTerm } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { toColumnName } from './rows';

export type GlossaryLink = { entityRef: string; column?: string };

/**
 * Links a table or column to a term; only approved terms are linkable.
 * Resolves to false when the link existed already.
 */
export async function addGlossaryLink(
  trx: Knex.Transaction,
  term: GlossaryTerm,
  link: GlossaryLink,
  actor: string,
): Promise<boolean> {
  if (term.status !== 'approved') {
    throw new ConflictError(
      `Only approved terms can be linked; ${term.name} is ${term.status}`,
    );
  }
  const inserted = await trx('glossary_links')
    .insert({
      term_id: term.id,
      entity_ref: link.entityRef,
      column_name: toColumnName(link.column),
      linked_by: actor,
      linked_at: new Date(),
    })
    .onConflict(['term_id', 'entity_ref', 'column_name'])
    .ignore()
    .returning('term_id');
  return inserted.length > 0;
}

/** Removes a link; 404 when there is none. */
export async function removeGlossaryLink(
  trx: Knex.Transaction,
  term: GlossaryTerm,
  link: GlossaryLink,
): Promise<true> {
  const removed = await trx('glossary_links')
    .where({
      term_id: term.id,
      entity_ref: link.entityRef,
      column_name: toColumnName(link.column),
    })
    .delete();
  if (removed === 0) {
    throw new NotFoundError(
      `${term.name} is not linked to ${link.entityRef}${
        link.column ? ` column ${link.column}` : ''
      }`,
    );
  }
  return true;
}
