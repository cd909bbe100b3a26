import { dataCatalogTopics } from '@internal/plugin-data-catalog-common';
import { Knex } from 'knex';
import { appendEntityFeed } from '../ingestion/entityFeed';
import {
  refreshSearchDocuments,
  refreshTermAndTagDocuments,
} from '../search/searchDocuments';
import { DataCatalogContext } from '../service/DataCatalogContext';

/** What a governance write changed, for the catalog and search to follow. */
export class GovernanceChanges {
  /** Tables whose catalog entity shows the change (owner, docs, tags). */
  readonly entities = new Set<string>();
  /** Tables whose search documents show it (their columns' docs too). */
  readonly searchable = new Set<string>();
  /** Glossary terms or the tag vocabulary have their own documents. */
  vocabulary = false;

  table(entityRef: string, options: { entity: boolean }) {
    this.searchable.add(entityRef);
    if (options.entity) this.entities.add(entityRef);
  }
}

type Context = Pick<DataCatalogContext, 'knex' | 'events' | 'logger'>;

/**
 * Runs a governance write in one transaction. Tables whose entity changed
 * get an entity feed upsert in that transaction, so the catalog never
 * misses a committed change; then an event, and the search documents.
 */
export async function governanceTransaction<T>(
  context: Context,
  work: (trx: Knex.Transaction, changes: GovernanceChanges) => Promise<T>,
): Promise<T> {
  const changes = new GovernanceChanges();
  const result = await context.knex.transaction(async trx => {
    const value = await work(trx, changes);
    await appendEntityFeed(trx, [...changes.entities], 'upsert');
    return value;
  });
  await followChanges(context, changes);
  return result;
}

/**
 * After the commit: both the catalog module (which polls the feed) and the
 * search consistency task catch up later anyway, so a failure here only
 * delays them and must not fail the committed request.
 */
async function followChanges(context: Context, changes: GovernanceChanges) {
  const entityRefs = [...changes.entities];
  const steps: [string, () => Promise<void>][] = [
    [
      'publish entity changes',
      async () => {
        if (entityRefs.length === 0) return;
        await context.events.publish({
          topic: dataCatalogTopics.entitiesChanged,
          eventPayload: { entityRefs },
        });
      },
    ],
    [
      'refresh search documents',
      () => refreshSearchDocuments(context.knex, [...changes.searchable]),
    ],
    [
      'refresh glossary and tag search documents',
      async () => {
        if (changes.vocabulary) await refreshTermAndTagDocuments(context.knex);
      },
    ],
  ];
  for (const [step, run] of steps) {
    await run().catch(error =>
      context.logger.warn(`Could not ${step}: ${error}`),
    );
  }
}
