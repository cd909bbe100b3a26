import { Request } from 'express';
import { Knex } from 'knex';
import { DataCatalogContext } from '../service/DataCatalogContext';
import { recordActivity } from './activity';
import { AuditMeta, asAuditJson, auditedChange } from './auditedChange';
import { governanceTransaction } from './governanceTransaction';

/** What a glossary change did, for the activity feed and the audit. */
export type GlossaryChangeOutcome<T> = {
  result: T;
  /** The activity entry; none when nothing changed. */
  summary?: string;
  /** A table the change is about (links), for its activity tab. */
  entityRef?: string;
  audit: object;
};

/**
 * Runs a glossary change in one transaction with its activity entry,
 * audited as `glossary-change` (failures included).
 */
export async function glossaryChange<T>(
  context: DataCatalogContext,
  req: Request,
  change: { actor: string; meta: AuditMeta },
  work: (trx: Knex.Transaction) => Promise<GlossaryChangeOutcome<T>>,
): Promise<T> {
  return auditedChange(
    context,
    req,
    { eventId: 'glossary-change', meta: change.meta },
    async () => {
      const outcome = await governanceTransaction(
        context,
        async (trx, changes) => {
          changes.vocabulary = true;
          const done = await work(trx);
          if (done.summary) {
            await recordActivity(trx, {
              type: 'glossary',
              entityRef: done.entityRef,
              actor: change.actor,
              summary: done.summary,
            });
          }
          return done;
        },
      );
      return { result: outcome.result, meta: asAuditJson(outcome.audit) };
    },
  );
}
