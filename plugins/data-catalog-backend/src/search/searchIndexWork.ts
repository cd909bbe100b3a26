import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';
import { TABLE_KINDS } from '../assets/assetKinds';
import { DataCatalogContext } from '../service/DataCatalogContext';
import {
  rebuildSearchDocuments,
  refreshSearchDocuments,
  refreshTermAndTagDocuments,
} from './searchDocuments';

const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 20 },
};
const DEFAULT_AGED_PER_RUN = 1000;
// Usage (views in 30 days) drifts daily without any write to the table.
const MAX_DOCUMENT_AGE_MS = 24 * 3_600_000;

/**
 * Tables whose documents are missing or out of date: the asset changed
 * (changed_at differs from the copy in the document), or its docs, tags,
 * quality score or source were written after the document was built.
 */
async function changedRefs(knex: Knex): Promise<string[]> {
  const newer = (table: string, column: string) =>
    `EXISTS (SELECT 1 FROM ${table} x WHERE x.entity_ref = a.entity_ref AND x.${column} > d.indexed_at)`;
  const rows: { entity_ref: string }[] = await knex('assets as a')
    .leftJoin('search_documents as d', join =>
      join.on('d.entity_ref', 'a.entity_ref').andOnVal('d.kind', 'table'),
    )
    .whereIn('a.kind', TABLE_KINDS)
    .where(stale =>
      stale
        .whereNull('d.row_id')
        .orWhereRaw('d.updated_at <> a.changed_at')
        .orWhereRaw(newer('asset_docs', 'updated_at'))
        .orWhereRaw(newer('asset_tags', 'assigned_at'))
        .orWhereRaw(newer('quality_scores', 'measured_at'))
        // A source's owner or domain is every table's default.
        .orWhereRaw(
          'EXISTS (SELECT 1 FROM sources x WHERE x.id = a.source_id AND x.updated_at > d.indexed_at)',
        ),
    )
    .select('a.entity_ref');
  return rows.map(r => r.entity_ref);
}

/** Table documents whose asset is gone. */
async function removedRefs(knex: Knex): Promise<string[]> {
  const rows: { entity_ref: string }[] = await knex('search_documents as d')
    .where('d.kind', 'table')
    .whereNotExists(
      knex('assets as a')
        .select('a.entity_ref')
        .whereRaw('a.entity_ref = d.entity_ref'),
    )
    .select('d.entity_ref');
  return rows.map(r => r.entity_ref);
}

/** The oldest documents built more than a day ago, for fresh usage. */
async function agedRefs(knex: Knex, limit: number): Promise<string[]> {
  const rows: { entity_ref: string }[] = await knex('search_documents')
    .where('kind', 'table')
    .where('indexed_at', '<', new Date(Date.now() - MAX_DOCUMENT_AGE_MS))
    .orderBy('indexed_at')
    .limit(limit)
    .select('entity_ref');
  return rows.map(r => r.entity_ref);
}

/**
 * One consistency pass over the search index; areas that write call
 * refreshSearchDocuments themselves, this repairs whatever they missed.
 * Returns the number of tables whose documents were rebuilt.
 */
export async function syncSearchIndex(
  knex: Knex,
  options: { agedPerRun: number } = { agedPerRun: DEFAULT_AGED_PER_RUN },
): Promise<number> {
  const indexed = await knex('search_documents')
    .where('kind', 'table')
    .first('row_id');
  if (!indexed) {
    // An empty index (first start): one set-based build, not 500-ref chunks.
    await rebuildSearchDocuments(knex);
    const [{ count }] = await knex('search_documents')
      .where('kind', 'table')
      .count({ count: '*' });
    return Number(count);
  }
  const refs = new Set([
    ...(await changedRefs(knex)),
    ...(await removedRefs(knex)),
    ...(await agedRefs(knex, options.agedPerRun)),
  ]);
  await refreshSearchDocuments(knex, [...refs]);
  await refreshTermAndTagDocuments(knex);
  return refs.size;
}

/** Schedules the consistency pass (`dataCatalog.search.*`). */
export async function startSearchIndexWork(
  context: DataCatalogContext,
): Promise<void> {
  const config = context.config.getOptionalConfig('dataCatalog.search');
  const schedule = config?.has('schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig('schedule'),
      )
    : DEFAULT_SCHEDULE;
  const agedPerRun =
    config?.getOptionalNumber('agedRefreshPerRun') ?? DEFAULT_AGED_PER_RUN;
  await context.scheduler.scheduleTask({
    id: 'data-catalog-search-index',
    scope: 'global',
    ...schedule,
    fn: async () => {
      const refreshed = await syncSearchIndex(context.knex, { agedPerRun });
      context.logger.info(`Search index: rebuilt ${refreshed} tables`);
    },
  });
}
